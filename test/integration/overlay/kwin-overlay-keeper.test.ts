// KWin keeps Balans's overlay above, fullscreen and on all desktops when a one-off script asks it to, and only the
// window with the overlay's pid and exact caption.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { ChildProcess } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KwinOverlayKeeper } from '../../../electron/main/adapters/os/overlay/kwin-overlay-keeper.ts';
import { keepAboveWhenMapped } from '../../../electron/main/adapters/os/overlay/overlay-keeper.ts';
import { DbusConnection } from '../../../electron/main/adapters/os/dbus/dbus-connection.ts';
import { kwinUnavailable, startKwin, type Kwin } from '../../support/kwin.ts';
import { waitFor } from '../../support/wait-for.ts';

const skip = kwinUnavailable();
if (skip) console.log(`skipping the KWin overlay test: ${skip}`);

let kwin: Kwin;
let overlay: ChildProcess;
let other: ChildProcess;

/** Each window's pid and its keepAbove, fullScreen and onAllDesktops, read by a script that calls back. */
async function states(): Promise<{ pid: number; above: boolean; full: boolean; all: boolean }[]> {
  const bus = await DbusConnection.connect(kwin.env['DBUS_SESSION_BUS_ADDRESS']);
  const reply = new Promise<string>((resolve) =>
    bus.export('/test', 'nl.balans.Test', {
      States: { signature: 's', handle: ([json]) => resolve(String(json)) },
    }),
  );
  await kwin.runScript(`
var list = workspace.windowList ? workspace.windowList() : workspace.clientList();
var out = [];
for (var i = 0; i < list.length; i++) if (list[i].normalWindow)
  out.push({ pid: list[i].pid, above: list[i].keepAbove, full: list[i].fullScreen, all: list[i].onAllDesktops });
callDBus(${JSON.stringify(bus.name)}, "/test", "nl.balans.Test", "States", JSON.stringify(out));`);
  const json = await reply;
  bus.close();
  return JSON.parse(json) as { pid: number; above: boolean; full: boolean; all: boolean }[];
}

describe.skipIf(skip)('KwinOverlayKeeper under kwin_wayland --virtual', () => {
  beforeAll(async () => {
    kwin = await startKwin();
    // a caption of its own, as Balans's overlay has: KWin adds " <2>" to the second of two equal captions
    const shell = join(kwin.dir, 'overlay-shell');
    writeFileSync(shell, `#!/bin/sh\nprintf '\\033]2;Balans overlay 1\\007'\nexec sleep 600\n`);
    chmodSync(shell, 0o755);
    overlay = kwin.client('weston-terminal', [`--shell=${shell}`]);
    other = kwin.client('weston-terminal', ['--shell=/bin/sh']);
    await waitFor('two windows', async () => (await states()).length === 2, 20_000, 200);
  });
  afterAll(async () => {
    await kwin?.stop();
  });

  it('makes exactly the overlay keep above, fullscreen and on all desktops', async () => {
    const keeper = new KwinOverlayKeeper(kwin.env['DBUS_SESSION_BUS_ADDRESS']!);
    expect(await keepAboveWhenMapped(keeper, { pid: overlay.pid!, title: 'Balans overlay 1' })).toBe(true);
    // fullScreen takes effect once the client acks KWin's configure, which under load lags the script's reply
    const overlayState = async () => (await states()).find((w) => w.pid === overlay.pid);
    await waitFor('the overlay fullscreen', async () => (await overlayState())?.full === true, 10_000, 100);
    const all = await states();
    expect(all.find((w) => w.pid === overlay.pid)).toMatchObject({ above: true, full: true, all: true });
    expect(all.find((w) => w.pid === other.pid)).toMatchObject({ above: false, full: false });
    expect(await keeper.keepAbove({ pid: overlay.pid!, title: 'not its caption' })).toBe(false);
  });
});
