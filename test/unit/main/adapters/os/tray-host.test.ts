// Defect 9 of issue 15: on stock GNOME (no AppIndicator extension) there is no tray, so no Quit anywhere once
// the window is closed. Balans asks the session bus whether a StatusNotifier watcher exists.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { parseNameHasOwner, probeTrayHost } from '../../../../../electron/main/adapters/os/tray-host.ts';

const hasDbus = existsSync('/usr/bin/dbus-daemon') && existsSync('/usr/bin/dbus-send');
let daemonPid: number | undefined;
afterAll(() => {
  if (daemonPid) process.kill(daemonPid);
});

describe('the tray host', () => {
  it('reads dbus-send’s answer', () => {
    expect(parseNameHasOwner('method return time=1 sender=org.freedesktop.DBus\n   boolean true\n')).toBe(
      true,
    );
    expect(parseNameHasOwner('   boolean false\n')).toBe(false);
    expect(parseNameHasOwner('')).toBeUndefined();
  });

  it('is always there on macOS and Windows, and unknown when the bus cannot be asked', async () => {
    expect(await probeTrayHost('darwin')).toBe('present');
    expect(await probeTrayHost('win32')).toBe('present');
    expect(await probeTrayHost('linux', { DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/bus' })).toBe(
      'unknown',
    );
  });

  it.skipIf(!hasDbus)(
    'is missing on a session bus without a StatusNotifier watcher (a real dbus-daemon)',
    async () => {
      const daemon = spawn('dbus-daemon', ['--session', '--nofork', '--print-address=1'], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      daemonPid = daemon.pid;
      const address = await new Promise<string>((resolve) =>
        daemon.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString().trim())),
      );
      execFileSync(
        'dbus-send',
        [
          '--session',
          '--print-reply',
          '--dest=org.freedesktop.DBus',
          '/org/freedesktop/DBus',
          'org.freedesktop.DBus.GetId',
        ],
        {
          env: { ...process.env, DBUS_SESSION_BUS_ADDRESS: address },
        },
      );
      expect(await probeTrayHost('linux', { ...process.env, DBUS_SESSION_BUS_ADDRESS: address })).toBe(
        'missing',
      );
    },
  );
});
