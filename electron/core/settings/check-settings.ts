import { windowTimesProblem, type Settings } from '../../shared/domain/settings.ts';
import { BUILT_IN_CATEGORIES } from '../../shared/domain/usage.ts';
import { BalansError } from '../../shared/result.ts';
import { refuseUnrunnableRules } from '../rules/unrunnable-rules.ts';

/**
 * Throws a BalansError for the first impossible thing in otherwise well-formed settings: a duplicate name
 * ('conflict'), an unknown profile or category ('not-found'), a window that ends before it starts or an unsafe
 * regex ('invalid-input'). Used before every save and on load.
 */
export function checkSettings(settings: Settings): void {
  uniqueNames('profile', settings.profiles);
  uniqueNames('window', settings.windows);
  uniqueNames('category', settings.categories);
  for (const category of settings.categories) {
    if ((BUILT_IN_CATEGORIES as readonly string[]).includes(category.id)) {
      throw new BalansError('conflict', `Category ${category.id} is built in`);
    }
  }
  const profiles = new Set(settings.profiles.map((p) => p.id));
  const needProfile = (id: string, what: string) => {
    if (!profiles.has(id)) throw new BalansError('not-found', `Unknown profile ${id} (${what})`);
  };
  needProfile(settings.defaultProfileId, 'default profile');
  if (settings.manualSwitch) needProfile(settings.manualSwitch.profileId, 'manual switch');
  for (const window of settings.windows) {
    needProfile(window.profileId, `window ${window.name}`);
    const problem = windowTimesProblem(window);
    if (problem === 'end-before-start') {
      throw new BalansError(
        'invalid-input',
        `Window ${window.name} ends before it starts and does not cross midnight`,
      );
    }
    if (problem) throw new BalansError('invalid-input', `Window ${window.name} is longer than a day`);
  }
  const categories = new Set<string>([...BUILT_IN_CATEGORIES, ...settings.categories.map((c) => c.id)]);
  const needCategory = (id: string, what: string) => {
    if (!categories.has(id)) throw new BalansError('not-found', `Unknown category ${id} (${what})`);
  };
  for (const rule of settings.rules) needCategory(rule.category, `rule ${rule.pattern}`);
  for (const profile of settings.profiles) {
    for (const rule of profile.ruleOverrides)
      needCategory(rule.category, `rule ${rule.pattern} of ${profile.name}`);
    for (const limit of profile.limits) {
      if (limit.target.kind === 'category') needCategory(limit.target.category, `limit of ${profile.name}`);
    }
    for (const category of Object.keys(profile.actions)) needCategory(category, `action of ${profile.name}`);
  }
  // Every regex rule the matcher cannot run is named at its own pattern field (globs always compile).
  refuseUnrunnableRules(settings);
}

function uniqueNames(what: string, items: readonly { name: string }[]): void {
  const seen = new Set<string>();
  for (const { name } of items) {
    const key = name.trim().toLocaleLowerCase();
    if (seen.has(key)) throw new BalansError('conflict', `There is already a ${what} named ${name}`);
    seen.add(key);
  }
}
