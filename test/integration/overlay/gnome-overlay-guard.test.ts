// A covered overlay comes back on a real GNOME Shell: another real client is activated (through the test helper
// extension, as a click would), the guard hears it through Balans's extension, the overlay's own process asks the
// extension to raise it again (KeepAbove acts only on the caller's windows), and the parent lock's log lists it.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createInterface, type Interface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { GnomeWindowSource } from '../../../electron/main/adapters/os/gnome/gnome-window-source.ts';
import { tapWindowSource } from '../../../electron/main/adapters/os/tapped-window-source.ts';
import type { WindowSignal, WindowSource } from '../../../electron/main/adapters/os/window-source.ts';
import { createOverlayGuard } from '../../../electron/main/services/overlay-guard.ts';
import { gnomeShellUnavailable, startGnomeShell, type GnomeShell } from '../../support/gnome-shell.ts';
import { memoryParentLock } from '../../support/memory-parent-lock.ts';
import { waitFor } from '../../support/wait-for.ts';

const OVERLAY = fileURLToPath(new URL('../../fixtures/gnome-overlay/overlay.js', import.meta.url));
const skip =
  gnomeShellUnavailable() ??
  (existsSync('/usr/bin/gjs') ? undefined : 'gjs is not installed (apt-get install gjs)');
if (skip) console.log(`skipping the GNOME overlay guard test: ${skip}`);

const TITLE = 'Balans overlay 1';
const DEMO = 'gtk3-demo';
const clock = { now: () => Date.now() };

let shell: GnomeShell;
let source: WindowSource;
let overlay: ChildProcess;
let answers: Interface;
const seen: WindowSignal[] = [];
const lock = memoryParentLock(clock);

const nextAnswer = () => new Promise<string>((resolve) => answers.once('line', resolve));
const seenSince = (from: number, test: (title: string, app: string) => boolean) =>
  seen
    .slice(from)
    .some((s) => s.type === 'observation' && test(s.observation.title ?? '', s.observation.app));

describe.skipIf(skip)('the overlay guard under gnome-shell --headless', () => {
  beforeAll(async () => {
    shell = await startGnomeShell();
    const guard = createOverlayGuard({
      clock,
      // the overlay's own process makes the call, as Balans's main process does for its window
      restore: async () => {
        const answer = nextAnswer();
        overlay.stdin!.write('raise\n');
        return (await answer) === 'found';
      },
      record: (incident) => lock.recordTamper(incident),
      log: (message, error) => console.error(message, error),
    });
    source = tapWindowSource(
      new GnomeWindowSource({ busAddress: shell.env['DBUS_SESSION_BUS_ADDRESS']! }),
      guard.focus,
    );
    await source.start((signal) => seen.push(signal));
    shell.client(DEMO, [], { GDK_BACKEND: 'wayland' });
    await waitFor(
      'the other app in front',
      async () => {
        await shell.focus(DEMO).catch(() => undefined);
        return seenSince(0, (_title, app) => app === DEMO);
      },
      30_000,
      300,
    );
    guard.opened(TITLE);
    overlay = shell.client('gjs', [OVERLAY, TITLE], { GDK_BACKEND: 'wayland' });
    answers = createInterface({ input: overlay.stdout! });
    expect(await nextAnswer()).toBe('found');
    await waitFor('the overlay in front', () => seenSince(0, (title) => title === TITLE), 15_000);
  }, 120_000);
  afterAll(async () => {
    await source?.stop();
    await shell?.stop();
  });

  it('raises the overlay again when another window is activated, and records it once', async () => {
    const before = seen.length;
    await shell.focus(DEMO);
    await waitFor(
      'the other app seen in front',
      () => seenSince(before, (_title, app) => app === DEMO),
      15_000,
    );
    const covered = seen.length;
    await waitFor('the overlay in front again', () => seenSince(covered, (title) => title === TITLE), 15_000);
    await waitFor('the record', () => lock.state().tampers.length === 1);
    expect(lock.state().tampers.map((t) => t.kind)).toEqual(['overlay-covered']);
  });
});
