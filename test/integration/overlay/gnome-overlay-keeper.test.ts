// Balans's GNOME Shell extension keeps the overlay above, fullscreen and on every workspace — for the calling
// process's own window, and for no one else's.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { GnomeOverlayKeeper } from '../../../electron/main/adapters/os/overlay/gnome-overlay-keeper.ts';
import { DbusConnection } from '../../../electron/main/adapters/os/dbus/dbus-connection.ts';
import { gnomeShellUnavailable, startGnomeShell, type GnomeShell } from '../../support/gnome-shell.ts';

const OVERLAY = fileURLToPath(new URL('../../fixtures/gnome-overlay/overlay.js', import.meta.url));
const skip =
  gnomeShellUnavailable() ??
  (existsSync('/usr/bin/gjs') ? undefined : 'gjs is not installed (apt-get install gjs)');
if (skip) console.log(`skipping the GNOME overlay test: ${skip}`);

let shell: GnomeShell;

describe.skipIf(skip)('GnomeOverlayKeeper under gnome-shell --headless', () => {
  beforeAll(async () => {
    shell = await startGnomeShell();
  }, 90_000);
  afterAll(async () => {
    await shell?.stop();
  });

  it("keeps the caller's window above, fullscreen and on all workspaces; not another process's", async () => {
    const title = 'Balans overlay 1';
    const child = shell.client('gjs', [OVERLAY, title], { GDK_BACKEND: 'wayland' });
    child.stdout?.setEncoding('utf8');
    const answer = await new Promise<string>((resolve) =>
      createInterface({ input: child.stdout! }).once('line', resolve),
    );
    expect(answer).toBe('found');
    const bus = await DbusConnection.connect(shell.env['DBUS_SESSION_BUS_ADDRESS']);
    const state = await bus.call({
      destination: 'org.gnome.Shell',
      path: '/nl/balans/TestHelper',
      interface: 'nl.balans.TestHelper',
      member: 'WindowState',
      signature: 's',
      body: [title],
    });
    expect(state).toEqual([true, true, true]);
    // this process owns no such window: the extension refuses to touch another's
    expect(
      await new GnomeOverlayKeeper(shell.env['DBUS_SESSION_BUS_ADDRESS']!).keepAbove({ pid: 1, title }),
    ).toBe(false);
    bus.close();
  });
});
