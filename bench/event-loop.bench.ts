// Main-thread event-loop delay while the Month and Year views are computed on the synthetic year (issue 13,
// item 3): the store on the calling thread, as before, against the store in its worker. The views are asked for
// through the real services; perf_hooks.monitorEventLoopDelay samples the main thread every millisecond meanwhile,
// so a long synchronous stretch (SQL, or a view's own computing) shows as delay. Target: p99 ≤ 20 ms (Year view).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { DateTime } from 'luxon';
import { UsageStore } from '../electron/main/adapters/storage/usage-store.ts';
import { composeHostApp } from '../test/host/compose-host.ts';
import { workingWeek } from '../test/e2e/seeded-settings.ts';
import { SYNTHETIC_ZONE, syntheticYear } from '../test/fixtures/synthetic-year.ts';
import { inThreadStore } from '../test/support/in-thread-store.ts';
import type { StoredEvent } from '../electron/shared/domain/usage.ts';

const RUNS = 9;
const TARGET_P99_MS = 20;
const MONTH = { from: '2024-11-01', to: '2024-11-30' };
const YEAR = 2024;

const nsToMs = (ns: number) => ns / 1e6;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? NaN;

interface Figures {
  p99: number;
  max: number;
  viewMedian: number;
  viewWorst: number;
}

/** Runs `view` RUNS times, one after another, and returns the main thread's delay while it ran and its times. */
async function measure(view: () => Promise<unknown>): Promise<Figures> {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  const times: number[] = [];
  const worst: number[] = [];
  histogram.enable();
  for (let i = 0; i < RUNS; i++) {
    const before = histogram.max;
    const start = performance.now();
    await view();
    times.push(performance.now() - start);
    // Let the sampler's timer run between views, as a user's clicks would.
    await new Promise((resolve) => setTimeout(resolve, 5));
    worst.push(Math.max(0, histogram.max - before));
  }
  histogram.disable();
  if (process.env.BENCH_VERBOSE)
    console.log(
      `  longest delay seen growing per run (ms): ${worst.map((w) => nsToMs(w).toFixed(0)).join(', ')}`,
    );
  return {
    p99: nsToMs(histogram.percentile(99)),
    max: nsToMs(histogram.max),
    viewMedian: median(times),
    viewWorst: Math.max(...times),
  };
}

const line = (label: string, f: Figures, target?: number) =>
  console.log(
    `${label}: event-loop delay p99 ${f.p99.toFixed(1)} ms, max ${f.max.toFixed(1)} ms` +
      `${target ? ` (target p99 ≤ ${target} ms, ${(f.p99 / target).toFixed(2)}× of target)` : ''}; ` +
      `view median ${f.viewMedian.toFixed(0)} ms, worst ${f.viewWorst.toFixed(0)} ms (n=${RUNS})`,
  );

export default async function bench(): Promise<void> {
  const directory = mkdtempSync(join(tmpdir(), 'balans-event-loop-bench-'));
  try {
    // The synthetic year, written straight into the file (the bench is about reading it).
    const ingest = UsageStore.open({ directory, maxPendingEvents: 5000, flushIntervalMs: 60_000 });
    let batch: StoredEvent[] = [];
    let count = 0;
    for (const event of syntheticYear()) {
      batch.push(event);
      if (batch.length === 5000) {
        ingest.write(batch);
        count += batch.length;
        batch = [];
      }
    }
    ingest.write(batch);
    count += batch.length;
    ingest.close();
    console.log(`store: ${count} synthetic events (a year), zone ${SYNTHETIC_ZONE}`);

    const now = DateTime.fromISO('2024-12-18T17:30', { zone: SYNTHETIC_ZONE }).toMillis();
    const results: Record<string, { month: Figures; year: Figures }> = {};
    for (const mode of ['in-thread', 'worker'] as const) {
      const engine = mode === 'in-thread' ? UsageStore.open({ directory }) : null;
      const app = composeHostApp({
        clock: { now: () => now },
        zone: SYNTHETIC_ZONE,
        settings: workingWeek(SYNTHETIC_ZONE),
        directory,
        events: [],
        // The path before the worker: the same store code, run on this thread.
        ...(engine && { source: () => inThreadStore(engine) }),
      });
      try {
        await app.ready;
        // Warm: the rollup and the per-day facts are built once (a one-off after a rule change, not a view).
        await app.services.facts.refresh();
        await app.services.reports.getWeekView(MONTH);
        await app.services.views.getYearView(YEAR);
        const month = await measure(() => app.services.reports.getWeekView(MONTH));
        const year = await measure(() => app.services.views.getYearView(YEAR));
        results[mode] = { month, year };
        line(`${mode}, Month view`, month);
        line(`${mode}, Year view`, year, TARGET_P99_MS);
      } finally {
        app.close();
        engine?.close();
      }
    }
    const ratio = (view: 'month' | 'year') =>
      (results.worker![view].p99 / results['in-thread']![view].p99).toFixed(2);
    console.log(`worker / in-thread p99: Month ${ratio('month')}×, Year ${ratio('year')}×`);
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
