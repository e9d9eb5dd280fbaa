import type { PauseEntry, PausesReport } from '../../shared/contract/reports.ts';
import type { StoredEvent } from '../../shared/domain/usage.ts';
import type { Span } from './intervals.ts';

type PauseEvent = Extract<StoredEvent, { kind: 'pause' }>;

/**
 * The pauses within `range` (cut at its edges), oldest first, and their time per reason. A pause without a
 * reason is grouped under null, so "no reason given" is visible rather than hidden.
 */
export function pausesReport(pauses: readonly PauseEvent[], range: Span): PausesReport {
  const entries: PauseEntry[] = [];
  for (const pause of [...pauses].sort((a, b) => a.start - b.start)) {
    const start = Math.max(pause.start, range.start);
    const end = Math.min(pause.start + pause.duration, range.end);
    if (end <= start) continue;
    const entry: PauseEntry = { start, end, scope: pause.data.scope };
    const reason = pause.data.reason?.trim();
    if (reason) entry.reason = reason;
    if (pause.data.profileId !== undefined) entry.profileId = pause.data.profileId;
    entries.push(entry);
  }
  const byReason = new Map<string | null, { reason: string | null; count: number; ms: number }>();
  for (const entry of entries) {
    const key = entry.reason ?? null;
    const group = byReason.get(key) ?? { reason: key, count: 0, ms: 0 };
    group.count++;
    group.ms += entry.end - entry.start;
    byReason.set(key, group);
  }
  return {
    pauses: entries,
    totalMs: entries.reduce((sum, e) => sum + e.end - e.start, 0),
    byReason: [...byReason.values()].sort((a, b) => b.ms - a.ms),
  };
}
