import { join } from 'node:path';
import type { AppNotice } from '../../../shared/contract/app.ts';
import { checkDatabaseFile, moveDatabaseAside } from './database-file.ts';
import { salvageInto } from './salvage.ts';
import { DATABASE_FILE, type StoreOpened } from './store-protocol.ts';
import { UsageStore, type UsageStoreOptions } from './usage-store.ts';

export interface OpenUsageDatabaseOptions extends Omit<UsageStoreOptions, 'access' | 'now'> {
  /** 'read-only': the folder cannot be written; nothing is checked, moved or migrated. */
  access: 'read-write' | 'read-only';
  /** When it is, for the name a damaged file is moved aside under. */
  now: number;
}

/**
 * Opens the usage database whatever the folder holds, and never throws for what is on disk: a damaged, empty or
 * unopenable database (or a folder in its place) is moved aside with a timestamp and a fresh one opened with what
 * can be salvaged; a database from a newer Balans, or a folder that cannot be written, is opened read-only (an
 * empty history in memory when even that fails). Runs in the store's worker, beside SQLite.
 */
export function openUsageDatabase(options: OpenUsageDatabaseOptions): {
  store: UsageStore;
  state: Extract<StoreOpened, { type: 'opened' }>['state'];
  notices: AppNotice[];
} {
  const { access, now, ...storeOptions } = options;
  const folder = options.directory;
  const notices: AppNotice[] = [];
  if (access === 'read-only') return { store: openReadOnly(storeOptions), state: 'read-only', notices };
  const path = join(folder, DATABASE_FILE);
  const check = checkDatabaseFile(path);
  if (check.state === 'newer') return { store: openReadOnly(storeOptions), state: 'newer-database', notices };
  if (check.state === 'damaged') notices.push(setAside(path, check.reason, now, folder));
  let store: UsageStore;
  try {
    store = UsageStore.open(storeOptions);
  } catch {
    // Damage quick_check does not see (a broken schema) shows when the store reads it: set aside, start fresh.
    notices.push(setAside(path, 'damaged', now, folder));
    store = UsageStore.open(storeOptions);
  }
  return { store, state: 'normal', notices };
}

/**
 * Moves a bad database aside and, when it was damaged rather than empty or not a file, starts the fresh one with
 * every event that can still be read from it.
 */
function setAside(path: string, reason: string, now: number, folder: string): AppNotice {
  const keptAs = moveDatabaseAside(path, reason, now);
  const recovered = reason === 'damaged' ? salvageInto(join(folder, keptAs), path) : 0;
  return recovered > 0
    ? { level: 'error', key: 'storage.databaseRecovered', values: { reason, keptAs, folder, recovered } }
    : { level: 'error', key: 'storage.databaseMovedAside', values: { reason, keptAs, folder } };
}

/** The database as it is, read only; an unreadable or outdated one gives an empty history in memory. */
function openReadOnly(options: Omit<UsageStoreOptions, 'access'>): UsageStore {
  try {
    return UsageStore.open({ ...options, access: 'read-only' });
  } catch {
    return UsageStore.open({ ...options, access: 'memory' });
  }
}
