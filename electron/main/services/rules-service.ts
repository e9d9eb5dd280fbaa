import type { Clock } from '../../core/clock.ts';
import type { RuleMatcher } from '../../core/rules/matcher.ts';
import { shadowedRules } from '../../core/rules/shadowing.ts';
import { recordedObservation } from '../../core/sites/observation.ts';
import { unmatchedUsage } from '../../core/rules/unmatched.ts';
import type { Rule, RuleShadow } from '../../shared/domain/rules.ts';
import type { SampleCategory, UnmatchedReport } from '../../shared/contract/rules.ts';
import type { Settings } from '../../shared/domain/settings.ts';
import type { Observation } from '../../shared/domain/usage.ts';
import { BalansError } from '../../shared/result.ts';
import type { AttentionPiece } from '../../core/reports/totals.ts';

export interface RulesServiceDeps {
  clock: Clock;
  /** Attention over a span, as the reports count it. */
  attention: (range: { start: number; end: number }) => Promise<AttentionPiece[]>;
  /** The rules as they are now (compiled once per change by the settings service). */
  rules: () => RuleMatcher;
  settings: () => Pick<Settings, 'rules' | 'profiles'>;
}

const DAY_MS = 86_400_000;

/** The rule editor's helpers: the live tester and the list of recent apps and sites no rule matches. */
export function createRulesService(deps: RulesServiceDeps) {
  return {
    /** Categorises a sample window exactly as the tracker's windows are categorised. */
    categoriseSample(sample: Observation & { profileId?: string }): SampleCategory {
      const { profileId, ...observation } = sample;
      const settings = deps.settings();
      const profile = profileId === undefined ? undefined : settings.profiles.find((p) => p.id === profileId);
      if (profileId !== undefined && !profile)
        throw new BalansError('not-found', `Unknown profile ${profileId}`);
      // The sample is recorded as the tracker records a window (app name, site), then judged like one.
      const recorded = recordedObservation(withoutEmpty(observation));
      const decision = deps.rules().explain(profileId === undefined ? recorded : { ...recorded, profileId });
      const list = decision.rule?.from === 'profile' ? (profile?.ruleOverrides ?? []) : settings.rules;
      const rule = decision.rule && list.find((r) => r.id === decision.rule?.id);
      return {
        category: decision.category,
        rule: rule ? { ...rule, from: decision.rule!.from } : null,
        ...(decision.site ? { site: decision.site } : {}),
      };
    },

    /** The rules of an ordered list that can never win, decided by core (the editor asks for unsaved drafts). */
    shadows(rules: readonly Rule[]): RuleShadow[] {
      return shadowedRules(rules);
    },

    /** Apps and sites of the last `days` days that no shared rule matches, with their attention time. */
    async unmatched(days = 7): Promise<UnmatchedReport> {
      const now = deps.clock.now();
      const pieces = await deps.attention({ start: now - days * DAY_MS, end: now });
      const matcher = deps.rules();
      return { days, items: unmatchedUsage(pieces, (o) => matcher.explain(o)) };
    },
  };
}

/** Empty title or site fields mean "not given", as the tracker leaves them out. */
function withoutEmpty(observation: Observation): Observation {
  return {
    app: observation.app,
    ...(observation.title ? { title: observation.title } : {}),
    ...(observation.site ? { site: observation.site } : {}),
  };
}

export type RulesService = ReturnType<typeof createRulesService>;
