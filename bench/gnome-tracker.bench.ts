// Tracker CPU on GNOME Shell: the event-driven GNOME source (Balans's Shell extension signals each focus change)
// vs polling the Shell once a second through the same extension's GetFocused (the cheapest poll a third party has:
// Shell.Eval and Introspect are closed), each in its own process, watching the same 200 switches between four
// Wayland clients (weston-terminal, three GTK 3 apps) in gnome-shell --headless. Switches go through the test
// helper extension's Focus call (as a click would). Targets (issue 14): 100% of switches seen, detection latency
// p95 < 50 ms, ≥ 10× less CPU than polling once a second.
import { GnomeWindowSource } from '../electron/main/adapters/os/gnome/gnome-window-source.ts';
import { gnomeShellUnavailable, startGnomeShell } from '../test/support/gnome-shell.ts';
import { runSwitchBench } from './tracker/switch-bench.ts';
import { percentile, type Line } from './tracker/measure.ts';
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
      printBusPhases(
        run.switches,
        run.lines[0]!,
        monitor.calls.map((c) => c.at),
      );
      await monitor.stop();
    }
  } finally {
    await shell.stop();
  }
}

/** Each switch's request → the extension's FocusChanged on the bus (dbus-monitor's clock) → the source's report. */
function printBusPhases(switches: { app: string; at: number }[], observed: Line[], onBus: number[]): void {
  const toBus: number[] = [];
  const toReport: number[] = [];
  for (const [i, s] of switches.entries()) {
    const until = switches[i + 1]?.at ?? Infinity;
    const bus = onBus.find((t) => t >= s.at && t < until);
    const report = observed.find(
      (o) => o.type === 'obs' && o.app === s.app && o.at! >= s.at && o.at! < until,
    );
    if (bus === undefined || !report) continue;
    toBus.push(bus - s.at);
    toReport.push(report.at! - bus);
  }
  const stats = (values: number[]) => {
    const sorted = values.sort((a, b) => a - b);
    return `p50 ${percentile(sorted, 50).toFixed(1)} ms, p95 ${percentile(sorted, 95).toFixed(1)} ms (${sorted.length} switches)`;
  };
  console.log(`  request → FocusChanged on the bus: ${stats(toBus)}`);
  console.log(`  on the bus → source reported: ${stats(toReport)}`);
}
