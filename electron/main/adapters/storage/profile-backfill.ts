import type { DatabaseSync } from 'node:sqlite';
import { KIND_CODES } from './codes.ts';
import type { ProfileSpan } from './store-protocol.ts';
import type { StringDictionary } from './string-dictionary.ts';

export type { ProfileSpan } from './store-protocol.ts';

interface UnassignedRow {
  id: number;
  start: number;
  duration: number;
  rest: (number | null)[];
}

/**
 * Gives window events recorded without a profile (before the store recorded it) the profile the schedule gives,
 * split at the schedule's edges so each piece belongs to one profile. Runs inside the caller's transaction; returns
 * the [start, end) ranges it changed, for the rollup.
 */
export function backfillProfiles(
  db: DatabaseSync,
  strings: StringDictionary,
  profilesBetween: (from: number, to: number) => ProfileSpan[],
  nextId: () => number,
): { start: number; end: number }[] {
  const rows: UnassignedRow[] = db
    .prepare(
      `SELECT id, start, duration, app, title, site, executable FROM events
       WHERE kind = ${KIND_CODES.window} AND profile IS NULL ORDER BY start`,
    )
    .all()
    .map((r) => ({
      id: Number(r.id),
      start: Number(r.start),
      duration: Number(r.duration),
      rest: [r.app, r.title, r.site, r.executable].map((v) => (v === null ? null : Number(v))),
    }));
  if (rows.length === 0) return [];
  const from = rows[0]!.start;
  // A loop, not Math.max(...rows): a long history has more rows than a call has room for arguments.
  let to = -Infinity;
  for (const r of rows) to = Math.max(to, r.start + Math.max(1, r.duration));
  const spans = profilesBetween(from, to).sort((a, b) => a.start - b.start);
  const update = db.prepare('UPDATE events SET start = ?, duration = ?, profile = ? WHERE id = ?');
  const insert = db.prepare(
    `INSERT INTO events (id, kind, start, duration, app, title, site, executable, profile)
     VALUES (?, ${KIND_CODES.window}, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const changed: { start: number; end: number }[] = [];
  let first = 0;
  for (const row of rows) {
    const end = row.start + row.duration;
    while (first < spans.length && spans[first]!.end <= row.start) first++;
    // An event of no length still belongs to the profile of its instant.
    const pieces = [];
    for (let i = first; i < spans.length && spans[i]!.start < Math.max(end, row.start + 1); i++) {
      const span = spans[i]!;
      const start = Math.max(span.start, row.start);
      pieces.push({ start, end: Math.max(start, Math.min(span.end, end)), profileId: span.profileId });
    }
    if (pieces.length === 0) continue;
    pieces.forEach((piece, index) => {
      const profile = strings.intern(piece.profileId);
      if (index === 0) update.run(piece.start, piece.end - piece.start, profile, row.id);
      else insert.run(nextId(), piece.start, piece.end - piece.start, ...row.rest, profile);
    });
    changed.push({ start: row.start, end });
  }
  return changed;
}
