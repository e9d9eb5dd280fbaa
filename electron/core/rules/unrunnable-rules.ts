import type { Rule } from '../../shared/domain/rules.ts';
import type { Profile } from '../../shared/domain/profiles.ts';
import type { Settings } from '../../shared/domain/settings.ts';
import { BalansError } from '../../shared/result.ts';
import { regexIssueCode, regexProblemOf } from './regex-safety.ts';

/** Where a settings document keeps rules: the shared list and each profile's overrides. */
type RuleLists = { rules: readonly Rule[]; profiles: readonly Pick<Profile, 'ruleOverrides'>[] };

/**
 * Takes out the regex rules the matcher cannot run (lookaround or back-references, which older versions of Balans
 * accepted before rules moved to RE2), from the shared list and every profile's overrides. Loading settings uses
 * it so one such rule costs that rule, not the whole settings file with the family's windows; the patterns taken
 * out are returned for the notice. Saving still refuses them.
 */
export function withoutUnrunnableRules(settings: Settings): { settings: Settings; dropped: string[] } {
  const dropped: string[] = [];
  const keep = (rules: readonly Rule[]) =>
    rules.filter((rule) => {
      if (rule.match !== 'regex' || regexProblemOf(rule.pattern) === null) return true;
      dropped.push(rule.pattern);
      return false;
    });
  const next: Settings = {
    ...settings,
    rules: keep(settings.rules),
    profiles: settings.profiles.map((profile) => ({
      ...profile,
      ruleOverrides: keep(profile.ruleOverrides),
    })),
  };
  return dropped.length === 0 ? { settings, dropped } : { settings: next, dropped };
}

/**
 * Where the settings hold regex rules the matcher cannot run, as contract issues on each rule's pattern field
 * (`rules.3.pattern: regex-lookaround`, `profiles.1.ruleOverrides.0.pattern: regex-syntax`), in list order.
 */
export function unrunnableRuleIssues(settings: RuleLists): string[] {
  const issues: string[] = [];
  const check = (rules: readonly Rule[], path: string) =>
    rules.forEach((rule, i) => {
      const problem = rule.match === 'regex' ? regexProblemOf(rule.pattern) : null;
      if (problem) issues.push(`${path}.${i}.pattern: ${regexIssueCode(problem)}`);
    });
  check(settings.rules, 'rules');
  settings.profiles.forEach((profile, i) => check(profile.ruleOverrides, `profiles.${i}.ruleOverrides`));
  return issues;
}

/** Refuses settings that hold a rule regex the matcher cannot run, naming every such pattern field. */
export function refuseUnrunnableRules(settings: RuleLists): void {
  const issues = unrunnableRuleIssues(settings);
  const [path, code] = issues[0]?.split(': ') ?? [];
  if (!path || !code) return;
  // The message keeps core's `regex:<problem>:` prefix; the issues say which fields, for the UI to mark.
  throw new BalansError(
    'invalid-input',
    `regex:${code.replace(/^regex-/, '')}: the regex at ${path} cannot run`,
    {
      issues,
    },
  );
}
