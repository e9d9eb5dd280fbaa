import { withoutUnrunnableRules } from '../../../core/rules/unrunnable-rules.ts';
import {
  IDLE_MINUTES,
  PAUSE_BUDGET,
  SETTINGS_VERSION,
  settingsSchema,
  type Settings,
} from '../../../shared/domain/settings.ts';

/** One migration step: turns a file of version n (its key in the table) into a file of version n + 1. */
export type SettingsMigration = (old: Record<string, unknown>) => Record<string, unknown>;

/**
 * The steps from every older version to the current one (version 1 is the first released format); a step is
 * added here with each new SETTINGS_VERSION.
 */
export const SETTINGS_MIGRATIONS: Readonly<Record<number, SettingsMigration>> = {
  // 1 → 2: the idle threshold, theme, language, family message and pause budget became settings; a file from before keeps the old behaviour.
  // The parent PIN moved to the rate-limited parent lock (parent-lock.json), so a hash kept here is dropped.
  1: ({ parentPin: _movedToParentLock, ...old }) => ({
    ...old,
    idleThresholdMinutes: IDLE_MINUTES.default,
    theme: 'system',
    language: 'system',
    familyMessage: '',
    pauseBudget: PAUSE_BUDGET.default,
  }),
};

/** Why a settings file cannot be used. */
export type UnusableReason = 'unreadable' | 'invalid' | 'future-version';

export type ReadResult =
  /** `droppedRules`: patterns of regex rules the matcher cannot run, taken out (see withoutUnrunnableRules). */
  | { ok: true; settings: Settings; migratedFrom: number | null; droppedRules: string[] }
  | { ok: false; reason: UnusableReason; detail: string };

/**
 * Turns what a settings file holds into valid settings: migrates older versions step by step, then validates
 * with the zod schema and `check` (semantic checks such as regex safety, which throw). Never throws itself.
 */
export function readSettings(
  raw: unknown,
  migrations: Readonly<Record<number, SettingsMigration>> = SETTINGS_MIGRATIONS,
  check: (settings: Settings) => void = () => {},
): ReadResult {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    return { ok: false, reason: 'invalid', detail: 'not an object' };
  let data = { ...(raw as Record<string, unknown>) };
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return { ok: false, reason: 'invalid', detail: 'no version' };
  }
  if (version > SETTINGS_VERSION)
    return { ok: false, reason: 'future-version', detail: `version ${version}` };
  try {
    for (let v = version; v < SETTINGS_VERSION; v++) {
      const step = migrations[v];
      if (!step) return { ok: false, reason: 'invalid', detail: `no migration from version ${v}` };
      data = { ...step(data), version: v + 1 };
    }
  } catch (error) {
    return { ok: false, reason: 'invalid', detail: `migration failed: ${(error as Error).message}` };
  }
  const parsed = settingsSchema.safeParse(data);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return {
      ok: false,
      reason: 'invalid',
      detail: `${first?.path.join('.') ?? ''}: ${first?.message ?? 'invalid'}`,
    };
  }
  const { settings, dropped } = withoutUnrunnableRules(parsed.data as Settings);
  try {
    check(settings);
  } catch (error) {
    return { ok: false, reason: 'invalid', detail: (error as Error).message };
  }
  return {
    ok: true,
    settings,
    migratedFrom: version === SETTINGS_VERSION ? null : version,
    droppedRules: dropped,
  };
}
