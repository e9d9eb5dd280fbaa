import { z } from 'zod';
import { call, event } from './define.ts';
import type { ProfileEffect } from '../domain/profiles.ts';
import {
  categoryIdSchema,
  colourSchema,
  idSchema,
  nameSchema,
  oneOffWindowSchema,
  profileSchema,
  ruleSchema,
  weeklyWindowSchema,
  type FocusWindow,
  type Profile,
  type Rule,
  type Settings,
  type UserCategory,
} from '../domain/settings.ts';
import type { ScheduleState, ScheduleTransition } from '../domain/schedule-state.ts';
import { withPin } from './parent-lock.ts';

/** The schedule now and what changes next, for the UI. */
export interface ScheduleView {
  now: ScheduleState;
  /** Transitions after now, within the asked number of days (at most 50). */
  upcoming: ScheduleTransition[];
}

/** A profile to create (no id) or replace (its id). */
export const profileInputSchema = profileSchema.partial({
  id: true,
  ruleOverrides: true,
  limits: true,
  actions: true,
});

const windowDefaults = { id: true, priority: true } as const;
/** A window to create (no id) or replace (its id); a weekly window crosses midnight only with endsNextDay. */
export const windowInputSchema = z.discriminatedUnion('type', [
  weeklyWindowSchema.partial({ ...windowDefaults, endsNextDay: true, skipDates: true }),
  oneOffWindowSchema.partial(windowDefaults),
]);

/** A rule; new rules may come without an id. */
export const ruleInputSchema = ruleSchema.partial({ id: true });

const byId = z.object({ id: idSchema, ...withPin }).strict();
/**
 * Every call that changes the settings may carry the parent PIN: main answers 'pin-required' when the change
 * would end or weaken family time, and the UI sends the same call again with the PIN.
 */
const windowCallSchema = z.discriminatedUnion('type', [
  windowInputSchema.options[0].extend(withPin),
  windowInputSchema.options[1].extend(withPin),
]);

export const settingsCalls = {
  /** Everything the user set up. */
  getSettings: call<Settings>()(z.void()),
  /** Creates or replaces a profile; names are unique (conflict), an unknown id is not-found. */
  saveProfile: call<Profile>()(profileInputSchema.extend(withPin)),
  /**
   * Deletes a user profile; built-in profiles are a conflict. A profile still in use (windows, the default, a
   * manual switch) is a conflict unless `reassignTo` names the profile its windows and rules move to.
   */
  deleteProfile: call<void>()(
    z.object({ id: idSchema, reassignTo: idSchema.optional(), ...withPin }).strict(),
  ),
  /** What a profile does per window kind and category, as the schedule applies it. */
  getProfileEffects: call<ProfileEffect[]>()(z.object({ profileId: idSchema }).strict()),
  /** Creates or replaces a focus window; end before start without crossing midnight is invalid-input. */
  saveWindow: call<FocusWindow>()(windowCallSchema),
  deleteWindow: call<void>()(byId),
  /** Replaces the ordered rule list (also how rules are reordered); unsafe regexes are invalid-input. */
  setRules: call<Rule[]>()(z.object({ rules: z.array(ruleInputSchema).max(5000), ...withPin }).strict()),
  /** Creates, renames or recolours a user-defined category. */
  saveCategory: call<UserCategory>()(
    z
      .object({ id: idSchema.optional(), name: nameSchema, colour: colourSchema.optional(), ...withPin })
      .strict(),
  ),
  /**
   * Deletes a user-defined category. One still used by a rule, limit or action is a conflict unless
   * `reassignTo` names the category those move to.
   */
  deleteCategory: call<void>()(
    z.object({ id: idSchema, reassignTo: categoryIdSchema.optional(), ...withPin }).strict(),
  ),
  setDefaultProfile: call<void>()(z.object({ profileId: idSchema, ...withPin }).strict()),
  /** An IANA zone name, or 'system' to follow the computer. */
  setTimeZone: call<void>()(z.object({ timeZone: z.string().min(1).max(64), ...withPin }).strict()),
  /** Switches profile by hand until a time (ms since epoch) or, with null, until the next scheduled change. */
  switchProfile: call<ScheduleView>()(
    z.object({ profileId: idSchema, until: z.number().int().nullable(), ...withPin }).strict(),
  ),
  /** Ends a manual switch now; the schedule decides again. */
  endManualSwitch: call<ScheduleView>()(z.void()),
  /** The schedule now and the transitions of the next `days` days (default 7). */
  getScheduleState: call<ScheduleView>()(
    z
      .object({ days: z.int().min(1).max(31).optional() })
      .strict()
      .optional(),
  ),
};

export const settingsEvents = {
  /** The settings changed (from any window of the app); the payload is the new settings. */
  settingsChanged: event<Settings>(),
};
