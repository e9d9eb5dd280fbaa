import { existsSync, lstatSync, renameSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { pathToFileURL } from 'node:url';
import { LATEST_VERSION } from './migrations.ts';

/** Why a database file cannot be used; each has a translated notice.reason.<reason>. */
export type DamageReason = 'damaged' | 'empty' | 'not-a-file';

export type DatabaseCheck =
  | { state: 'missing' }
  | { state: 'ok' }
  /** Written by a newer Balans: left untouched (it is good data for that version). */
  | { state: 'newer'; version: number }
  | { state: 'damaged'; reason: DamageReason; detail: string };

/**
 * Looks at the usage database before the store opens it: present, a regular file, not zero bytes (SQLite would
 * silently treat that as a new, empty history), openable, `PRAGMA quick_check` clean and not from a newer
 * version. Reads only; throws only when the file cannot even be looked at (an unreadable folder).
 */
export function checkDatabaseFile(path: string): DatabaseCheck {
  const stat = lstatSync(path, { throwIfNoEntry: false });
  if (!stat) return { state: 'missing' };
  if (!stat.isFile()) return { state: 'damaged', reason: 'not-a-file', detail: 'not a regular file' };
  // A zero-byte file with a WAL beside it may hold everything in the WAL; SQLite reads that, so let it try.
  const wal = lstatSync(`${path}-wal`, { throwIfNoEntry: false });
  if (stat.size === 0 && !(wal && wal.size > 0))
    return { state: 'damaged', reason: 'empty', detail: 'zero bytes' };
  let db: DatabaseSync | undefined;
  try {
    db = new DatabaseSync(path, { readOnly: true });
    const version = Number(db.prepare('PRAGMA user_version').get()?.user_version ?? 0);
    if (version > LATEST_VERSION) return { state: 'newer', version };
    const problems = db
      .prepare('PRAGMA quick_check')
      .all()
      .map((row) => String(row.quick_check));
    if (problems.join('\n') !== 'ok')
      return { state: 'damaged', reason: 'damaged', detail: problems.join('\n') };
    return { state: 'ok' };
  } catch (error) {
    return {
      state: 'damaged',
      reason: 'damaged',
      detail: error instanceof Error ? error.message : String(error),
    };
  } finally {
    db?.close();
  }
}

/**
 * Moves the database (and its -wal and -shm, which hold part of its pages) next to itself as
 * `usage.<reason>-<timestamp>.sqlite`, so the file stays openable by hand; returns the new file name.
 */
export function moveDatabaseAside(path: string, reason: string, now: number): string {
  const stamp = new Date(now).toISOString().replace(/[:.]/g, '-');
  const extension = extname(path);
  const stem = basename(path, extension);
  let target = join(dirname(path), `${stem}.${reason}-${stamp}${extension}`);
  for (let n = 2; existsSync(target); n++)
    target = join(dirname(path), `${stem}.${reason}-${stamp}-${n}${extension}`);
  renameSync(path, target);
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(`${path}${suffix}`)) renameSync(`${path}${suffix}`, `${target}${suffix}`);
  }
  return basename(target);
}

/** How the store opens its file. */
export type DatabaseAccess = 'read-write' | 'read-only' | 'memory';

/**
 * Opens the database. Read-only uses SQLite's `immutable` mode: a WAL database in a folder that cannot be written
 * cannot make its -shm file, so a plain read-only open fails; nothing else writes while Balans runs.
 */
export function openDatabase(path: string, access: DatabaseAccess): DatabaseSync {
  if (access === 'memory') return new DatabaseSync(':memory:');
  if (access === 'read-only') {
    const url = pathToFileURL(path);
    url.searchParams.set('immutable', '1');
    return new DatabaseSync(url, { readOnly: true });
  }
  return new DatabaseSync(path);
}
