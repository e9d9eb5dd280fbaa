// Where a KWin switch's latency goes: the bench's request (loadScript + start, answered by KWin), KWin compiling and
// running the one-off switch script, the activation itself, KWin's callDBus reaching the bus (seen by
// dbus-monitor when BENCH_TRACE is set) and the source process reporting it. KWin's times are its script engine's
// Date.now(), the others this machine's wall clock as Node reads it (performance.timeOrigin + now()).
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { KWIN_TRACKER_INTERFACE } from '../../electron/main/adapters/os/kwin/kwin-script.ts';
import { percentile, type Line } from './measure.ts';

export interface SwitchPhases {
  app: string;
  /** Before the bench's loadScript call. */
  requested: number;
  /** loadScript answered. */
  loaded: number;
  /** start answered. */
  started: number;
  /** The switch script's Date.now() before and after it set the active window (KWin emits the activation inside). */
  before: number;
  after: number;
  /** The script's Ran call reached the bench. */
  heard: number;
}

/** Runs dbus-monitor on the session bus of `env` for the tracker script's Activated calls. */
export function traceTrackerCalls(env: NodeJS.ProcessEnv) {
  const monitor = spawn(
    'dbus-monitor',
    ['--session', '--profile', `type='method_call',interface='${KWIN_TRACKER_INTERFACE}',member='Activated'`],
    { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'ignore'] },
  );
  const times: number[] = [];
  createInterface({ input: monitor.stdout }).on('line', (line) => {
    const [type, seconds] = line.split('\t');
    if (type === 'mc') times.push(Number(seconds) * 1_000);
  });
  return { calls: () => times, stop: () => monitor.kill() };
}

const stats = (values: number[]) => {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  return `p50 ${percentile(sorted, 50).toFixed(1).padStart(6)} ms, p95 ${percentile(sorted, 95).toFixed(1).padStart(6)} ms, max ${(sorted.at(-1) ?? NaN).toFixed(1).padStart(6)} ms`;
};

/** Prints each phase's p50/p95 over all switches; `observed` are the event source's lines, `onBus` dbus-monitor's. */
export function printPhases(phases: SwitchPhases[], observed: Line[], onBus?: number[]): void {
  const obs = observed.filter((l) => l.type === 'obs');
  const reported = phases.map((p, i) => {
    const until = phases[i + 1]?.before ?? Infinity;
    return obs.find((o) => o.app === p.app && o.at! >= p.before && o.at! < until)?.at ?? NaN;
  });
  const bus = phases.map((p) => onBus?.find((t) => t >= p.before - 1) ?? NaN);
  const rows: [string, number[]][] = [
    ['bench request → loadScript answered', phases.map((p) => p.loaded - p.requested)],
    ['loadScript answered → start answered', phases.map((p) => p.started - p.loaded)],
    ['start answered → switch script ran', phases.map((p) => p.before - p.started)],
    ['switch script: activation (KWin clock)', phases.map((p) => p.after - p.before)],
    ['script ran → Ran call heard by the bench', phases.map((p) => p.heard - p.before)],
    ...(onBus
      ? ([
          ['script ran → Activated call on the bus', phases.map((p, i) => bus[i]! - p.before)],
          ['on the bus → source reported', phases.map((_, i) => reported[i]! - bus[i]!)],
        ] as [string, number[]][])
      : []),
    ['script ran → source reported', phases.map((p, i) => reported[i]! - p.before)],
    ['bench request → source reported', phases.map((p, i) => reported[i]! - p.requested)],
  ];
  console.log('where a KWin switch goes (each phase over all switches):');
  for (const [name, values] of rows) console.log(`  ${name.padEnd(42)} ${stats(values)}`);
}
