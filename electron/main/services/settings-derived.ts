import { compileRules, type RuleMatcher } from '../../core/rules/matcher.ts';
import type { ScheduledInterval } from '../../core/reports/crossings.ts';
import { scheduledIntervals } from '../../core/schedule/scheduled-intervals.ts';
import type { Settings } from '../../shared/domain/settings.ts';
import type { CategoryId, Observation } from '../../shared/domain/usage.ts';

/**
 * What reports need from the current settings: a categoriser (rules compiled once per settings object, so an
 * edited rule re-colours history at once) and the schedule's spans.
 */
export function settingsDerived(settings: () => Settings) {
  let compiledFor: Settings | undefined;
  let matcher: RuleMatcher | undefined;
  const rules = (): RuleMatcher => {
    const current = settings();
    if (!matcher || compiledFor !== current) {
      matcher = compileRules(current);
      compiledFor = current;
    }
    return matcher;
  };
  return {
    categorise: (observation: Observation): CategoryId => rules().categorise(observation),
    intervals: (from: number, to: number): ScheduledInterval[] => scheduledIntervals(settings(), from, to),
  };
}
