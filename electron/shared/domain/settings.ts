import { z } from 'zod';
import { idSchema } from './ids.ts';
import { focusWindowSchema, windowTimesProblem } from './focus-windows.ts';
import { profileSchema } from './profiles.ts';
import { ruleSchema, userCategorySchema, type Rule } from './rules.ts';
import { BUILT_IN_CATEGORIES } from './usage.ts';
import { TEXT_LENGTHS } from './text-lengths.ts';

export * from './ids.ts';
export * from './rules.ts';
export * from './profiles.ts';
export * from './focus-windows.ts';

/** The version of the settings file this build writes; older files are migrated, newer ones are set aside. */
export const SETTINGS_VERSION = 2;

/** How the app looks: 'system' follows the computer's light or dark setting. */
export const THEMES = ['system', 'light', 'dark'] as const;

/** The languages the app speaks; 'system' (in the settings) follows the computer's locale. */
export const APP_LANGUAGES = ['en', 'nl', 'sv'] as const;

/** Minutes without keyboard or mouse input after which the user counts as away. */
export const IDLE_MINUTES = { min: 1, max: 60, default: 3 } as const;
/** Pauses per profile per day before Balans asks for a reason (friction, not a wall). */
export const PAUSE_BUDGET = { min: 0, max: 20, default: 3 } as const;
export const pauseBudgetSchema = z.int().min(PAUSE_BUDGET.min).max(PAUSE_BUDGET.max);
/** The family's own words on the family-time overlay; empty shows Balans's default text. */
export const familyMessageSchema = z.string().trim().max(TEXT_LENGTHS.sentence);

export const themeSchema = z.enum(THEMES);
export type Theme = z.infer<typeof themeSchema>;
export const languageChoiceSchema = z.enum(['system', ...APP_LANGUAGES]);
export type LanguageChoice = z.infer<typeof languageChoiceSchema>;
export const idleMinutesSchema = z.int().min(IDLE_MINUTES.min).max(IDLE_MINUTES.max);

/** Whether a zone name is 'system' or one the platform's time-zone database knows. */
export function isKnownTimeZone(zone: string): boolean {
  if (zone === 'system') return true;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** A profile chosen by hand; it lasts until `until`, or until the next scheduled change when `until` is null. */
export const manualSwitchSchema = z
  .object({
    profileId: idSchema,
    /** When the switch was made (ms since epoch). */
    setAt: z.number().int().nonnegative(),
    until: z.number().int().nullable(),
  })
  .strict();
export type ManualSwitch = z.infer<typeof manualSwitchSchema>;

/** A window occurrence ended before its time (family time needs the parent PIN for that). */
export const earlyEndSchema = z
  .object({
    windowId: idSchema,
    /** The start of the occurrence that was ended (ms since epoch). */
    start: z.number().int(),
    /** When it was ended. */
    at: z.number().int(),
  })
  .strict();
export type EarlyEnd = z.infer<typeof earlyEndSchema>;

/**
 * The second record that a parent PIN exists: a keyed digest of the lock (see docs/boundaries.md). Deleting the
 * lock file does not remove it, and a lock file from elsewhere does not match it.
 */
export const parentLockMarkerSchema = z.object({ fingerprint: z.string().min(1).max(200) }).strict();
export type ParentLockMarker = z.infer<typeof parentLockMarkerSchema>;

/** The shape of a whole settings file, including the links between its parts (which profile, which category). */
export const settingsSchema = z
  .object({
    version: z.literal(SETTINGS_VERSION),
    /** An IANA zone name, or 'system' to follow the computer's zone (also when it changes). */
    timeZone: z.string().refine(isKnownTimeZone, 'unknown time zone'),
    /** The profile that is active when no window is open and no manual switch applies. */
    defaultProfileId: idSchema,
    profiles: z.array(profileSchema).min(1).max(50),
    windows: z.array(focusWindowSchema).max(500),
    rules: z.array(ruleSchema).max(5000),
    categories: z.array(userCategorySchema).max(100),
    manualSwitch: manualSwitchSchema.nullable(),
    /** Occurrences ended early; old entries are pruned. */
    endedEarly: z.array(earlyEndSchema).max(1000),
    /** Minutes without input before the tracker counts the user as away. */
    idleThresholdMinutes: idleMinutesSchema,
    theme: themeSchema,
    /** The UI language; 'system' uses the computer's locale. */
    language: languageChoiceSchema,
    familyMessage: familyMessageSchema,
    pauseBudget: pauseBudgetSchema,
    parentLock: parentLockMarkerSchema.optional(),
  })
  .strict()
  .superRefine((settings, ctx) => {
    for (const problem of settingsLinkProblems(settings)) ctx.addIssue({ code: 'custom', ...problem });
  });

/** Everything the user sets up: what the schedule engine and the rule matcher read. */
export type Settings = z.infer<typeof settingsSchema>;

/** Broken links and impossible times inside otherwise well-formed settings, as zod-style issues. */
export function settingsLinkProblems(
  settings: Omit<Settings, 'version'>,
): { path: (string | number)[]; message: string }[] {
  const problems: { path: (string | number)[]; message: string }[] = [];
  const profileIds = new Set(settings.profiles.map((p) => p.id));
  const categoryIds = new Set<string>([...BUILT_IN_CATEGORIES, ...settings.categories.map((c) => c.id)]);
  const unknownProfile = (path: (string | number)[], id: string) =>
    profileIds.has(id) ? [] : [{ path, message: `unknown profile ${id}` }];
  problems.push(...unknownProfile(['defaultProfileId'], settings.defaultProfileId));
  if (settings.manualSwitch)
    problems.push(...unknownProfile(['manualSwitch', 'profileId'], settings.manualSwitch.profileId));
  settings.windows.forEach((w, i) => {
    problems.push(...unknownProfile(['windows', i, 'profileId'], w.profileId));
    const times = windowTimesProblem(w);
    if (times) problems.push({ path: ['windows', i, 'end'], message: times });
  });
  const checkRules = (rules: Rule[], path: (string | number)[]) =>
    rules.forEach((r, i) => {
      if (!categoryIds.has(r.category))
        problems.push({ path: [...path, i, 'category'], message: `unknown category ${r.category}` });
    });
  checkRules(settings.rules, ['rules']);
  settings.profiles.forEach((p, i) => checkRules(p.ruleOverrides, ['profiles', i, 'ruleOverrides']));
  for (const [key, list] of [
    ['profiles', settings.profiles],
    ['windows', settings.windows],
    ['rules', settings.rules],
    ['categories', settings.categories],
  ] as const) {
    const seen = new Set<string>();
    list.forEach((item, i) => {
      if (seen.has(item.id)) problems.push({ path: [key, i, 'id'], message: `duplicate id ${item.id}` });
      seen.add(item.id);
    });
  }
  return problems;
}
