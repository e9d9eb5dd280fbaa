// Issue 13: a kill -9 during a rebuild of the per-day facts leaves the raw events intact, and the next start builds
// the rest, ending with facts equal to what the raw events give. The rebuild runs in a real child process on a
// real SQLite file; the kill is SIGKILL, not a simulated stop.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { UsageStore } from '../../../electron/main/adapters/storage/usage-store.ts';
import { scheduledIntervals } from '../../../electron/core/schedule/scheduled-intervals.ts';
import { createFactsService } from '../../../electron/main/services/facts-service.ts';
import type { DayFacts } from '../../../electron/core/reports/day-facts.ts';
import { SYNTHETIC_ZONE, syntheticYear } from '../../fixtures/synthetic-year.ts';
import { REBUILD_DAYS, REBUILD_NOW, rebuildHost } from './rebuild-clock.ts';
import { runUntilKilled } from '../../support/kill-child.ts';

const CHILD = fileURLToPath(new URL('./rebuild-child.ts', import.meta.url));

/** Starts the child and SIGKILLs it once it has built `atLeast` days (and before it has built them all). */
async function rebuildAndKill(directory: string, atLeast: number): Promise<{ done: number; total: number }> {
  let seen = { done: 0, total: 0 };
  await runUntilKilled(CHILD, [directory], (line) => {
    const match = /^built (\d+) of (\d+)$/.exec(line);
    if (match) seen = { done: Number(match[1]), total: Number(match[2]) };
    return seen.done >= atLeast;
  });
  return seen;
}

describe('a kill -9 during the facts rebuild', () => {
  it('keeps every raw event, and the next start builds facts equal to the raw events', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'balans-facts-kill-'));
    try {
      const seeded = UsageStore.open({ directory });
      // Recorded with their profile, as the tracker records them now (so the once-only backfill, which splits old
      // events at the schedule's edges, has nothing to do and the event count is the one written).
      seeded.write(
        [...syntheticYear({ days: REBUILD_DAYS })].map((e) =>
          e.kind === 'window' ? { ...e, data: { ...e.data, profileId: 'private' } } : e,
        ),
      );
      seeded.flush();
      const eventCount = seeded.eventsBetween('window', 0, Number.MAX_SAFE_INTEGER).length;
      seeded.close();

      const killed = await rebuildAndKill(directory, 14);
      // Killed in the middle: some days were built, not all.
      expect(killed.done).toBeGreaterThanOrEqual(14);
      expect(killed.done).toBeLessThan(killed.total);

      const after = UsageStore.open({ directory });
      expect(after.integrityCheck()).toBe('ok');
      expect(after.eventsBetween('window', 0, Number.MAX_SAFE_INTEGER)).toHaveLength(eventCount);
      const first = DateTime.fromMillis(after.firstEventStart()!, { zone: SYNTHETIC_ZONE }).toISODate()!;
      const yesterday = DateTime.fromMillis(REBUILD_NOW, { zone: SYNTHETIC_ZONE })
        .minus({ days: 1 })
        .toISODate()!;
      const builtBefore = after.builtFactDays(first, yesterday).size;
      after.close();
      expect(builtBefore).toBeGreaterThan(0);

      // The next start: the services pick the rebuild up where the kill left it.
      const app = rebuildHost(directory);
      try {
        await app.services.facts.refresh();
        const { store, services } = app;
        expect(await store.eventsBetween('window', 0, Number.MAX_SAFE_INTEGER)).toHaveLength(eventCount);
        expect((await store.builtFactDays(first, yesterday)).size).toBe(killed.total);
        const raw = createFactsService({
          store,
          clock: { now: () => REBUILD_NOW },
          settings: () => services.settings.effectiveSettings(),
          categorise: (o) => services.settings.rules().categorise(o),
          intervals: (from, to) => scheduledIntervals(services.settings.effectiveSettings(), from, to),
          raw: true,
        });
        // The order of a day's totals is the order rows come back in; the facts are the same either way.
        const inOrder = (days: DayFacts[]) =>
          days.map((d) => ({ ...d, totals: d.totals.map((t) => JSON.stringify(t)).sort() }));
        const kept = await services.facts.days(first, yesterday);
        expect(inOrder(kept)).toEqual(inOrder(await raw.days(first, yesterday)));
      } finally {
        app.close();
      }
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  }, 120_000);
});
