import { copyFileSync, existsSync, readFileSync, renameSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { basename, dirname, join } from 'node:path';
import type { Clock } from '../../../core/clock.ts';
import type { AppNotice } from '../../../shared/contract/app.ts';
import { settingsSchema, type Settings } from '../../../shared/domain/settings.ts';
import { WriteFailedError } from '../write-failure.ts';
import {
  readSettings,
  SETTINGS_MIGRATIONS,
  type SettingsMigration,
  type UnusableReason,
} from './settings-migrations.ts';

/** The options this adapter gives the store class; `name` is what electron-store reads, `configName` what conf reads. */
export interface StoreOptions {
  cwd: string;
  name: string;
  configName: string;
  /** Never let the store wipe a file it cannot read: this adapter keeps such a file aside first. */
  clearInvalidConfig: false;
  accessPropertiesByDotNotation: false;
}

/** The part of conf's (and electron-store's) API this adapter uses. */
export interface KeyValueFile {
  store: Record<string, unknown>;
  readonly path: string;
}

/** `Conf` in tests, `ElectronStore` (which extends Conf with Electron's paths) in the app. */
export type StoreClass = new (options: StoreOptions) => KeyValueFile;

export interface SettingsStoreOptions {
  /** Directory of the settings files: the app passes userData, tests a temporary directory. */
  cwd: string;
  Store: StoreClass;
  clock: Clock;
  /** Settings for a first start or when nothing usable is left. */
  defaults: () => Settings;
  /** Semantic checks beyond the schema (e.g. regex safety); throws when the settings are unusable. */
  check?: (settings: Settings) => void;
  migrations?: Readonly<Record<number, SettingsMigration>>;
}

export interface LoadedSettings {
  settings: Settings;
  /** Set when the file had to be set aside; the app shows it to the user. */
  notice: AppNotice | null;
}

const NAME = 'settings';
const BACKUP_NAME = 'settings.backup';

/**
 * Settings on disk through conf/electron-store, validated with the zod schema and migrated by version. Every good
 * save also writes a backup. A file that cannot be used (not JSON, wrong shape, from a newer version) is kept
 * aside as a timestamped copy before anything is written, then the backup or the defaults are loaded and a
 * notice says what happened. conf itself would either throw (unreadable JSON) or, with clearInvalidConfig,
 * silently empty the file; neither loses data here because the file is copied aside first.
 */
export class SettingsStore {
  readonly #options: SettingsStoreOptions;
  #main: KeyValueFile | null = null;
  #backup: KeyValueFile | null = null;

  constructor(options: SettingsStoreOptions) {
    this.#options = options;
  }

  /** Reads the settings, recovering from an unusable file; writes defaults on a first start. */
  load(): LoadedSettings {
    const { cwd, defaults } = this.#options;
    const firstStart = !existsSync(join(cwd, `${NAME}.json`));
    const main = this.#open(NAME);
    this.#main = main.file;
    if (firstStart) {
      const restored = this.#restoreMissing();
      if (restored) return restored;
      const settings = defaults();
      this.save(settings);
      return { settings, notice: null };
    }
    const result = main.file
      ? readSettings(main.file.store, this.#options.migrations ?? SETTINGS_MIGRATIONS, this.#options.check)
      : ({ ok: false, reason: 'unreadable', detail: main.error } as const);
    if (result.ok) {
      if (result.droppedRules.length > 0) {
        // The file as it was stays next to it; the rules that can no longer run are named in the notice.
        const keptAs = this.#keepAside(join(cwd, `${NAME}.json`), 'rules');
        this.save(result.settings);
        return {
          settings: result.settings,
          notice: {
            level: 'warning',
            key: 'storage.rulesDropped',
            values: { patterns: result.droppedRules.join(', '), keptAs },
          },
        };
      }
      if (result.migratedFrom !== null) {
        this.#keepAside(join(cwd, `${NAME}.json`), `v${result.migratedFrom}`);
        this.save(result.settings);
      }
      return { settings: result.settings, notice: null };
    }
    const keptAs = main.file ? this.#keepAside(main.file.path, result.reason) : main.keptAs;
    return this.#recover(result.reason, keptAs ?? '');
  }

  /**
   * Validates and writes the settings, then the backup (only a good save replaces the backup). A disk that refuses
   * the main file throws WriteFailedError (`unavailable`); one that refuses only the backup keeps the old backup,
   * since the main file already holds the new settings.
   */
  save(settings: Settings): void {
    const valid = settingsSchema.parse(settings) as Settings;
    this.#options.check?.(valid);
    try {
      const main = this.#main ?? this.#reopen(NAME);
      main.store = valid as unknown as Record<string, unknown>;
      this.#main = main;
      assertWritten(main.path, valid);
    } catch (error) {
      this.#restoreFromBackup();
      throw new WriteFailedError('The settings file', error);
    }
    try {
      const backup = this.#backup ?? this.#reopen(BACKUP_NAME);
      backup.store = valid as unknown as Record<string, unknown>;
      this.#backup = backup;
      assertWritten(backup.path, valid);
    } catch {
      // The main file already holds the new settings; the next successful save rewrites the backup.
    }
  }

  /** Puts the last good save back after a failed write left a short main file (best effort: the disk is full). */
  #restoreFromBackup(): void {
    const { cwd } = this.#options;
    try {
      copyFileSync(join(cwd, `${BACKUP_NAME}.json`), join(cwd, `${NAME}.json`));
    } catch {
      // The backup is still there and is what the next start recovers from.
    }
  }

  /**
   * The main file is gone but a backup is there: that is not a first start (the defaults would overwrite the good
   * backup, family time and all), so the backup is restored and the user told. Null when there is no usable backup.
   */
  #restoreMissing(): LoadedSettings | null {
    if (!existsSync(join(this.#options.cwd, `${BACKUP_NAME}.json`))) return null;
    const backup = this.#open(BACKUP_NAME);
    if (!backup.file) return null;
    const result = readSettings(
      backup.file.store,
      this.#options.migrations ?? SETTINGS_MIGRATIONS,
      this.#options.check,
    );
    if (!result.ok) {
      this.#keepAside(backup.file.path, result.reason);
      return null;
    }
    this.save(result.settings);
    return { settings: result.settings, notice: { level: 'warning', key: 'storage.settingsRestored' } };
  }

  /** Loads the backup if it is usable, else the defaults; either way the main file is rewritten. */
  #recover(reason: UnusableReason, keptAs: string): LoadedSettings {
    const backupPath = join(this.#options.cwd, `${BACKUP_NAME}.json`);
    if (existsSync(backupPath)) {
      const backup = this.#open(BACKUP_NAME);
      const result = backup.file
        ? readSettings(
            backup.file.store,
            this.#options.migrations ?? SETTINGS_MIGRATIONS,
            this.#options.check,
          )
        : null;
      if (result?.ok) {
        this.save(result.settings);
        return {
          settings: result.settings,
          notice: notice('warning', 'settings.recovered.backup', reason, keptAs),
        };
      }
      // A backup that cannot be used either is kept too, before the next save replaces it.
      if (backup.file && result && !result.ok) this.#keepAside(backup.file.path, result.reason);
    }
    const settings = this.#options.defaults();
    this.save(settings);
    return { settings, notice: notice('error', 'settings.recovered.defaults', reason, keptAs) };
  }

  /** Opens a file; one that is not JSON is moved aside (so the store can start empty) and reported. */
  #open(
    name: string,
  ):
    | { file: KeyValueFile; error?: undefined; keptAs?: undefined }
    | { file: null; error: string; keptAs: string } {
    try {
      return { file: this.#construct(name) };
    } catch (error) {
      if (!(error instanceof SyntaxError)) throw error;
      const path = join(this.#options.cwd, `${name}.json`);
      const keptAs = this.#keepAside(path, 'unreadable', true);
      return { file: null, error: error.message, keptAs };
    }
  }

  /** Opens a file that must be readable now (it was moved aside or rewritten). */
  #reopen(name: string): KeyValueFile {
    return this.#construct(name);
  }

  #construct(name: string): KeyValueFile {
    return new this.#options.Store({
      cwd: this.#options.cwd,
      name,
      configName: name,
      clearInvalidConfig: false,
      accessPropertiesByDotNotation: false,
    });
  }

  /** Copies (or moves) a file next to itself as name.reason-timestamp.json and returns the new file name. */
  #keepAside(path: string, reason: string, move = false): string {
    const stamp = new Date(this.#options.clock.now()).toISOString().replace(/[:.]/g, '-');
    const stem = basename(path, '.json');
    let target = join(dirname(path), `${stem}.${reason}-${stamp}.json`);
    for (let n = 2; existsSync(target); n++)
      target = join(dirname(path), `${stem}.${reason}-${stamp}-${n}.json`);
    if (move) renameSync(path, target);
    else copyFileSync(path, target);
    return basename(target);
  }
}

/**
 * Reads the file back: the atomic writer underneath does not check for short writes, so a disk that fills up (or
 * a file-size limit) mid-write leaves a cut-off file and no error. A save is only good once the bytes are there.
 */
function assertWritten(path: string, expected: Settings): void {
  let written: unknown;
  try {
    written = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    written = undefined;
  }
  if (!isDeepStrictEqual(written, JSON.parse(JSON.stringify(expected)))) {
    throw Object.assign(new Error(`${path} was not written in full`), { code: 'ENOSPC' });
  }
}

function notice(level: AppNotice['level'], key: string, reason: UnusableReason, keptAs: string): AppNotice {
  return { level, key, values: { reason, keptAs } };
}
