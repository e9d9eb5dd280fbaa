import type { z } from 'zod';
import type {
  profileInputSchema,
  ruleInputSchema,
  windowInputSchema,
} from '../../shared/contract/settings.ts';
import {
  BUILT_IN_PROFILE_IDS,
  type FocusWindow,
  type Profile,
  type Rule,
  type Settings,
  type UserCategory,
} from '../../shared/domain/settings.ts';
import { BUILT_IN_CATEGORIES } from '../../shared/domain/usage.ts';
import { BalansError } from '../../shared/result.ts';
import { windowSaveIssues } from '../schedule/window-checks.ts';
import { newId, upsert, withIds } from './new-ids.ts';
import { withoutCategory, withoutProfile } from './reassign.ts';

// What each edit of the user's profiles, windows, rules and categories does to a settings document, and what it
// refuses. Pure: the settings service then checks the whole result, passes it through the parent lock and saves it.

/** What callers pass: the contract's input shapes (ids and defaults optional). */
export type ProfileInput = z.output<typeof profileInputSchema>;
export type WindowInput = z.output<typeof windowInputSchema>;
export type RuleInput = z.output<typeof ruleInputSchema>;

/** An edit's result: the next settings and the item as saved. */
export type Edited<T> = { settings: Settings; saved: T };

function need(items: readonly { id: string }[], id: string, what: string): void {
  if (!items.some((i) => i.id === id)) throw new BalansError('not-found', `Unknown ${what} ${id}`);
}

/** Creates a profile (no id) or replaces one (its id); what the input leaves out is kept. */
export function withProfileSaved(settings: Settings, input: ProfileInput): Edited<Profile> {
  const existing = input.id === undefined ? undefined : settings.profiles.find((p) => p.id === input.id);
  if (input.id !== undefined && !existing) throw new BalansError('not-found', `Unknown profile ${input.id}`);
  const profile: Profile = {
    ...input,
    id: input.id ?? newId(input.name, settings.profiles),
    ruleOverrides: input.ruleOverrides ?? existing?.ruleOverrides ?? [],
    limits: input.limits ?? existing?.limits ?? [],
    actions: input.actions ?? existing?.actions ?? {},
  };
  return { settings: { ...settings, profiles: upsert(settings.profiles, profile) }, saved: profile };
}

/**
 * Deletes a user profile. With `reassignTo` its windows, the default and its rules move there first; without, a
 * profile something still refers to is refused. Built-in profiles are never deleted.
 */
export function withProfileDeleted(settings: Settings, id: string, reassignTo?: string): Settings {
  if ((BUILT_IN_PROFILE_IDS as readonly string[]).includes(id)) {
    throw new BalansError('conflict', `${id} is a built-in profile`);
  }
  need(settings.profiles, id, 'profile');
  if (reassignTo !== undefined) {
    if (reassignTo === id) throw new BalansError('invalid-input', 'A profile cannot be moved into itself');
    need(settings.profiles, reassignTo, 'profile');
    return withoutProfile(settings, id, reassignTo);
  }
  if (
    settings.defaultProfileId === id ||
    settings.windows.some((w) => w.profileId === id) ||
    settings.manualSwitch?.profileId === id
  ) {
    throw new BalansError(
      'conflict',
      `Profile ${id} is still used by a window, the default or a manual switch`,
    );
  }
  return { ...settings, profiles: settings.profiles.filter((p) => p.id !== id) };
}

/** Creates a window (no id) or replaces one (its id); impossible or past times are refused field by field. */
export function withWindowSaved(settings: Settings, input: WindowInput, now: number): Edited<FocusWindow> {
  if (input.id !== undefined) need(settings.windows, input.id, 'window');
  const id = input.id ?? newId(input.name, settings.windows);
  const window: FocusWindow =
    input.type === 'weekly'
      ? {
          ...input,
          id,
          priority: input.priority ?? 0,
          endsNextDay: input.endsNextDay ?? false,
          skipDates: input.skipDates ?? [],
        }
      : { ...input, id, priority: input.priority ?? 0 };
  const issues = windowSaveIssues(window, input.id === undefined, now, settings.timeZone);
  if (issues.length > 0)
    throw new BalansError('invalid-input', `Window times: ${issues.join('; ')}`, { issues });
  return { settings: { ...settings, windows: upsert(settings.windows, window) }, saved: window };
}

export function withWindowDeleted(settings: Settings, id: string): Settings {
  need(settings.windows, id, 'window');
  return {
    ...settings,
    windows: settings.windows.filter((w) => w.id !== id),
    // A new window could get the same id; it must not inherit an early end.
    endedEarly: settings.endedEarly.filter((e) => e.windowId !== id),
  };
}

/** Replaces the ordered rule list; rules without an id get one. */
export function withRulesSet(settings: Settings, rules: RuleInput[]): Edited<Rule[]> {
  const withId = withIds(rules, settings.rules);
  return { settings: { ...settings, rules: withId }, saved: withId };
}

/** Creates a category (no id), or renames or recolours one (a colour left out is kept). */
export function withCategorySaved(
  settings: Settings,
  input: { id?: string; name: string; colour?: string },
): Edited<UserCategory> {
  const existing = settings.categories.find((c) => c.id === input.id);
  if (input.id !== undefined && !existing) need(settings.categories, input.id, 'category');
  const colour = input.colour ?? existing?.colour;
  const category: UserCategory = {
    id: input.id ?? newId(input.name, settings.categories),
    name: input.name,
    ...(colour ? { colour } : {}),
  };
  return { settings: { ...settings, categories: upsert(settings.categories, category) }, saved: category };
}

/** Deletes a user category; with `reassignTo` its rules, limits and actions move there, else it must be unused. */
export function withCategoryDeleted(settings: Settings, id: string, reassignTo?: string): Settings {
  need(settings.categories, id, 'category');
  if (reassignTo !== undefined) {
    const known = [...BUILT_IN_CATEGORIES, ...settings.categories.map((c) => c.id)];
    if (reassignTo === id || !known.includes(reassignTo))
      throw new BalansError('invalid-input', `Cannot move category ${id} into ${reassignTo}`);
    return withoutCategory(settings, id, reassignTo);
  }
  const rules = [...settings.rules, ...settings.profiles.flatMap((p) => p.ruleOverrides)];
  const used =
    rules.some((r) => r.category === id) ||
    settings.profiles.some(
      (p) =>
        id in p.actions || p.limits.some((l) => l.target.kind === 'category' && l.target.category === id),
    );
  if (used) throw new BalansError('conflict', `Category ${id} is still used by a rule, limit or action`);
  return { ...settings, categories: settings.categories.filter((c) => c.id !== id) };
}
