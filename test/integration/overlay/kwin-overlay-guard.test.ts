// A covered overlay comes back on a real KWin: a script activates another real client (as a shortcut or a click
// would), the guard hears it through the KWin source, KWin is asked to raise the overlay again, and the parent
// lock's log lists it.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { ChildProcess } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DbusConnection } from '../../../electron/main/adapters/os/dbus/dbus-connection.ts';
import { KwinWindowSource } from '../../../electron/main/adapters/os/kwin/kwin-window-source.ts';
import { KwinOverlayKeeper } from '../../../electron/main/adapters/os/overlay/kwin-overlay-keeper.ts';
import { keepAboveWhenMapped } from '../../../electron/main/adapters/os/overlay/overlay-keeper.ts';
import { tapWindowSource } from '../../../electron/main/adapters/os/tapped-window-source.ts';
import type { WindowSignal, WindowSource } from '../../../electron/main/adapters/os/window-source.ts';
import { createOverlayGuard } from '../../../electron/main/services/overlay-guard.ts';
import { activateScript, kwinUnavailable, startKwin, type Kwin } from '../../support/kwin.ts';
import { memoryParentLock } from '../../support/memory-parent-lock.ts';
import { waitFor } from '../../support/wait-for.ts';

const skip = kwinUnavailable();
if (skip) console.log(`skipping the KWin overlay guard test: ${skip}`);

const TITLE = 'Balans overlay 1';
const DEMO = 'gtk3-demo';
const clock = { now: () => Date.now() };

let kwin: Kwin;
let source: WindowSource;
let overlay: ChildProcess;
const seen: WindowSignal[] = [];
const lock = memoryParentLock(clock);

/** The active window's pid and whether it keeps above, read by a script that calls back. */
async function active(): Promise<{ pid: number; above: boolean } | null> {
  const bus = await DbusConnection.connect(kwin.env['DBUS_SESSION_BUS_ADDRESS']);
  try {
    const reply = new Promise<string>((resolve) =>
      bus.export('/test', 'nl.balans.Test', {
        Active: { signature: 's', handle: ([json]) => resolve(String(json)) },
      }),
    );
    await kwin.runScript(`
var w = workspace.activeWindow !== undefined ? workspace.activeWindow : workspace.activeClient;
callDBus(${JSON.stringify(bus.name)}, "/test", "nl.balans.Test", "Active",
  JSON.stringify(w ? { pid: w.pid, above: w.keepAbove } : null));`);
    return JSON.parse(await reply) as { pid: number; above: boolean } | null;
  } finally {
    bus.close();
  }
}
const overlayActive = async () => (await active())?.pid === overlay.pid;

const activate = (app: string) => kwin.runScript(activateScript(app));

describe.skipIf(skip)('the overlay guard under kwin_wayland --virtual', () => {
  beforeAll(async () => {
    kwin = await startKwin();
    const keeper = new KwinOverlayKeeper(kwin.env['DBUS_SESSION_BUS_ADDRESS']!);
    const guard = createOverlayGuard({
      clock,
      restore: (title) => keeper.keepAbove({ pid: overlay.pid!, title }),
      record: (incident) => lock.recordTamper(incident),
      log: (message, error) => console.error(message, error),
    });
    source = tapWindowSource(
      new KwinWindowSource({ busAddress: kwin.env['DBUS_SESSION_BUS_ADDRESS']! }),
      guard.focus,
    );
    await source.start((signal) => seen.push(signal));
    kwin.client(DEMO, [], { GDK_BACKEND: 'wayland' });
    await waitFor(
      'the other app',
      () => seen.some((s) => s.type === 'observation' && s.observation.app === DEMO),
      20_000,
    );
    const shell = join(kwin.dir, 'overlay-shell');
    writeFileSync(shell, `#!/bin/sh\nprintf '\\033]2;${TITLE}\\007'\nexec sleep 600\n`);
    chmodSync(shell, 0o755);
    overlay = kwin.client('weston-terminal', [`--shell=${shell}`]);
    guard.opened(TITLE);
    expect(await keepAboveWhenMapped(keeper, { pid: overlay.pid!, title: TITLE }, 50)).toBe(true);
    await waitFor('the overlay active', overlayActive, 15_000, 200);
  });
  afterAll(async () => {
    await source?.stop();
    await kwin?.stop();
  });

  it('raises the overlay again when another window is activated, and records it once', async () => {
    const before = seen.length;
    await activate(DEMO);
    await waitFor(
      'the other app seen in front',
      () => seen.slice(before).some((s) => s.type === 'observation' && s.observation.app === DEMO),
      15_000,
    );
    await waitFor('the overlay active again', overlayActive, 15_000, 200);
    expect(await active()).toEqual({ pid: overlay.pid, above: true });
    await waitFor('the record', () => lock.state().tampers.length === 1);
    expect(lock.state().tampers.map((t) => t.kind)).toEqual(['overlay-covered']);
  });
});
