import { DatabaseSync } from 'node:sqlite';
import { DAY_MS, KIND_CODES } from './codes.ts';
import { migrate } from './migrations.ts';
import { inTransaction } from './transaction.ts';

/** Tables copied row by row from a damaged database; the rollup is rebuilt from the events instead. */
const TABLES = ['strings', 'events', 'privacy_settings'] as const;
/** Most range queries tried on a damaged file: enough to step around a few bad pages, bounded on a wrecked one. */
const MAX_QUERIES = 20_000;

/**
 * Builds a fresh database at `freshPath` with every row that can still be read from the damaged one (moved aside
 * already). Rows are read by rowid range; a range that hits a bad page is split until the readable rows around it
 * are found. Returns how many events were recovered. Never throws for what the damaged file holds.
 */
export function salvageInto(damagedPath: string, freshPath: string): number {
  let source: DatabaseSync;
  try {
    source = new DatabaseSync(damagedPath, { readOnly: true });
  } catch {
    return 0;
  }
  const target = new DatabaseSync(freshPath);
  try {
    target.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;');
    migrate(target);
    let events = 0;
    inTransaction(target, () => {
      for (const table of TABLES) {
        const copied = copyTable(source, target, table);
        if (table === 'events') events = copied;
      }
      fillMissingStrings(target);
      // The longest event per kind bounds every range query: derived from what was recovered, never copied.
      target.exec(
        'INSERT OR REPLACE INTO kind_extent (kind, max_duration) SELECT kind, max(duration) FROM events GROUP BY kind',
      );
      markEveryDayDirty(target);
    });
    return events;
  } catch {
    return 0;
  } finally {
    source.close();
    target.close();
  }
}

function copyTable(source: DatabaseSync, target: DatabaseSync, table: string): number {
  const columns = target
    .prepare(`PRAGMA table_info(${table})`)
    .all()
    .map((row) => String(row.name));
  let select;
  let bounds;
  try {
    select = source.prepare(`SELECT ${columns.join(', ')} FROM ${table} WHERE rowid >= ? AND rowid < ?`);
    bounds = source.prepare(`SELECT min(rowid) AS low, max(rowid) AS high FROM ${table}`).get();
  } catch {
    return 0; // the table or its columns cannot be read at all
  }
  if (bounds?.low === null || bounds?.low === undefined) return 0;
  const insert = target.prepare(
    `INSERT OR IGNORE INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
  );
  let copied = 0;
  let queries = 0;
  const copyRange = (low: number, high: number): void => {
    if (low >= high || queries++ > MAX_QUERIES) return;
    let rows;
    try {
      rows = select.all(low, high);
    } catch {
      if (high - low <= 1) return; // this row sits on a bad page
      const middle = low + Math.floor((high - low) / 2);
      copyRange(low, middle);
      copyRange(middle, high);
      return;
    }
    for (const row of rows) {
      insert.run(...columns.map((column) => row[column] ?? null));
      copied++;
    }
  };
  copyRange(Number(bounds.low), Number(bounds.high) + 1);
  return copied;
}

/** An event whose app, title or site string was on a bad page keeps its time under a placeholder name. */
function fillMissingStrings(db: DatabaseSync): void {
  db.exec(`INSERT INTO strings (id, value)
    SELECT ref, '(unreadable ' || ref || ')' FROM (
      SELECT app AS ref FROM events UNION SELECT title FROM events UNION SELECT site FROM events
      UNION SELECT executable FROM events)
    WHERE ref IS NOT NULL AND ref NOT IN (SELECT id FROM strings)`);
}

/** Every day with window or presence events is rolled up again on first read, as after migration 2. */
function markEveryDayDirty(db: DatabaseSync): void {
  const insert = db.prepare('INSERT OR IGNORE INTO rollup_dirty (day) VALUES (?)');
  const rows = db
    .prepare('SELECT start, duration FROM events WHERE kind IN (?, ?)')
    .iterate(KIND_CODES.window, KIND_CODES.presence);
  for (const row of rows) {
    const start = Number(row.start);
    const end = start + Number(row.duration);
    for (let day = Math.floor(start / DAY_MS); day <= Math.floor(end / DAY_MS); day++) insert.run(day);
  }
}
