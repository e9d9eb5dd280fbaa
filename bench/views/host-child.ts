// One host for the views bench, in its own process: a real SQLite store filled with `years` of synthetic usage
// and a busy today, the services and the host server of the source tree at `root` (this one or the baseline's
// checkout), so both run the same way. Prints one JSON line when ready, then answers commands on stdin:
// `rule-change` (adds a rule, waits for the derived tables to be built again) and `size` (closes, sizes the files).
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { DateTime } from 'luxon';
import type { StoredEvent } from '../../electron/shared/domain/usage.ts';
import type { Settings } from '../../electron/shared/domain/settings.ts';
import { SYNTHETIC_ZONE, syntheticBusyDay, syntheticYears } from '../../test/fixtures/synthetic-year.ts';
import { BENCH_NOW, TODAY_EVENTS } from './bench-data.ts';

const [root, yearsArg] = process.argv.slice(2);
if (!root || !yearsArg) throw new Error('usage: host-child.ts <source root> <years>');
const years = Number(yearsArg);
const from = (path: string) => import(pathToFileURL(join(root, path)).href);

interface Store {
  write(events: StoredEvent[]): void;
  flush(): void;
  close(): void;
}
const { UsageStore } = (await from('electron/main/adapters/storage/usage-store.ts')) as {
  UsageStore: { open(o: { directory: string; maxPendingEvents?: number; flushIntervalMs?: number }): Store };
};
const { composeHostApp } = await from('test/host/compose-host.ts');
const { startHost } = await from('test/host/server.ts');
const { workingWeek } = (await from('test/e2e/seeded-settings.ts')) as {
  workingWeek: (z: string) => Settings;
};

const log = (line: string) => process.stderr.write(`  [${years} y] ${line}\n`);
const directory = mkdtempSync(join(tmpdir(), 'balans-views-bench-'));
const todayStart = DateTime.fromMillis(BENCH_NOW, { zone: SYNTHETIC_ZONE }).startOf('day');

// Every synthetic day before today, then today's busy morning and afternoon up to a minute before "now".
let started = performance.now();
const store = UsageStore.open({ directory, maxPendingEvents: 5000, flushIntervalMs: 600_000 });
let count = 0;
let lastId = 0;
let batch: StoredEvent[] = [];
const add = (event: StoredEvent) => {
  batch.push(event);
  count++;
  if (batch.length === 5000) {
    store.write(batch);
    batch = [];
  }
};
for (const event of syntheticYears(years)) {
  lastId = Number(event.id);
  if (event.start + event.duration <= todayStart.toMillis()) add(event);
}
for (const event of syntheticBusyDay({
  start: todayStart.plus({ hours: 7, minutes: 30 }).toMillis(),
  end: BENCH_NOW - 60_000,
  count: TODAY_EVENTS,
  idsAfter: lastId,
}))
  add(event);
store.write(batch);
store.flush();
store.close();
log(`ingest of ${count} events: ${((performance.now() - started) / 1000).toFixed(1)} s`);

started = performance.now();
const app = composeHostApp({
  clock: { now: () => BENCH_NOW },
  zone: SYNTHETIC_ZONE,
  events: [],
  settings: workingWeek(SYNTHETIC_ZONE),
  directory,
});
await app.ready;
log(`services composed (profiles assigned): ${((performance.now() - started) / 1000).toFixed(1)} s`);

// One-off work after a bulk ingest, not a view figure: the rollup of every year, the derived per-day tables.
started = performance.now();
const lastYear = todayStart.year;
for (let year = lastYear - years + 1; year <= lastYear; year++)
  app.services.reports.getUsageTotals({ from: `${year}-01-01`, to: `${year}-12-31`, unit: 'day' });
log(`rollup built: ${((performance.now() - started) / 1000).toFixed(1)} s`);
let factsBuildMs: number | null = null;
if (app.services.facts) {
  started = performance.now();
  await app.services.facts.refresh();
  factsBuildMs = performance.now() - started;
  log(`derived tables built: ${(factsBuildMs / 1000).toFixed(1)} s`);
}

// BENCH_TRACE=1: how long each contract call took in main, on stderr.
const dispatch: typeof app.dispatch = process.env.BENCH_TRACE
  ? async (name: string, input: unknown) => {
      const start = performance.now();
      const answer = await app.dispatch(name, input);
      log(`${name} ${(performance.now() - start).toFixed(1)} ms`);
      return answer;
    }
  : app.dispatch;
const host = await startHost({
  dispatch,
  events: app.services.events,
  rendererDir: join(root, 'out/renderer'),
});
console.log(JSON.stringify({ url: host.url, events: count, factsBuildMs }));

const dataBytes = () =>
  readdirSync(directory)
    .filter((f) => f.startsWith('usage.sqlite'))
    .reduce((sum, f) => sum + statSync(join(directory, f)).size, 0);

for await (const command of createInterface({ input: process.stdin })) {
  if (command === 'rule-change') {
    // A rule a user would add: it re-colours history, so every day's facts are built again.
    const settings = app.services.settings.effectiveSettings() as Settings;
    const delay = monitorEventLoopDelay({ resolution: 5 });
    delay.enable();
    const start = performance.now();
    const answer = await app.dispatch('setRules', {
      rules: [...settings.rules, { field: 'app', match: 'exact', pattern: 'Spotify', category: 'work' }],
    });
    if (!answer.ok) throw new Error(`setRules: ${JSON.stringify(answer)}`);
    const answeredMs = performance.now() - start;
    await app.services.facts?.refresh();
    const rebuildMs = performance.now() - start;
    delay.disable();
    console.log(
      JSON.stringify({
        answeredMs,
        rebuildMs,
        loopMaxMs: delay.max / 1e6,
        loopP99Ms: delay.percentile(99) / 1e6,
      }),
    );
  } else if (command === 'size') {
    await host.close();
    app.close(); // checkpoints the WAL into the file
    console.log(JSON.stringify({ bytes: dataBytes(), events: count }));
  } else if (command === 'exit') {
    rmSync(directory, { recursive: true, force: true });
    process.exit(0);
  }
}
