// Views bench (issue 13): click to chart in Chromium against the real services, on the synthetic year and on a
// five-year store, for this code and for the code before issue 13 (BASELINE_COMMIT) measured in the same run.
// Each host runs in its own process (bench/views/host-child.ts). Environment: BENCH_RUNS (default 9, after one
// warm-up), BENCH_YEARS (default "1,5"), BENCH_BASELINE=0 to leave the baseline out.
import { execFileSync, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { loadavg } from 'node:os';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { DateTime } from 'luxon';
import { launchChromium } from '../test/support/browser.ts';
import { SYNTHETIC_ZONE } from '../test/fixtures/synthetic-year.ts';
import { BASELINE_COMMIT, prepareBaseline } from './views/baseline.ts';
import { BENCH_NOW } from './views/bench-data.ts';
import { measureViews, pingDuring, type ViewTimings } from './views/click-to-chart.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const child = fileURLToPath(new URL('./views/host-child.ts', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const YEARS = (process.env.BENCH_YEARS ?? '1,5').split(',').map(Number);
const WITH_BASELINE = process.env.BENCH_BASELINE !== '0';

const TARGETS: Record<keyof ViewTimings, { label: string; ms: number }> = {
  weekFirst: { label: 'Week first render', ms: 150 },
  weekChange: { label: 'Week range change (previous week)', ms: 80 },
  monthFirst: { label: 'Month first render (Week → Month)', ms: 250 },
  monthChange: { label: 'Month range change (previous month)', ms: 150 },
  yearFirst: { label: 'Year view first render (Month → Year)', ms: 400 },
  todayFirst: { label: `Today first render (today's 2,000 events)`, ms: 150 },
};
const REBUILD_TARGET_MS = 3000;
const BYTES_TARGET = 80;

/** A host process: its first line says where it serves; later lines answer commands. */
class Host {
  private readonly process: ChildProcessWithoutNullStreams;
  private readonly lines: AsyncIterator<string>;
  constructor(source: string, years: number) {
    this.process = spawn(process.execPath, [child, source, String(years)], {
      stdio: ['pipe', 'pipe', 'inherit'],
    }) as unknown as ChildProcessWithoutNullStreams;
    this.lines = createInterface({ input: this.process.stdout })[Symbol.asyncIterator]();
  }
  async next<T>(): Promise<T> {
    const line = await this.lines.next();
    if (line.done) throw new Error('The bench host ended early');
    return JSON.parse(line.value) as T;
  }
  async ask<T>(command: string): Promise<T> {
    this.process.stdin.write(`${command}\n`);
    return this.next<T>();
  }
  async end(): Promise<void> {
    const exited = new Promise((resolve) => this.process.once('exit', resolve));
    this.process.stdin.write('exit\n');
    await exited;
  }
}

const sorted = (values: readonly number[]) => [...values].sort((a, b) => a - b);
const median = (values: readonly number[]) => {
  const s = sorted(values);
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const worst = (values: readonly number[]) => Math.max(...values);
const ms = (value: number) => `${value.toFixed(0)} ms`;

interface Run {
  timings: ViewTimings;
  rebuild?: { answeredMs: number; rebuildMs: number; loopMaxMs: number; loopP99Ms: number; pings: number[] };
  bytesPerEvent: number;
  events: number;
}

async function runHost(source: string, years: number, current: boolean): Promise<Run> {
  const host = new Host(source, years);
  const { url, events } = await host.next<{ url: string; events: number }>();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const now = DateTime.fromMillis(BENCH_NOW, { zone: SYNTHETIC_ZONE });
    const timings = await measureViews(page, url, {
      runs: RUNS,
      hasYear: current,
      today: now.toISODate()!,
      monday: now.startOf('week').toISODate()!,
    });
    let rebuild: Run['rebuild'];
    if (current) {
      const answer = host.ask<Omit<NonNullable<Run['rebuild']>, 'pings'>>('rule-change');
      const pings = await pingDuring(page, answer);
      rebuild = { ...(await answer), pings };
    }
    await page.close();
    const size = await host.ask<{ bytes: number; events: number }>('size');
    return { timings, rebuild, bytesPerEvent: size.bytes / size.events, events };
  } finally {
    await browser.close();
    await host.end();
  }
}

function print(years: number, now: Run, before: Run | null): void {
  console.log(`\n### ${years === 1 ? 'synthetic year' : `${years}-year store`}: ${now.events} events`);
  console.log(
    `| measure | target | median | worst | median / target | before (${BASELINE_COMMIT}) median, worst | ratio now / before |`,
  );
  console.log('|---|---|---|---|---|---|---|');
  for (const key of Object.keys(TARGETS) as (keyof ViewTimings)[]) {
    const { label, ms: target } = TARGETS[key];
    const values = now.timings[key]!;
    const old = before?.timings[key];
    const met =
      worst(values) <= target ? 'met' : median(values) <= target ? 'median met, worst missed' : 'MISSED';
    const baseline =
      before === null
        ? 'not run'
        : old
          ? `${ms(median(old))}, ${ms(worst(old))}`
          : 'n/a (no Year view before)';
    const ratio = old ? `${(median(values) / median(old)).toFixed(2)}×` : 'n/a';
    console.log(
      `| ${label} (n=${values.length}) | ≤ ${target} ms | ${ms(median(values))} | ${ms(worst(values))} | ` +
        `${(median(values) / target).toFixed(2)}× (${met}) | ${baseline} | ${ratio} |`,
    );
  }
  if (process.env.BENCH_VERBOSE) {
    for (const [key, values] of Object.entries(now.timings))
      console.log(`  ${key}: ${(values as number[] | null)?.map((v) => v.toFixed(0)).join(', ')}`);
  }
  if (now.rebuild) {
    const r = now.rebuild;
    const pings = sorted(r.pings);
    console.log(
      `derived-table rebuild after a rule change (${years} year${years > 1 ? 's' : ''}): ${ms(r.rebuildMs)} ` +
        `(setRules answered in ${ms(r.answeredMs)}); per year ${ms(r.rebuildMs / years)}, target ≤ ${REBUILD_TARGET_MS} ms ` +
        `→ ${(r.rebuildMs / years / REBUILD_TARGET_MS).toFixed(2)}×; meanwhile main's event-loop delay max ` +
        `${r.loopMaxMs.toFixed(1)} ms, p99 ${r.loopP99Ms.toFixed(1)} ms; a UI call's round trip (n=${pings.length}) ` +
        `median ${ms(median(pings))}, max ${ms(worst(pings))}`,
    );
  }
  console.log(
    `store size per event, derived tables included: ${now.bytesPerEvent.toFixed(1)} B (target < ${BYTES_TARGET} B → ` +
      `${(now.bytesPerEvent / BYTES_TARGET).toFixed(2)}×)${before ? `; before: ${before.bytesPerEvent.toFixed(1)} B` : ''}`,
  );
}

export default async function bench(): Promise<void> {
  console.log(
    `load average at start: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(', ')}`,
  );
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
  const baseline = WITH_BASELINE ? prepareBaseline(root) : null;
  for (const years of YEARS) {
    const now = await runHost(root, years, true);
    const before = baseline ? await runHost(baseline, years, false) : null;
    print(years, now, before);
    console.log(
      `load average now: ${loadavg()
        .map((l) => l.toFixed(2))
        .join(', ')}`,
    );
  }
}
