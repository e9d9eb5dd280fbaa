// GNOME's idle reaches presence: Mutter's IdleMonitor says idle after the timeout (headless GNOME has no input)
// and active after ResetIdletime (MUTTER_DEBUG_RESET_IDLETIME=1, as a key press would). The Shell's screen saver
// cannot lock here (no logind, no display manager), so lock is tested against stand-ins in linux-lock.test.ts.
// Measured 2026-12-04 on gnome-shell 43.9 --headless: the bus activates org.gnome.ScreenSaver (Debian's
// /usr/share/gnome-shell/org.gnome.ScreenSaver, a gjs proxy) and GetActive answers "The name
// org.gnome.Shell.ScreenShield was not provided by any .service files": the headless Shell has no screen shield.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { MutterIdleMonitor } from '../../../electron/main/adapters/os/gnome/mutter-idle-monitor.ts';
import { DbusConnection } from '../../../electron/main/adapters/os/dbus/dbus-connection.ts';
import { PresenceTimeline } from '../../../electron/core/tracking/presence.ts';
import { gnomeShellUnavailable, startGnomeShell, type GnomeShell } from '../../support/gnome-shell.ts';
import { waitFor } from '../../support/wait-for.ts';

const TIMEOUT_MS = 1_000;
const skip = gnomeShellUnavailable();
if (skip) console.log(`skipping the GNOME presence test: ${skip}`);

let shell: GnomeShell;
let monitor: MutterIdleMonitor;

describe.skipIf(skip)('presence from GNOME Shell', () => {
  beforeAll(async () => {
    shell = await startGnomeShell({ balansExtension: false });
  }, 90_000);
  afterAll(async () => {
    await monitor?.stop();
    await shell?.stop();
  });

  it("turns Mutter's idle and user-active watches into idle and active, dated from the last input", async () => {
    monitor = new MutterIdleMonitor({
      busAddress: shell.env['DBUS_SESSION_BUS_ADDRESS'],
      timeoutMs: TIMEOUT_MS,
    });
    const changes: { idle: boolean; at: number }[] = [];
    monitor.onChange((idle) => changes.push({ idle, at: Date.now() }));
    await monitor.start();
    const timeline = new PresenceTimeline(Date.now() - 10_000, TIMEOUT_MS);
    await waitFor('the idle watch', () => changes.some((c) => c.idle), 15_000);
    const idle = timeline.sample(monitor.idleMs(), Date.now());
    expect(idle?.state).toBe('idle');
    expect(idle!.since).toBeLessThanOrEqual(changes[0]!.at - TIMEOUT_MS + 50);

    const bus = await DbusConnection.connect(shell.env['DBUS_SESSION_BUS_ADDRESS']);
    await bus.call({
      destination: 'org.gnome.Mutter.IdleMonitor',
      path: '/org/gnome/Mutter/IdleMonitor/Core',
      interface: 'org.gnome.Mutter.IdleMonitor',
      member: 'ResetIdletime',
    });
    await waitFor('the user-active watch', () => changes.some((c) => !c.idle));
    expect(timeline.sample(monitor.idleMs(), Date.now())?.state).toBe('active');
    bus.close();
  });
});
