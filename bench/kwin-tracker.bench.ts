// Tracker CPU on KWin: the event-driven KWin source (a script that calls Balans at each activation) vs polling
// KWin once a second the only way a third party can (a script loaded, run and unloaded per poll), each in its own
// process, watching the same 200 switches between four Wayland clients (weston-terminal, three GTK 3 apps) in
// kwin_wayland --virtual. Switches are made by a KWin script each, as a shortcut would make them. Targets
// (issue 14): 100% of switches seen, detection latency p95 < 50 ms, ≥ 10× less CPU than polling once a second.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DbusConnection } from '../electron/main/adapters/os/dbus/dbus-connection.ts';
import { KwinWindowSource } from '../electron/main/adapters/os/kwin/kwin-window-source.ts';
import { kwinUnavailable, startKwin, activateScript, type Kwin } from '../test/support/kwin.ts';
import { waitFor } from '../test/support/wait-for.ts';
import { runSwitchBench } from './tracker/switch-bench.ts';
import { openAndLearnApps } from './tracker/wayland-clients.ts';
import { printPhases, type SwitchPhases } from './tracker/kwin-phases.ts';
import { monitorCalls } from '../test/support/dbus-call-monitor.ts';
import { KWIN_TRACKER_INTERFACE } from '../electron/main/adapters/os/kwin/kwin-script.ts';

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
    const phases: SwitchPhases[] = [];
    const monitor = process.env['BENCH_TRACE']
      ? await monitorCalls(kwin.env, KWIN_TRACKER_INTERFACE)
      : undefined;
    const mode = process.env['BENCH_KWIN_SWITCH'] === 'script' ? 'script' : 'runner';
    const switchTo = mode === 'script' ? scriptSwitcher(kwin, bus) : await runnerSwitcher(kwin, bus, apps);
    console.log(
      mode === 'script'
        ? 'switches: a one-off KWin script per switch (loadScript + start; BENCH_KWIN_SWITCH=script)'
        : "switches: KWin's WindowsRunner Run, as KRunner activates a window (one D-Bus call to KWin)",
    );
    const run = await runSwitchBench({
      kinds: KINDS,
      apps,
      env: { ...process.env, ...kwin.env },
      switchTo: async (app) => {
        const phase = await switchTo(app);
        phases.push(phase);
        return phase.activated;
      },
    });
    const calls = monitor?.calls ?? [];
    printPhases(
      phases,
      run.lines[0]!,
      monitor && calls.filter((c) => c.member === 'Activated').map((c) => c.at),
    );
    if (monitor) {
      const counts = new Map<string, number>();
      for (const { member } of calls) counts.set(member, (counts.get(member) ?? 0) + 1);
      const listed = [...counts].map(([member, n]) => `${member} ${n}`).join(', ');
      console.log(`the tracker script's calls to Balans over ${phases.length} switches: ${listed}`);
      await monitor.stop();
    }
  } finally {
    bus.close();
    await kwin.stop();
  }
}

type Switcher = (app: string) => Promise<SwitchPhases>;

/** Switches with a one-off KWin script each (loaded, started, unloaded once it said it ran). */
function scriptSwitcher(kwin: Kwin, bus: DbusConnection): Switcher {
  let switches = 0;
  let ran: ((times: [number, number]) => void) | undefined;
  bus.export('/bench', 'nl.balans.Bench', {
    Ran: { signature: 'dd', handle: ([before, after]) => ran?.([Number(before), Number(after)]) },
  });
  return async (app) => {
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
    await bus.call({ ...SCRIPTING, member: 'start' });
    const answered = now();
    // KWin runs a started script a moment later: unloading it before it ran was measured to drop a quarter of
    // the switches, so the script says when it ran
    const [activated, after] = await done;
    const phase = { app, requested, answered, activated, activatedBy: after, heard: now() };
    await bus.call({ ...SCRIPTING, member: 'unloadScript', signature: 's', body: [plugin] });
    return phase;
  };
}

/**
 * Switches through KWin's WindowsRunner (what KRunner calls when the user picks a window): one D-Bus call that KWin
 * carries out itself. A watching script, loaded once, lists the windows' ids and reports each activation with KWin's
 * Date.now(), so latency can also be measured from the moment KWin switched.
 */
async function runnerSwitcher(kwin: Kwin, bus: DbusConnection, apps: readonly string[]): Promise<Switcher> {
  const ids = new Map<string, string>();
  let activated: ((app: string, at: number) => void) | undefined;
  bus.export('/bench', 'nl.balans.Bench', {
    Window: { signature: 'ss', handle: ([app, id]) => void ids.set(String(app), String(id)) },
    Activated: { signature: 'sd', handle: ([app, at]) => activated?.(String(app), Number(at)) },
  });
  const bench = JSON.stringify([bus.name, '/bench', 'nl.balans.Bench']).slice(1, -1);
  await kwin.runScript(`
var list = workspace.windowList ? workspace.windowList() : workspace.clientList();
for (var i = 0; i < list.length; i++) callDBus(${bench}, "Window", String(list[i].desktopFileName), String(list[i].internalId));
(workspace.windowActivated || workspace.clientActivated).connect(function (w) {
  callDBus(${bench}, "Activated", w ? String(w.desktopFileName) : "", Date.now());
});`);
  await waitFor('the window ids', () => apps.every((app) => ids.has(app)), 10_000);
  return async (app) => {
    const done = new Promise<number>((resolve) => (activated = (name, at) => name === app && resolve(at)));
    const requested = now();
    await bus.call({
      destination: 'org.kde.KWin',
      path: '/WindowsRunner',
      interface: 'org.kde.krunner1',
      member: 'Run',
      signature: 'ss',
      body: [`0_${ids.get(app)}`, ''],
    });
    const answered = now();
    const at = await done;
    return { app, requested, answered, activated: at, activatedBy: at, heard: now() };
  };
}
