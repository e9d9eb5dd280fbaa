// Tracker CPU on sway: the event-driven wlroots source vs polling sway once a second — over its IPC socket (the
// cheapest poll) and by running swaymsg (what scripts do) — each in its own process, watching the same 200 focus
// switches between four foot terminals in a headless sway. Targets (issue 14): 100% of switches seen, detection
// latency p95 < 50 ms, ≥ 10× less CPU than polling the same compositor once a second.
import { SwayIpc } from '../electron/main/adapters/os/wayland/sway-ipc.ts';
import { startSway, swayUnavailable } from '../test/support/sway.ts';
import { waitFor } from '../test/support/wait-for.ts';
import {
  analyse,
  cpuSeconds,
  MAX_DWELL_MS,
  MIN_DWELL_MS,
  schedule,
  sleep,
  startSource,
  stopSources,
  waitReady,
  type SourceProcess,
} from './tracker/measure.ts';

const SWITCHES = Number(process.env['BENCH_SWITCHES'] ?? 200);
const APP_IDS = ['bench.a', 'bench.b', 'bench.c', 'bench.d'];
const KINDS = [
  ['wlroots', 'wlroots events'],
  ['sway-ipc-poll', 'sway IPC 1Hz'],
  ['swaymsg-poll', 'swaymsg 1Hz'],
] as const;

export default async function swayTrackerBench(): Promise<void> {
  const missing = swayUnavailable();
  if (missing) {
    console.log(`skipped: ${missing}`);
    return;
  }
  const sway = await startSway();
  const sources: SourceProcess[] = [];
  let ipc: SwayIpc | undefined;
  try {
    for (const [i, appId] of APP_IDS.entries()) {
      sway.client('foot', [`--app-id=${appId}`, `--title=${appId}`, 'sleep', '3600']);
      await waitFor(
        `foot ${appId}`,
        async () =>
          (JSON.stringify(await sway.swaymsg('-t', 'get_tree')).match(/"app_id":"bench/g) ?? []).length > i,
        20_000,
      );
    }
    ipc = await SwayIpc.connect(sway.env['SWAYSOCK']!);
    for (const [kind] of KINDS) sources.push(startSource(kind, { ...process.env, ...sway.env }));
    for (const s of sources) await waitReady(s);
    await sleep(2_000); // let start-up work (module loading, first poll) finish before measuring
    const cpuStart = await Promise.all(sources.map((s) => cpuSeconds(s, 'start')));

    const switches: { app: string; at: number }[] = [];
    const wallStart = performance.now();
    for (const { target, dwell } of schedule(SWITCHES, APP_IDS.length)) {
      const app = APP_IDS[target]!;
      const at = performance.timeOrigin + performance.now();
      await ipc.command(`[app_id="${app}"] focus`);
      switches.push({ app, at });
      await sleep(dwell);
    }
    const end = performance.timeOrigin + performance.now();
    const wallSeconds = (performance.now() - wallStart) / 1_000;
    const cpuEnd = await Promise.all(sources.map((s) => cpuSeconds(s, 'end')));
    const cpu = sources.map((_, i) => cpuEnd[i]! - cpuStart[i]!);
    const results = sources.map((s) => analyse(s, switches, end));

    console.log(
      `${SWITCHES} switches over ${wallSeconds.toFixed(1)} s (dwell ${MIN_DWELL_MS}–${MAX_DWELL_MS} ms)`,
    );
    console.log('source            CPU s (self+children)   switches seen   latency p50   latency p95');
    for (const [i, [, name]] of KINDS.entries()) {
      const r = results[i]!;
      console.log(
        `${name.padEnd(18)}${cpu[i]!.toFixed(3).padStart(10)}        ${`${r.seen}/${SWITCHES}`.padStart(12)}   ` +
          `${r.p50.toFixed(1).padStart(8)} ms   ${r.p95.toFixed(1).padStart(8)} ms`,
      );
    }
    const events = results[0]!;
    for (const [i, [, name]] of KINDS.entries()) {
      if (i === 0) continue;
      const ratio = cpu[i]! / cpu[0]!;
      console.log(
        `CPU ratio ${name}/events: ${ratio.toFixed(1)}× (target ≥ 10×: ${(ratio / 10).toFixed(2)} of target)`,
      );
    }
    console.log(`wlroots switches seen: ${((100 * events.seen) / SWITCHES).toFixed(1)}% (target 100%)`);
    console.log(
      `wlroots latency p95: ${events.p95.toFixed(1)} ms (target < 50 ms: ${(events.p95 / 50).toFixed(2)} of budget)`,
    );
  } finally {
    await stopSources(sources);
    await ipc?.close();
    await sway.stop();
  }
}
