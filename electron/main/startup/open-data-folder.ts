import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Clock } from '../../core/clock.ts';
import type { AppNotice } from '../../shared/contract/app.ts';
import type { Settings } from '../../shared/domain/settings.ts';
import { ReadOnlySettings } from '../adapters/settings/read-only-settings.ts';
import { SettingsStore, type StoreClass } from '../adapters/settings/settings-store.ts';
import { checkDatabaseFile, moveDatabaseAside } from '../adapters/storage/database-file.ts';
import { salvageInto } from '../adapters/storage/salvage.ts';
import { DATABASE_FILE, UsageStore, type UsageStoreOptions } from '../adapters/storage/usage-store.ts';
import { writeFailureOf, type WriteFailure } from '../adapters/write-failure.ts';
import type { SettingsPersistence } from '../services/settings-service.ts';

/** What start-up found in the data folder. */
export interface StartupReport {
  /** 'read-only': the folder cannot be written (or holds a newer Balans's database); nothing is recorded. */
  mode: 'normal' | 'read-only';
  folder: string;
  /** Why Balans runs read-only; absent in normal mode. */
  readOnlyReason?: WriteFailure | 'newer-database';
  /** What the user is told (a database moved aside, read-only mode), oldest first. */
  notices: AppNotice[];
}

export interface OpenDataFolderOptions {
  directory: string;
  clock: Clock;
  /** conf's class in tests, electron-store's in the app. */
  Store: StoreClass;
  defaults: () => Settings;
  check?: (settings: Settings) => void;
  /** Passed on to the usage store (flush interval, logging…). */
  storeOptions?: Omit<UsageStoreOptions, 'directory' | 'access' | 'onNotice'>;
  /** Told about what happens later, while running (a full disk); the app forwards these as notices. */
  onNotice?: (notice: AppNotice) => void;
}

export interface OpenedDataFolder {
  store: UsageStore;
  settingsStore: SettingsPersistence;
  startup: StartupReport;
}

const PROBE = '.balans-write-check';

/**
 * Opens the usage database and the settings whatever the folder holds, and never throws for what is on disk:
 * a damaged, empty or unopenable database (or a folder in its place) is moved aside with a timestamp and a fresh
 * one opened; a folder Balans cannot write starts it read-only (reports from what can be read, tracking off,
 * saves answer `unavailable`). The report says what was found, for the notices and the tracking status.
 */
export function openDataFolder(options: OpenDataFolderOptions): OpenedDataFolder {
  const folder = options.directory;
  const notices: AppNotice[] = [];
  const storeOptions = {
    ...options.storeOptions,
    directory: folder,
    ...(options.onNotice && { onNotice: options.onNotice }),
  };
  let readOnlyReason: StartupReport['readOnlyReason'] = unwritable(folder) ?? undefined;
  if (!readOnlyReason) {
    const path = join(folder, DATABASE_FILE);
    const check = checkDatabaseFile(path);
    if (check.state === 'newer') readOnlyReason = 'newer-database';
    else if (check.state === 'damaged') notices.push(setAside(path, check.reason, options.clock, folder));
  }
  if (readOnlyReason) {
    notices.push(
      readOnlyReason === 'newer-database'
        ? { level: 'error', key: 'storage.newerDatabase', values: { folder } }
        : { level: 'error', key: 'storage.readOnly', values: { folder } },
    );
    return {
      store: openReadOnly(storeOptions),
      settingsStore: new ReadOnlySettings({
        cwd: folder,
        defaults: options.defaults,
        ...(options.check && { check: options.check }),
        failure: readOnlyReason === 'newer-database' ? 'read-only' : readOnlyReason,
      }),
      startup: { mode: 'read-only', folder, readOnlyReason, notices },
    };
  }
  let store: UsageStore;
  try {
    store = UsageStore.open(storeOptions);
  } catch {
    // Damage quick_check does not see (a broken schema) shows when the store reads it: set aside, start fresh.
    notices.push(setAside(join(folder, DATABASE_FILE), 'damaged', options.clock, folder));
    store = UsageStore.open(storeOptions);
  }
  const settingsStore = new SettingsStore({
    cwd: folder,
    Store: options.Store,
    clock: options.clock,
    defaults: options.defaults,
    ...(options.check && { check: options.check }),
  });
  return { store, settingsStore, startup: { mode: 'normal', folder, notices } };
}

/** Why the folder cannot be written, or null when it can (a full disk is not read-only: writes queue). */
function unwritable(folder: string): WriteFailure | null {
  try {
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, PROBE), '');
    rmSync(join(folder, PROBE), { force: true });
    return null;
  } catch (error) {
    const failure = writeFailureOf(error);
    return failure === 'disk-full' ? null : 'read-only';
  }
}

/**
 * Moves a bad database aside and, when it was damaged rather than empty or not a file, starts the fresh one with
 * every event that can still be read from it.
 */
function setAside(path: string, reason: string, clock: Clock, folder: string): AppNotice {
  const keptAs = moveDatabaseAside(path, reason, clock.now());
  const recovered = reason === 'damaged' ? salvageInto(join(folder, keptAs), path) : 0;
  return recovered > 0
    ? { level: 'error', key: 'storage.databaseRecovered', values: { reason, keptAs, folder, recovered } }
    : { level: 'error', key: 'storage.databaseMovedAside', values: { reason, keptAs, folder } };
}

/** The database as it is, read only; an unreadable or outdated one gives an empty history in memory. */
function openReadOnly(options: UsageStoreOptions): UsageStore {
  try {
    return UsageStore.open({ ...options, access: 'read-only' });
  } catch {
    return UsageStore.open({ ...options, access: 'memory' });
  }
}
