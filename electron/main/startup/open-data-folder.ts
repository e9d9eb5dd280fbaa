import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Clock } from '../../core/clock.ts';
import type { AppNotice } from '../../shared/contract/app.ts';
import type { Settings } from '../../shared/domain/settings.ts';
import { ReadOnlySettings } from '../adapters/settings/read-only-settings.ts';
import { SettingsStore, type StoreClass } from '../adapters/settings/settings-store.ts';
import { StoreClient, type StoreClientOptions } from '../adapters/storage/store-client.ts';
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
  /** Passed on to the usage store (flush interval, logging, the worker's entry…). */
  storeOptions?: Omit<StoreClientOptions, 'directory' | 'access' | 'onNotice' | 'now'>;
  /** Told about what happens later, while running (a full disk); the app forwards these as notices. */
  onNotice?: (notice: AppNotice) => void;
}

export interface OpenedDataFolder {
  store: StoreClient;
  settingsStore: SettingsPersistence;
  startup: StartupReport;
}

const PROBE = '.balans-write-check';

/**
 * Opens the usage database and the settings whatever the folder holds, and never throws for what is on disk:
 * a damaged, empty or unopenable database (or a folder in its place) is moved aside with a timestamp and a fresh
 * one opened; a folder Balans cannot write starts it read-only (reports from what can be read, tracking off,
 * saves answer `unavailable`). The report says what was found, for the notices and the tracking status. The
 * database is checked, recovered and opened by the store's worker (adapters/storage/open-usage-database.ts):
 * main only probes the folder.
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
  const store = StoreClient.open({
    ...storeOptions,
    access: readOnlyReason ? 'read-only' : 'read-write',
    now: options.clock.now(),
  });
  notices.push(...store.opened.notices);
  if (store.opened.state === 'newer-database') readOnlyReason = 'newer-database';
  if (readOnlyReason) {
    notices.push(
      readOnlyReason === 'newer-database'
        ? { level: 'error', key: 'storage.newerDatabase', values: { folder } }
        : { level: 'error', key: 'storage.readOnly', values: { folder } },
    );
    return {
      store,
      settingsStore: new ReadOnlySettings({
        cwd: folder,
        defaults: options.defaults,
        ...(options.check && { check: options.check }),
        failure: readOnlyReason === 'newer-database' ? 'read-only' : readOnlyReason,
      }),
      startup: { mode: 'read-only', folder, readOnlyReason, notices },
    };
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
