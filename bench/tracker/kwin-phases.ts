// Where a KWin switch's latency goes: the bench's request (loadScript + start, answered by KWin), KWin compiling and
// running the one-off switch script, the activation itself, KWin's callDBus reaching the bus (seen by
// dbus-monitor when BENCH_TRACE is set) and the source process reporting it. KWin's times are its script engine's
// Date.now(), the others this machine's wall clock as Node reads it (performance.timeOrigin + now()).
import { percentile, type Line } from './measure.ts';

export interface SwitchPhases {
  app: string;
  /** Before the bench's request to KWin. */
  requested: number;
  /** KWin answered the request (loadScript and start, or WindowsRunner's Run). */
  answered: number;
  /** When KWin switched, by its own Date.now() (a switch script before it set the window; a watching script). */
  activated: number;
  /** A switch script's Date.now() after it set the window (KWin emits the activation in between). */
  activatedBy: number;
  /** KWin's report of the switch reached the bench. */
  heard: number;
}

const stats = (values: number[]) => {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  return `p50 ${percentile(sorted, 50).toFixed(1).padStart(6)} ms, p95 ${percentile(sorted, 95).toFixed(1).padStart(6)} ms, max ${(sorted.at(-1) ?? NaN).toFixed(1).padStart(6)} ms`;
};

/** Prints each phase's p50/p95 over all switches; `observed` are the event source's lines, `onBus` dbus-monitor's. */
export function printPhases(phases: SwitchPhases[], observed: Line[], onBus?: number[]): void {
  const obs = observed.filter((l) => l.type === 'obs');
  const reported = phases.map((p, i) => {
    const until = phases[i + 1]?.activated ?? Infinity;
    return obs.find((o) => o.app === p.app && o.at! >= p.activated && o.at! < until)?.at ?? NaN;
  });
  const bus = phases.map((p) => onBus?.find((t) => t >= p.activated - 1) ?? NaN);
  const rows: [string, number[]][] = [
    ['bench request → KWin answered it', phases.map((p) => p.answered - p.requested)],
    ['KWin answered → KWin switched', phases.map((p) => p.activated - p.answered)],
    ['the switch itself (KWin clock)', phases.map((p) => p.activatedBy - p.activated)],
    ['KWin switched → its report heard by the bench', phases.map((p) => p.heard - p.activated)],
    ...(onBus
      ? ([
          ['KWin switched → Activated call on the bus', phases.map((p, i) => bus[i]! - p.activated)],
          ['on the bus → source reported', phases.map((_, i) => reported[i]! - bus[i]!)],
        ] as [string, number[]][])
      : []),
    ['KWin switched → source reported', phases.map((p, i) => reported[i]! - p.activated)],
    ['bench request → source reported', phases.map((p, i) => reported[i]! - p.requested)],
  ];
  console.log('where a KWin switch goes (each phase over all switches):');
  for (const [name, values] of rows) console.log(`  ${name.padEnd(42)} ${stats(values)}`);
}
