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
    let ran: ((at: number) => void) | undefined;
    bus.export('/bench', 'nl.balans.Bench', { Ran: { signature: 'd', handle: ([at]) => ran?.(Number(at)) } });
    await runSwitchBench({
      kinds: KINDS,
      apps,
      env: { ...process.env, ...kwin.env },
      switchTo: async (app) => {
        const plugin = `bench-switch-${++switches}`;
        const file = join(kwin.dir, `${plugin}.js`);
        writeFileSync(
          file,
          `${activateScript(app)}
callDBus(${JSON.stringify(bus.name)}, "/bench", "nl.balans.Bench", "Ran", Date.now());`,
        );
        const done = new Promise<number>((resolve) => (ran = resolve));
        await bus.call({ ...SCRIPTING, member: 'loadScript', signature: 'ss', body: [file, plugin] });
        await bus.call({ ...SCRIPTING, member: 'start' });
        // KWin runs a started script a moment later: unloading it before it ran was measured to drop a quarter of
        // the switches, so the script says when it ran
        const at = await done;
        await bus.call({ ...SCRIPTING, member: 'unloadScript', signature: 's', body: [plugin] });
        return at;
      },
    });
  } finally {
    bus.close();
    await kwin.stop();
  }
}
