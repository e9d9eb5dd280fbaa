import type { Rule } from '../../shared/domain/rules.ts';
import type { Settings } from '../../shared/domain/settings.ts';
import { checkRuleRegex } from './regex-safety.ts';

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
      if (rule.match !== 'regex') return true;
      try {
        checkRuleRegex(rule.pattern);
        return true;
      } catch {
        dropped.push(rule.pattern);
        return false;
      }
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
