import type { DatabaseSync } from 'node:sqlite';
import { BUCKET_MS, DAY_MS, KIND_CODES } from './codes.ts';
import { inTransaction } from './transaction.ts';

/**
 * Deletes events that ended at or before `cutoff`, their rollup and the strings nothing refers to any more.
 * secure_delete overwrites the freed bytes, so deleted titles do not linger in free pages.
 */
/** How many events deleteEndedBefore would delete (the same condition), so the UI can say it first. */
export function countEndedBefore(db: DatabaseSync, cutoff: number): number {
  const row = db
    .prepare('SELECT COUNT(*) AS n FROM events WHERE start < ? AND start + duration <= ?')
    .get(cutoff, cutoff);
  return Number(row?.n ?? 0);
}

export function deleteEndedBefore(db: DatabaseSync, cutoff: number): number {
  return privately(db, () => {
    let deleted = 0;
    const remove = db.prepare('DELETE FROM events WHERE kind = ? AND start < ? AND start + duration <= ?');
    for (const kind of Object.values(KIND_CODES)) deleted += Number(remove.run(kind, cutoff, cutoff).changes);
    // Whole days before the cutoff day go; the cutoff day itself is rebuilt from what is left.
    const cutoffDay = Math.floor(cutoff / DAY_MS);
    db.prepare('DELETE FROM attention_rollup WHERE bucket < ?').run((cutoffDay * DAY_MS) / BUCKET_MS);
    db.prepare('DELETE FROM rollup_dirty WHERE day < ?').run(cutoffDay);
    db.prepare('INSERT OR IGNORE INTO rollup_dirty (day) VALUES (?)').run(cutoffDay);
    // The facts refer to strings about to go; they are rebuilt from what is left.
    db.exec('DELETE FROM fact_totals; DELETE FROM fact_days; DELETE FROM facts_dirty;');
    db.exec(`DELETE FROM strings WHERE id NOT IN (
      SELECT app FROM events WHERE app IS NOT NULL UNION SELECT title FROM events WHERE title IS NOT NULL
      UNION SELECT site FROM events WHERE site IS NOT NULL UNION SELECT executable FROM events WHERE executable IS NOT NULL
      UNION SELECT profile FROM events WHERE profile IS NOT NULL
      UNION SELECT app FROM attention_rollup UNION SELECT site FROM attention_rollup
      UNION SELECT profile FROM attention_rollup)`);
    return deleted;
  });
}

/** Deletes every event, string and rollup row, then compacts the file so nothing is left on disk. */
export function deleteAllEvents(db: DatabaseSync): number {
  const deleted = privately(db, () => {
    const count = Number(db.prepare('DELETE FROM events').run().changes);
    db.exec(
      `DELETE FROM strings; DELETE FROM attention_rollup; DELETE FROM rollup_dirty; DELETE FROM kind_extent;
       DELETE FROM fact_totals; DELETE FROM fact_days; DELETE FROM facts_dirty;`,
    );
    return count;
  });
  db.exec('VACUUM');
  db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
  return deleted;
}

function privately(db: DatabaseSync, work: () => number): number {
  db.exec('PRAGMA secure_delete = ON');
  try {
    const result = inTransaction(db, work);
    // Copy the zeroed pages into the main file and empty the WAL, which still holds the old page images.
    db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    return result;
  } finally {
    db.exec('PRAGMA secure_delete = OFF');
  }
}
