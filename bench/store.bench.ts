// Store benchmark on one synthetic year: ingest rate, bytes per event, and report latency (day timeline,
// week summary, a year of daily totals per category). Targets from issue 4.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { manualClock } from '../electron/core/clock.ts';
import { UsageStore } from '../electron/main/adapters/storage/usage-store.ts';
import { createReportService } from '../electron/main/services/report-service.ts';
import type { StoredEvent } from '../electron/shared/domain/usage.ts';
import { inThreadStore } from '../test/support/in-thread-store.ts';
import {
  SYNTHETIC_START,
  SYNTHETIC_ZONE,
  syntheticCategorise,
  syntheticYear,
} from '../test/fixtures/synthetic-year.ts';

const TARGETS = { weekMs: 20, yearMs: 150, bytesPerEvent: 120 };

async function timeMs(work: () => unknown): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

/** Median of `runs` timings after one warm-up call. */
async function medianMs(runs: number, work: () => unknown): Promise<number> {
  await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await timeMs(work));
  return times.sort((a, b) => a - b)[runs >> 1]!;
}

const fileBytes = (path: string) => {
  let total = 0;
  for (const suffix of ['', '-wal', '-shm']) {
    try {
      total += statSync(path + suffix).size;
    } catch {
      // that file does not exist right now
    }
  }
  return total;
};

export default async function bench(): Promise<void> {
  const directory = mkdtempSync(join(tmpdir(), 'balans-store-bench-'));
  try {
    const events: StoredEvent[] = [...syntheticYear()];
    console.log(`synthetic year: ${events.length} events`);

    // Ingest through the UsageSink in batches, as the app writes them (only much faster than real life).
    let store = UsageStore.open({ directory, maxPendingEvents: 5000, flushIntervalMs: 60_000 });
    const ingestMs = await timeMs(() => {
      for (let i = 0; i < events.length; i += 1000) store.write(events.slice(i, i + 1000));
      store.flush();
    });
    console.log(
      `ingest: ${Math.round(events.length / (ingestMs / 1000))} events/s (${(ingestMs / 1000).toFixed(1)} s)`,
    );
    store.close(); // checkpoints the WAL into the main file
    const rawBytes = fileBytes(store.path) / events.length;
    console.log(`bytes per event (events only): ${rawBytes.toFixed(1)}`);

    store = UsageStore.open({ directory });
    const clock = manualClock(SYNTHETIC_START + 400 * 86_400_000);
    // The store's own speed, on this thread (bench/event-loop.bench.ts measures it in its worker).
    const reports = createReportService({
      store: inThreadStore(store),
      clock,
      zone: () => SYNTHETIC_ZONE,
      categorise: syntheticCategorise,
      intervals: () => [],
    });
    const first = DateTime.fromMillis(SYNTHETIC_START, { zone: SYNTHETIC_ZONE });
    const date = (days: number) => first.plus({ days }).toISODate()!;
    const year = { from: date(0), to: date(364), unit: 'day' as const };

    const rollupMs = await timeMs(() => reports.getUsageTotals(year));
    console.log(`first year query (builds the rollup for every day): ${rollupMs.toFixed(0)} ms (one-off)`);
    store.close();
    const allBytes = fileBytes(store.path) / events.length;
    console.log(
      `bytes per event (with rollup): ${allBytes.toFixed(1)} (target < ${TARGETS.bytesPerEvent}, ${(allBytes / TARGETS.bytesPerEvent).toFixed(2)}× of target)`,
    );

    store = UsageStore.open({ directory });
    const service = createReportService({
      store: inThreadStore(store),
      clock,
      zone: () => SYNTHETIC_ZONE,
      categorise: syntheticCategorise,
      intervals: () => [],
    });
    const timelineMs = await medianMs(15, () => service.getDayTimeline({ date: date(100) }));
    const weekMs = await medianMs(15, () =>
      service.getUsageTotals({ from: date(98), to: date(104), unit: 'day' }),
    );
    const weekHoursMs = await medianMs(9, () =>
      service.getUsageTotals({ from: date(98), to: date(104), unit: 'hour' }),
    );
    const yearMs = await medianMs(9, () => service.getUsageTotals(year));
    const line = (name: string, ms: number, target?: number) =>
      console.log(
        `${name}: ${ms.toFixed(1)} ms${target ? ` (target < ${target} ms, ${(ms / target).toFixed(2)}× of target)` : ''}`,
      );
    line('day timeline (median of 15)', timelineMs);
    line('week summary, daily totals (median of 15)', weekMs, TARGETS.weekMs);
    line('week summary, hourly totals (median of 9)', weekHoursMs);
    line('year of daily totals per category/app/site (median of 9)', yearMs, TARGETS.yearMs);
    store.close();
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
