import type { DatabaseSync } from 'node:sqlite';

/**
 * Runs `work` in one write transaction. On failure it rolls back only if a transaction is still open: SQLite has
 * already rolled back by itself after some errors (a full disk, SQLITE_FULL), and a second ROLLBACK would throw
 * "no transaction is active" and hide the real error from the caller.
 */
export function inTransaction<T>(db: DatabaseSync, work: () => T): T {
  db.exec('BEGIN IMMEDIATE');
  try {
    const result = work();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    if (db.isTransaction) db.exec('ROLLBACK');
    throw error;
  }
}
