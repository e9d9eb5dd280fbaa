import type { Clock } from '../../core/clock.ts';
import { compileRules, type RuleMatcher } from '../../core/rules/matcher.ts';
import { stateAt, transitions } from '../../core/schedule/schedule.ts';
import { profileEffects } from '../../core/schedule/profile-effects.ts';
import { checkSettings } from '../../core/settings/check-settings.ts';
import type { GuardedChange } from '../../core/parent-lock/guard.ts';
import {
  withCategoryDeleted,
  withCategorySaved,
  withProfileDeleted,
  withProfileSaved,
  withRulesSet,
  withWindowDeleted,
  withWindowSaved,
  type Edited,
  type ProfileInput,
  type RuleInput,
  type WindowInput,
} from '../../core/settings/edits.ts';
import type { AppNotice } from '../../shared/contract/app.ts';
import type { ScheduleView } from '../../shared/contract/settings.ts';
import {
  isKnownTimeZone,
  settingsSchema,
  type FocusWindow,
  type Profile,
  type ProfileEffect,
  type Rule,
  type Settings,
  type UserCategory,
} from '../../shared/domain/settings.ts';
import { BalansError } from '../../shared/result.ts';
import type { LoadedSettings } from '../adapters/settings/settings-store.ts';
import { WriteFailedError } from '../adapters/write-failure.ts';

/** Where settings live; the SettingsStore adapter in the app, anything with the same two methods in tests. */
export interface SettingsPersistence {
  load(): LoadedSettings;
  save(settings: Settings): void;
}

export interface SettingsServiceOptions {
  store: SettingsPersistence;
  clock: Clock;
  /** Told when the settings file had to be recovered (the app forwards it as an AppNotice event). */
  notify?: (notice: AppNotice) => void;
  /** Told after every successful change. */
  onChange?: (settings: Settings) => void;
  /** The parent lock: throws 'pin-required' for a change that weakens family time (see ParentGuard). */
  guard?: (change: GuardedChange) => void;
  /** The computer's IANA zone, for settings that say 'system' (default: the process's). */
  systemZone?: () => string;
}

/** The settings that only change how the app behaves for this user, not what is scheduled or categorised. */
export type PreferenceKey = 'idleThresholdMinutes' | 'theme' | 'language' | 'familyMessage' | 'pauseBudget';

const DAY = 86_400_000;

/**
 * Reads and changes what the user set up. Every change is checked as a whole (names, links, times, regexes)
 * and saved before it takes effect, so the settings in memory are always the ones on disk.
 */
export class SettingsService {
  readonly #options: SettingsServiceOptions;
  #settings: Settings;
  #matcher: RuleMatcher;
  #effective: { from: Settings; settings: Settings } | undefined;

  constructor(options: SettingsServiceOptions) {
    this.#options = options;
    const loaded = options.store.load();
    if (loaded.notice) options.notify?.(loaded.notice);
    this.#settings = loaded.settings;
    this.#matcher = compileRules(this.#settings);
  }

  /** The current settings (a copy the caller may change freely). */
  getSettings(): Settings {
    return structuredClone(this.#settings);
  }

  /**
   * The settings with their zone resolved: the one place 'system' becomes the computer's zone. Core only ever
   * gets these; the same object until the settings or the computer's zone change.
   */
  effectiveSettings(): Settings {
    const choice = this.#settings.timeZone;
    const zone =
      choice === 'system'
        ? (this.#options.systemZone?.() ?? Intl.DateTimeFormat().resolvedOptions().timeZone)
        : choice;
    if (this.#effective?.from !== this.#settings || this.#effective.settings.timeZone !== zone)
      this.#effective = { from: this.#settings, settings: { ...this.#settings, timeZone: zone } };
    return this.#effective.settings;
  }

  /** The compiled rules, rebuilt only when rules change; for categorising events at read time. */
  rules(): RuleMatcher {
    return this.#matcher;
  }

  /** Creates a profile (no id) or replaces one (its id). */
  saveProfile(input: ProfileInput): Profile {
    return this.#edit(withProfileSaved(this.#settings, input));
  }

  /**
   * Deletes a user profile. With `reassignTo` its windows, the default and its rules move there first (the guard
   * lives here, not only in the UI); without, a profile something still refers to is refused.
   */
  deleteProfile(id: string, reassignTo?: string): void {
    this.#replace(withProfileDeleted(this.#settings, id, reassignTo));
  }

  /** Creates a window (no id) or replaces one (its id). */
  saveWindow(input: WindowInput): FocusWindow {
    return this.#edit(withWindowSaved(this.#settings, input, this.#options.clock.now()));
  }

  deleteWindow(id: string): void {
    this.#replace(withWindowDeleted(this.#settings, id));
  }

  /** Replaces the ordered rule list; rules without an id get one. */
  setRules(rules: RuleInput[]): Rule[] {
    return this.#edit(withRulesSet(this.#settings, rules));
  }

  /** What a profile does per window kind and category, decided by the schedule's own triggers. */
  profileEffects(profileId: string): ProfileEffect[] {
    if (!this.#settings.profiles.some((p) => p.id === profileId))
      throw new BalansError('not-found', `Unknown profile ${profileId}`);
    return profileEffects(this.#settings, profileId);
  }

  /** Creates a category (no id), or renames or recolours one (a colour left out is kept). */
  saveCategory(input: { id?: string; name: string; colour?: string }): UserCategory {
    return this.#edit(withCategorySaved(this.#settings, input));
  }

  /** Deletes a user category; with `reassignTo` its rules, limits and actions move there, else it must be unused. */
  deleteCategory(id: string, reassignTo?: string): void {
    this.#replace(withCategoryDeleted(this.#settings, id, reassignTo));
  }

  setDefaultProfile(profileId: string): void {
    this.#change((s) => (s.defaultProfileId = profileId));
  }

  setTimeZone(timeZone: string): void {
    if (!isKnownTimeZone(timeZone)) throw new BalansError('invalid-input', `Unknown time zone ${timeZone}`);
    this.#change((s) => (s.timeZone = timeZone));
  }

  /** Changes the preferences given (idle threshold, theme, language, family message, pause budget). */
  setPreferences(patch: Partial<Pick<Settings, PreferenceKey>>): Pick<Settings, PreferenceKey> {
    this.#change((s) => Object.assign(s, patch));
    const { idleThresholdMinutes, theme, language, familyMessage, pauseBudget } = this.#settings;
    return { idleThresholdMinutes, theme, language, familyMessage, pauseBudget };
  }

  /** The settings' record that a parent PIN exists (null: none), for the parent lock. */
  parentLockMarker(): string | null {
    return this.#settings.parentLock?.fingerprint ?? null;
  }

  /** Written by the parent lock only (no contract call reaches it). */
  setParentLockMarker(fingerprint: string): void {
    if (this.#settings.parentLock?.fingerprint !== fingerprint)
      this.#change((s) => (s.parentLock = { fingerprint }));
  }

  /** Puts back a schedule the parent lock kept, after the settings file was weakened from outside. */
  restoreSchedule(schedule: Pick<Settings, 'timeZone' | 'windows' | 'endedEarly'>): void {
    this.#change((s) => Object.assign(s, structuredClone(schedule)));
  }

  /** Switches profile by hand from now until `until`, or until the next scheduled change when null. */
  switchProfile(profileId: string, until: number | null): ScheduleView {
    const now = this.#options.clock.now();
    if (until !== null && until <= now)
      throw new BalansError('invalid-input', 'A manual switch must end in the future');
    this.#change((s) => (s.manualSwitch = { profileId, setAt: now, until }));
    return this.scheduleState();
  }

  endManualSwitch(): ScheduleView {
    if (this.#settings.manualSwitch) this.#change((s) => (s.manualSwitch = null));
    return this.scheduleState();
  }

  /** The schedule now and its transitions over the next `days` days (at most 50). */
  scheduleState(days = 7): ScheduleView {
    const now = this.#options.clock.now();
    const settings = this.effectiveSettings();
    return {
      now: stateAt(settings, now),
      upcoming: transitions(settings, now, now + days * DAY).slice(0, 50),
    };
  }

  /** Makes a whole new settings document current, through the same checks as any change. */
  #replace(next: Settings): void {
    this.#change((draft) => Object.assign(draft, structuredClone(next)));
  }

  /** Makes an edit's settings current and answers a copy of what it saved. */
  #edit<T>({ settings, saved }: Edited<T>): T {
    this.#replace(settings);
    return structuredClone(saved);
  }

  /** Applies a change to a copy, checks and saves the copy, and only then makes it current. */
  #change(edit: (draft: Settings) => void): void {
    const draft = structuredClone(this.#settings);
    edit(draft);
    const parsed = settingsSchema.safeParse(draft);
    if (!parsed.success) {
      throwDomainError(draft);
      const issue = parsed.error.issues[0];
      throw new BalansError(
        'invalid-input',
        `${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid settings'}`,
      );
    }
    const next = parsed.data as Settings;
    checkSettings(next);
    // Every change passes the parent lock, so no call can end or weaken family time without the PIN.
    this.#options.guard?.({ kind: 'settings', before: this.#settings, after: next });
    const matcher = compileRules(next);
    try {
      this.#options.store.save(next);
    } catch (error) {
      // The disk refused it (full, read-only): nothing changed, and the user hears why, not only the caller.
      if (error instanceof WriteFailedError)
        this.#options.notify?.({
          level: 'error',
          key: 'storage.settingsNotSaved',
          values: { reason: error.failure },
        });
      throw error;
    }
    this.#settings = next;
    this.#matcher = matcher;
    this.#options.onChange?.(structuredClone(next));
  }
}

/** A domain error (unknown profile, duplicate name…) says more than the schema issue it also causes. */
function throwDomainError(draft: Settings): void {
  try {
    checkSettings(draft);
  } catch (error) {
    if (error instanceof BalansError) throw error;
  }
}
