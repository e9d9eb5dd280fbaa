// Tracker CPU: the event-driven X11 source vs get-windows polled at 1 Hz, each in its own process, watching the
// same 200 window switches under Xvfb + openbox. Targets (issue 4): ≥ 10× less CPU, 100% of switches seen,
// detection latency p95 < 50 ms.
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { startXServer, type XServer } from '../test/support/x-server.ts';
import { waitFor } from '../test/support/wait-for.ts';
import { connectSwitcher } from './tracker/switcher.ts';

const SWITCHES = Number(process.env['BENCH_SWITCHES'] ?? 200);
const MIN_DWELL_MS = 300;
const MAX_DWELL_MS = 1_500;
const CLASSES = ['BenchA', 'BenchB', 'BenchC', 'BenchD'];
const CLOCK_TICKS_PER_SECOND = 100; // getconf CLK_TCK on Linux
/** An observation up to this long after the next switch request still belongs to the previous switch. */
const LATE_SLACK_MS = 20;

interface Line {
  type: string;
  at?: number;
  app?: string;
  tag?: string;
  selfUs?: number;
  childrenTicks?: number;
}

interface SourceProcess {
  kind: string;
  child: ChildProcess;
  lines: Line[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function startSource(kind: 'x11' | 'polled', x: XServer): SourceProcess {
  const script = fileURLToPath(new URL('./tracker/source-child.ts', import.meta.url));
  const child = spawn(process.execPath, [script, kind], { env: x.env, stdio: ['pipe', 'pipe', 'inherit'] });
  const lines: Line[] = [];
  createInterface({ input: child.stdout! }).on('line', (line) => lines.push(JSON.parse(line) as Line));
  return { kind, child, lines };
}

/** Asks a source process for its CPU reading and returns seconds of CPU (itself + its children). */
async function cpuSeconds(source: SourceProcess, tag: string): Promise<number> {
  source.child.stdin!.write(`cpu ${tag}\n`);
  const line = await waitFor(`${source.kind} CPU reading`, () =>
    source.lines.find((l) => l.type === 'cpu' && l.tag === tag),
  );
  return line.selfUs! / 1e6 + line.childrenTicks! / CLOCK_TICKS_PER_SECOND;
}

/** Nearest-rank percentile of a sorted list. */
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

/** Pseudo-random but repeatable dwell times and targets (a linear congruential generator). */
function* schedule(count: number): Generator<{ target: number; dwell: number }> {
  let seed = 42;
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  let current = 0;
  for (let i = 0; i < count; i++) {
    current = (current + 1 + Math.floor(next() * (CLASSES.length - 1))) % CLASSES.length;
    yield { target: current, dwell: MIN_DWELL_MS + Math.round(next() * (MAX_DWELL_MS - MIN_DWELL_MS)) };
  }
}

function analyse(source: SourceProcess, switches: { app: string; at: number }[], end: number) {
  const observations = source.lines.filter((l) => l.type === 'obs');
  const latencies: number[] = [];
  for (const [i, s] of switches.entries()) {
    const until = (switches[i + 1]?.at ?? end) + LATE_SLACK_MS;
    const hit = observations.find((o) => o.app === s.app && o.at! >= s.at && o.at! < until);
    if (hit) latencies.push(hit.at! - s.at);
  }
  latencies.sort((a, b) => a - b);
  return { seen: latencies.length, p50: percentile(latencies, 50), p95: percentile(latencies, 95) };
}

export default async function trackerBench(): Promise<void> {
  const x = await startXServer();
  const terminals: ChildProcess[] = [];
  const sources: SourceProcess[] = [];
  try {
    const windows: number[] = [];
    for (const cls of CLASSES) {
      terminals.push(
        spawn('xterm', ['-class', cls, '-T', cls, '-e', 'sleep', '3600'], { env: x.env, stdio: 'ignore' }),
      );
      const id = await waitFor(
        `xterm ${cls}`,
        async () =>
          (await x.exec('xdotool', ['search', '--onlyvisible', '--class', cls]).catch(() => ''))
            .split('\n')
            .filter(Boolean)[0],
      );
      windows.push(Number(id));
    }
    const switcher = await connectSwitcher(x.display);
    const x11 = startSource('x11', x);
    const polled = startSource('polled', x);
    sources.push(x11, polled);
    for (const s of sources)
      await waitFor(`${s.kind} source ready`, () => s.lines.some((l) => l.type === 'ready'), 20_000);
    await sleep(2_000); // let start-up work (module loading, first poll) finish before measuring
    const cpuStart = [await cpuSeconds(x11, 'start'), await cpuSeconds(polled, 'start')];

    const switches: { app: string; at: number }[] = [];
    const wallStart = performance.now();
    for (const { target, dwell } of schedule(SWITCHES)) {
      switches.push({ app: CLASSES[target]!, at: switcher.activate(windows[target]!) });
      await sleep(dwell);
    }
    const end = performance.timeOrigin + performance.now();
    const wallSeconds = (performance.now() - wallStart) / 1_000;
    const cpuEnd = [await cpuSeconds(x11, 'end'), await cpuSeconds(polled, 'end')];
    await switcher.close();

    const [x11Cpu, polledCpu] = [cpuEnd[0]! - cpuStart[0]!, cpuEnd[1]! - cpuStart[1]!];
    const results = [analyse(x11, switches, end), analyse(polled, switches, end)];
    console.log(
      `${SWITCHES} switches over ${wallSeconds.toFixed(1)} s (dwell ${MIN_DWELL_MS}–${MAX_DWELL_MS} ms)`,
    );
    console.log('source        CPU s (self+children)   switches seen   latency p50   latency p95');
    for (const [i, name] of ['x11 events', 'get-windows 1Hz'].entries()) {
      const r = results[i]!;
      const cpu = i === 0 ? x11Cpu : polledCpu;
      console.log(
        `${name.padEnd(16)}${cpu.toFixed(3).padStart(10)}        ${`${r.seen}/${SWITCHES}`.padStart(12)}   ` +
          `${r.p50.toFixed(1).padStart(8)} ms   ${r.p95.toFixed(1).padStart(8)} ms`,
      );
    }
    const ratio = polledCpu / x11Cpu;
    const x11Result = results[0]!;
    console.log(
      `CPU ratio polled/x11: ${ratio.toFixed(1)}× (target ≥ 10×: ${(ratio / 10).toFixed(2)} of target)`,
    );
    console.log(`x11 switches seen: ${((100 * x11Result.seen) / SWITCHES).toFixed(1)}% (target 100%)`);
    console.log(
      `x11 latency p95: ${x11Result.p95.toFixed(1)} ms (target < 50 ms: ${(x11Result.p95 / 50).toFixed(2)} of budget)`,
    );
  } finally {
    for (const s of sources) {
      s.child.stdin?.write('stop\n');
      s.child.stdin?.end();
    }
    await Promise.all(sources.map((s) => new Promise((resolve) => s.child.once('exit', resolve))));
    for (const t of terminals) t.kill();
    await x.stop();
  }
}
