// Tracker CPU on GNOME Shell: the event-driven GNOME source (Balans's Shell extension signals each focus change)
// vs polling the Shell once a second through the same extension's GetFocused (the cheapest poll a third party has:
// Shell.Eval and Introspect are closed), each in its own process, watching the same 200 switches between four
// Wayland clients (weston-terminal, three GTK 3 apps) in gnome-shell --headless. Switches go through the test
// helper extension's Focus call (as a click would). Targets (issue 14): 100% of switches seen, detection latency
// p95 < 50 ms, ≥ 10× less CPU than polling once a second.
import { GnomeWindowSource } from '../electron/main/adapters/os/gnome/gnome-window-source.ts';
import { gnomeShellUnavailable, startGnomeShell } from '../test/support/gnome-shell.ts';
import { runSwitchBench } from './tracker/switch-bench.ts';
import { monitorCalls } from '../test/support/dbus-call-monitor.ts';
import { BALANS_SHELL } from '../electron/main/adapters/os/gnome/gnome-extension.ts';
import { openAndLearnApps } from './tracker/wayland-clients.ts';

const KINDS = [
  ['gnome', 'GNOME events'],
  ['gnome-focus-poll', 'GetFocused 1Hz'],
] as const;

export default async function gnomeTrackerBench(): Promise<void> {
  const missing = gnomeShellUnavailable();
  if (missing) {
    console.log(`skipped: ${missing}`);
    return;
  }
  const shell = await startGnomeShell();
  const busAddress = shell.env['DBUS_SESSION_BUS_ADDRESS']!;
  try {
    // the apps as the source reports them (the helper focuses by wm_class, which is the app id on Wayland)
    const apps = await openAndLearnApps(new GnomeWindowSource({ busAddress }), shell.client);
    // BENCH_TRACE=1 counts the extension's signals (each wakes the event source once)
    const monitor = process.env['BENCH_TRACE']
      ? await monitorCalls(shell.env, BALANS_SHELL.interface, 'signal')
      : undefined;
    let switches = 0;
    const run = await runSwitchBench({
      kinds: KINDS,
      apps,
      env: { ...process.env, ...shell.env },
      switchTo: async (app) => void (await shell.focus(app), switches++),
    });
    if (monitor) {
      const reports = run.lines[0]!.filter((l) => l.type === 'obs' || l.type === 'none');
      const nones = reports.filter((l) => l.type === 'none').length;
      console.log(
        `the extension's signals over ${switches} switches: ${monitor.calls.length}; the source reported ` +
          `${reports.length - nones} windows and ${nones} times no window`,
      );
      await monitor.stop();
    }
  } finally {
    await shell.stop();
  }
}
