// The 200-switch run the compositor benches share: every source in its own process watches the same switches
// (made by `switchTo`), then CPU, switches seen and latency are printed against issue 14's targets.
import {
  analyse,
  cpuSeconds,
  MAX_DWELL_MS,
  MIN_DWELL_MS,
  percentile,
  schedule,
  sleep,
  startSource,
  stopSources,
  waitReady,
  type Line,
  type SourceProcess,
} from './measure.ts';
import { QUIET_SECONDS, runQuietStretch } from './quiet-stretch.ts';

export const SWITCHES = Number(process.env['BENCH_SWITCHES'] ?? 200);

export interface SwitchBench {
  /** The event-driven source first, then the pollers: [kind for source-child.ts, name printed]. */
  kinds: readonly (readonly [string, string])[];
  /** The app each window reports (what a switch to it must be seen as). */
  apps: readonly string[];
  env: NodeJS.ProcessEnv;
  /**
   * Makes the compositor activate the window of `app`; resolves when the request was made, with the moment the
   * compositor carried it out (ms since epoch) when it can say so (latency is then measured from there too).
   */
  switchTo: (app: string) => Promise<number | void>;
}

export interface SwitchRun {
  /** Each switch: the app and the moment its request was made (ms since epoch). */
  switches: { app: string; at: number }[];
  /** What each source process printed, in the order of `kinds`. */
  lines: Line[][];
}

export async function runSwitchBench({ kinds, apps, env, switchTo }: SwitchBench): Promise<SwitchRun> {
  const sources: SourceProcess[] = [];
  try {
    for (const [kind] of kinds) sources.push(startSource(kind, env));
    for (const s of sources) await waitReady(s);
    await sleep(2_000); // let start-up work (module loading, first poll) finish before measuring
    const cpuStart = await Promise.all(sources.map((s) => cpuSeconds(s, 'start')));

    const switches: { app: string; at: number }[] = [];
    const requests: number[] = [];
    const applied: { app: string; at: number }[] = [];
    const wallStart = performance.now();
    for (const { target, dwell } of schedule(SWITCHES, apps.length)) {
      const app = apps[target]!;
      const at = performance.timeOrigin + performance.now();
      const carriedOut = await switchTo(app);
      requests.push(performance.timeOrigin + performance.now() - at);
      switches.push({ app, at });
      if (typeof carriedOut === 'number') applied.push({ app, at: carriedOut });
      await sleep(dwell);
    }
    const end = performance.timeOrigin + performance.now();
    const wallSeconds = (performance.now() - wallStart) / 1_000;
    const cpuEnd = await Promise.all(sources.map((s) => cpuSeconds(s, 'end')));
    const cpu = sources.map((_, i) => cpuEnd[i]! - cpuStart[i]!);
    const results = sources.map((s) => analyse(s, switches, end));
    requests.sort((a, b) => a - b);
    console.log(
      `${SWITCHES} switches over ${wallSeconds.toFixed(1)} s (dwell ${MIN_DWELL_MS}–${MAX_DWELL_MS} ms)`,
    );
    console.log(
      `the switch request itself (included in the latencies): p50 ${percentile(requests, 50).toFixed(1)} ms, ` +
        `p95 ${percentile(requests, 95).toFixed(1)} ms`,
    );
    console.log('source            CPU s (self+children)   switches seen   latency p50   latency p95');
    for (const [i, [, name]] of kinds.entries()) {
      const r = results[i]!;
      console.log(
        `${name.padEnd(18)}${cpu[i]!.toFixed(3).padStart(10)}        ${`${r.seen}/${SWITCHES}`.padStart(12)}   ` +
          `${r.p50.toFixed(1).padStart(8)} ms   ${r.p95.toFixed(1).padStart(8)} ms`,
      );
    }
    if (applied.length === switches.length) {
      const fromCompositor = analyse(sources[0]!, applied, end);
      console.log(
        `${kinds[0]![1]} latency from the moment the compositor switched: p50 ${fromCompositor.p50.toFixed(1)} ms, ` +
          `p95 ${fromCompositor.p95.toFixed(1)} ms (${fromCompositor.seen}/${SWITCHES})`,
      );
    }
    const events = results[0]!;
    const eventName = kinds[0]![1];
    for (const [i, [, name]] of kinds.entries()) {
      if (i === 0) continue;
      const ratio = cpu[i]! / cpu[0]!;
      console.log(
        `CPU ratio ${name}/events: ${ratio.toFixed(1)}× (target ≥ 10×: ${(ratio / 10).toFixed(2)} of target)`,
      );
    }
    console.log(`${eventName} switches seen: ${((100 * events.seen) / SWITCHES).toFixed(1)}% (target 100%)`);
    console.log(
      `${eventName} latency p95: ${events.p95.toFixed(1)} ms (target < 50 ms: ${(events.p95 / 50).toFixed(2)} of budget)`,
    );
    if (QUIET_SECONDS > 0) {
      const quiet = await runQuietStretch(sources, apps, switches.at(-1)!.app, switchTo);
      console.log(
        `quiet stretch (a separate measure): ${quiet.seconds.toFixed(1)} s with a switch every 30 s ` +
          `(${quiet.switches} switches, ${kinds[0]![1]} saw ${quiet.seen})`,
      );
      for (const [i, [, name]] of kinds.entries()) {
        const perSwitchUs = ((cpu[i]! - (quiet.cpu[i]! / quiet.seconds) * wallSeconds) / SWITCHES) * 1e6;
        console.log(
          `  ${name.padEnd(18)} CPU ${quiet.cpu[i]!.toFixed(3)} s (${((1e3 * quiet.cpu[i]!) / quiet.seconds).toFixed(2)} ms/s)` +
            (i === 0
              ? `; in the 200-switch run above its quiet rate, ${perSwitchUs.toFixed(0)} µs per switch`
              : `; ratio ${name}/events ${(quiet.cpu[i]! / quiet.cpu[0]!).toFixed(1)}× (target ≥ 10×)`),
        );
      }
    }
    return { switches, lines: sources.map((s) => s.lines) };
  } finally {
    await stopSources(sources);
  }
}
