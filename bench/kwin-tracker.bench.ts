// Tracker CPU on KWin: the event-driven KWin source (a script that calls Balans at each activation) vs polling
// KWin once a second the only way a third party can (a script loaded, run and unloaded per poll), each in its own
// process, watching the same 200 switches between four Wayland clients (weston-terminal, three GTK 3 apps) in
// kwin_wayland --virtual. Switches are made by a KWin script each, as a shortcut would make them. Targets
// (issue 14): 100% of switches seen, detection latency p95 < 50 ms, ≥ 10× less CPU than polling once a second.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DbusConnection } from '../electron/main/adapters/os/dbus/dbus-connection.ts';
import { KwinWindowSource } from '../electron/main/adapters/os/kwin/kwin-window-source.ts';
import { kwinUnavailable, startKwin, activateScript } from '../test/support/kwin.ts';
import { runSwitchBench } from './tracker/switch-bench.ts';
import { openAndLearnApps } from './tracker/wayland-clients.ts';
import { printPhases, traceTrackerCalls, type SwitchPhases } from './tracker/kwin-phases.ts';

const now = () => performance.timeOrigin + performance.now();

const KINDS = [
  ['kwin', 'KWin events'],
  ['kwin-script-poll', 'KWin script 1Hz'],
] as const;
const SCRIPTING = {
  destination: 'org.kde.KWin',
  path: '/Scripting',
  interface: 'org.kde.kwin.Scripting',
} as const;

export default async function kwinTrackerBench(): Promise<void> {
  const missing = kwinUnavailable();
  if (missing) {
    console.log(`skipped: ${missing}`);
    return;
  }
  const kwin = await startKwin();
  const busAddress = kwin.env['DBUS_SESSION_BUS_ADDRESS']!;
  const bus = await DbusConnection.connect(busAddress);
  try {
    // the apps as the source reports them, learnt by watching each one open
    const apps = await openAndLearnApps(new KwinWindowSource({ busAddress }), kwin.client);
    let switches = 0;
    let ran: ((times: [number, number]) => void) | undefined;
    bus.export('/bench', 'nl.balans.Bench', {
      Ran: { signature: 'dd', handle: ([before, after]) => ran?.([Number(before), Number(after)]) },
    });
    const phases: SwitchPhases[] = [];
    const monitor = process.env['BENCH_TRACE'] ? traceTrackerCalls(kwin.env) : undefined;
    const run = await runSwitchBench({
      kinds: KINDS,
      apps,
      env: { ...process.env, ...kwin.env },
      switchTo: async (app) => {
        const plugin = `bench-switch-${++switches}`;
        const file = join(kwin.dir, `${plugin}.js`);
        // the times around the switch itself, by KWin's clock: KWin emits the activation inside the assignment
        writeFileSync(
          file,
          `var balansBefore = Date.now();
${activateScript(app)}
callDBus(${JSON.stringify(bus.name)}, "/bench", "nl.balans.Bench", "Ran", balansBefore, Date.now());`,
        );
        const done = new Promise<[number, number]>((resolve) => (ran = resolve));
        const requested = now();
        await bus.call({ ...SCRIPTING, member: 'loadScript', signature: 'ss', body: [file, plugin] });
        const loaded = now();
        await bus.call({ ...SCRIPTING, member: 'start' });
        const started = now();
        // KWin runs a started script a moment later: unloading it before it ran was measured to drop a quarter of
        // the switches, so the script says when it ran
        const [before, after] = await done;
        phases.push({ app, requested, loaded, started, before, after, heard: now() });
        await bus.call({ ...SCRIPTING, member: 'unloadScript', signature: 's', body: [plugin] });
        return before;
      },
    });
    printPhases(phases, run.lines[0]!, monitor?.calls());
    monitor?.stop();
  } finally {
    bus.close();
    await kwin.stop();
  }
}
