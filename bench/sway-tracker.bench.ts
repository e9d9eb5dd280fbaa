// Tracker CPU on sway: the event-driven wlroots source vs polling sway once a second — over its IPC socket (the
// cheapest poll) and by running swaymsg (what scripts do) — each in its own process, watching the same 200 focus
// switches between four foot terminals in a headless sway. Targets (issue 14): 100% of switches seen, detection
// latency p95 < 50 ms, ≥ 10× less CPU than polling the same compositor once a second.
import { SwayIpc } from '../electron/main/adapters/os/wayland/sway-ipc.ts';
import { startSway, swayUnavailable } from '../test/support/sway.ts';
import { waitFor } from '../test/support/wait-for.ts';
import { runSwitchBench } from './tracker/switch-bench.ts';

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
    const commands = ipc;
    await runSwitchBench({
      kinds: KINDS,
      apps: APP_IDS,
      env: { ...process.env, ...sway.env },
      switchTo: async (app) => void (await commands.command(`[app_id="${app}"] focus`)),
    });
  } finally {
    await ipc?.close();
    await sway.stop();
  }
}
