import type { Clock } from '../../core/clock.ts';
import { compileRules, type RuleMatcher } from '../../core/rules/matcher.ts';
import { stateAt, transitions } from '../../core/schedule/schedule.ts';
import { profileEffects } from '../../core/schedule/profile-effects.ts';
import { checkSettings } from '../../core/settings/check-settings.ts';
import type { GuardedChange } from '../../core/parent-lock/guard.ts';
import { withoutCategory, withoutProfile } from '../../core/settings/reassign.ts';
import { windowSaveIssues } from '../../core/schedule/window-checks.ts';
import type { AppNotice } from '../../shared/contract/app.ts';
import type { z } from 'zod';
import type {
  profileInputSchema,
  ruleInputSchema,
  ScheduleView,
  windowInputSchema,
} from '../../shared/contract/settings.ts';
import {
  BUILT_IN_PROFILE_IDS,
  isKnownTimeZone,
  settingsSchema,
  type FocusWindow,
  type Profile,
  type ProfileEffect,
  type Rule,
  type Settings,
  type UserCategory,
} from '../../shared/domain/settings.ts';
import { BUILT_IN_CATEGORIES } from '../../shared/domain/usage.ts';
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

/** What callers pass: the contract's input shapes (ids and defaults optional). */
export type ProfileInput = z.output<typeof profileInputSchema>;
export type WindowInput = z.output<typeof windowInputSchema>;
export type RuleInput = z.output<typeof ruleInputSchema>;

/** The settings that only change how the app behaves for this user, not what is scheduled or categorised. */
export type PreferenceKey = 'idleThresholdMinutes' | 'theme' | 'language' | 'familyMessage' | 'pauseBudget';

const DAY = 86_400_000;
/** Early ends older than this no longer affect anything the UI shows and are pruned. */

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
    const existing =
      input.id === undefined ? undefined : this.#settings.profiles.find((p) => p.id === input.id);
    if (input.id !== undefined && !existing)
      throw new BalansError('not-found', `Unknown profile ${input.id}`);
    const profile: Profile = {
      ...input,
      id: input.id ?? newId(input.name, this.#settings.profiles),
      ruleOverrides: input.ruleOverrides ?? existing?.ruleOverrides ?? [],
      limits: input.limits ?? existing?.limits ?? [],
      actions: input.actions ?? existing?.actions ?? {},
    };
    this.#change((s) => (s.profiles = upsert(s.profiles, profile)));
    return structuredClone(profile);
  }

  /**
   * Deletes a user profile. With `reassignTo` its windows, the default and its rules move there first (the guard
   * lives here, not only in the UI); without, a profile something still refers to is refused.
   */
  deleteProfile(id: string, reassignTo?: string): void {
    if ((BUILT_IN_PROFILE_IDS as readonly string[]).includes(id)) {
      throw new BalansError('conflict', `${id} is a built-in profile`);
    }
    this.#need(this.#settings.profiles, id, 'profile');
    if (reassignTo !== undefined) {
      if (reassignTo === id) throw new BalansError('invalid-input', 'A profile cannot be moved into itself');
      this.#need(this.#settings.profiles, reassignTo, 'profile');
      this.#replace(withoutProfile(this.#settings, id, reassignTo));
      return;
    }
    const s = this.#settings;
    if (
      s.defaultProfileId === id ||
      s.windows.some((w) => w.profileId === id) ||
      s.manualSwitch?.profileId === id
    ) {
      throw new BalansError(
        'conflict',
        `Profile ${id} is still used by a window, the default or a manual switch`,
      );
    }
    this.#change((next) => (next.profiles = next.profiles.filter((p) => p.id !== id)));
  }

  /** Creates a window (no id) or replaces one (its id). */
  saveWindow(input: WindowInput): FocusWindow {
    if (input.id !== undefined) this.#need(this.#settings.windows, input.id, 'window');
    const id = input.id ?? newId(input.name, this.#settings.windows);
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
    const issues = windowSaveIssues(
      window,
      input.id === undefined,
      this.#options.clock.now(),
      this.#settings.timeZone,
    );
    if (issues.length > 0)
      throw new BalansError('invalid-input', `Window times: ${issues.join('; ')}`, { issues });
    this.#change((s) => (s.windows = upsert(s.windows, window)));
    return structuredClone(window);
  }

  deleteWindow(id: string): void {
    this.#need(this.#settings.windows, id, 'window');
    this.#change((s) => {
      s.windows = s.windows.filter((w) => w.id !== id);
      // A new window could get the same id; it must not inherit an early end.
      s.endedEarly = s.endedEarly.filter((e) => e.windowId !== id);
    });
  }

  /** Replaces the ordered rule list; rules without an id get one. */
  setRules(rules: RuleInput[]): Rule[] {
    const withId = withIds(rules, this.#settings.rules);
    this.#change((s) => (s.rules = withId));
    return structuredClone(withId);
  }

  /** What a profile does per window kind and category, decided by the schedule's own triggers. */
  profileEffects(profileId: string): ProfileEffect[] {
    this.#need(this.#settings.profiles, profileId, 'profile');
    return profileEffects(this.#settings, profileId);
  }

  /** Creates a category (no id), or renames or recolours one (a colour left out is kept). */
  saveCategory(input: { id?: string; name: string; colour?: string }): UserCategory {
    const existing = this.#settings.categories.find((c) => c.id === input.id);
    if (input.id !== undefined && !existing) this.#need(this.#settings.categories, input.id, 'category');
    const colour = input.colour ?? existing?.colour;
    const category: UserCategory = {
      id: input.id ?? newId(input.name, this.#settings.categories),
      name: input.name,
      ...(colour ? { colour } : {}),
    };
    this.#change((s) => (s.categories = upsert(s.categories, category)));
    return { ...category };
  }

  /** Deletes a user category; with `reassignTo` its rules, limits and actions move there, else it must be unused. */
  deleteCategory(id: string, reassignTo?: string): void {
    this.#need(this.#settings.categories, id, 'category');
    if (reassignTo !== undefined) {
      const known = [...BUILT_IN_CATEGORIES, ...this.#settings.categories.map((c) => c.id)];
      if (reassignTo === id || !known.includes(reassignTo))
        throw new BalansError('invalid-input', `Cannot move category ${id} into ${reassignTo}`);
      this.#replace(withoutCategory(this.#settings, id, reassignTo));
      return;
    }
    const s = this.#settings;
    const rules = [...s.rules, ...s.profiles.flatMap((p) => p.ruleOverrides)];
    const used =
      rules.some((r) => r.category === id) ||
      s.profiles.some(
        (p) =>
          id in p.actions || p.limits.some((l) => l.target.kind === 'category' && l.target.category === id),
      );
    if (used) throw new BalansError('conflict', `Category ${id} is still used by a rule, limit or action`);
    this.#change((next) => (next.categories = next.categories.filter((c) => c.id !== id)));
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

  #need(items: readonly { id: string }[], id: string, what: string): void {
    if (!items.some((i) => i.id === id)) throw new BalansError('not-found', `Unknown ${what} ${id}`);
  }

  /** Makes a whole new settings document current, through the same checks as any change. */
  #replace(next: Settings): void {
    this.#change((draft) => Object.assign(draft, structuredClone(next)));
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

function upsert<T extends { id: string }>(items: T[], item: T): T[] {
  return items.some((i) => i.id === item.id)
    ? items.map((i) => (i.id === item.id ? item : i))
    : [...items, item];
}

/** An id from a name ('Family time' → 'family-time'), made unique among `taken`. */
function newId(name: string, taken: readonly { id: string }[]): string {
  const base =
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 48) || 'item';
  const ids = new Set(taken.map((t) => t.id));
  let id = base;
  for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
  return id;
}

function withIds(rules: readonly RuleInput[], existing: readonly { id: string }[]): Rule[] {
  const taken = [...existing, ...rules.filter((r) => r.id !== undefined).map((r) => ({ id: r.id! }))];
  return rules.map((rule) => {
    if (rule.id !== undefined) return { ...rule, id: rule.id };
    const withId = { ...rule, id: newId(`rule-${rule.pattern}`, taken) };
    taken.push(withId);
    return withId;
  });
}
