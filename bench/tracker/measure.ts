// What the tracker benchmarks share: a window source in its own process (so its CPU is measured alone), the
// repeatable switch schedule, and the analysis of what each source saw.
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { waitFor } from '../../test/support/wait-for.ts';

export const MIN_DWELL_MS = 300;
export const MAX_DWELL_MS = 1_500;
const CLOCK_TICKS_PER_SECOND = 100; // getconf CLK_TCK on Linux
/** An observation up to this long after the next switch request still belongs to the previous switch. */
const LATE_SLACK_MS = 20;

export interface Line {
  type: string;
  at?: number;
  app?: string;
  tag?: string;
  reason?: string;
  selfUs?: number;
  childrenTicks?: number;
}

export interface SourceProcess {
  kind: string;
  child: ChildProcess;
  lines: Line[];
}

/** Starts bench/tracker/source-child.ts for `kind` with `env`; BENCH_CPU_PROF=<dir> profiles it into dir. */
export function startSource(kind: string, env: NodeJS.ProcessEnv): SourceProcess {
  const script = fileURLToPath(new URL('./source-child.ts', import.meta.url));
  const profile = process.env['BENCH_CPU_PROF'];
  const flags = profile
    ? ['--cpu-prof', `--cpu-prof-dir=${profile}`, `--cpu-prof-name=${kind}.cpuprofile`]
    : [];
  const child = spawn(process.execPath, [...flags, script, kind], {
    env,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines: Line[] = [];
  createInterface({ input: child.stdout! }).on('line', (line) => lines.push(JSON.parse(line) as Line));
  return { kind, child, lines };
}

export async function waitReady(source: SourceProcess): Promise<void> {
  await waitFor(`${source.kind} source ready`, () => source.lines.some((l) => l.type === 'ready'), 20_000);
  const unavailable = source.lines.find((l) => l.type === 'unavailable');
  if (unavailable) throw new Error(`${source.kind}: ${unavailable.reason}`);
}

/** Asks a source process for its CPU reading and returns seconds of CPU (itself + its children). */
export async function cpuSeconds(source: SourceProcess, tag: string): Promise<number> {
  source.child.stdin!.write(`cpu ${tag}\n`);
  const line = await waitFor(`${source.kind} CPU reading`, () =>
    source.lines.find((l) => l.type === 'cpu' && l.tag === tag),
  );
  return line.selfUs! / 1e6 + line.childrenTicks! / CLOCK_TICKS_PER_SECOND;
}

export async function stopSources(sources: SourceProcess[]): Promise<void> {
  for (const s of sources) {
    s.child.stdin?.write('stop\n');
    s.child.stdin?.end();
  }
  await Promise.all(
    sources.map((s) =>
      s.child.exitCode !== null ? undefined : new Promise((resolve) => s.child.once('exit', resolve)),
    ),
  );
}

/** Nearest-rank percentile of a sorted list. */
export const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

/** Pseudo-random but repeatable dwell times and targets (a linear congruential generator). */
export function* schedule(count: number, windows: number): Generator<{ target: number; dwell: number }> {
  let seed = 42;
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  let current = 0;
  for (let i = 0; i < count; i++) {
    current = (current + 1 + Math.floor(next() * (windows - 1))) % windows;
    yield { target: current, dwell: MIN_DWELL_MS + Math.round(next() * (MAX_DWELL_MS - MIN_DWELL_MS)) };
  }
}

/** How many switches a source saw (an observation of the right app before the next switch) and how fast. */
export function analyse(source: SourceProcess, switches: { app: string; at: number }[], end: number) {
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

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
