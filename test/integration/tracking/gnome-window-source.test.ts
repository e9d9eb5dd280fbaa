// The event-driven GNOME source against a real GNOME Shell (headless Wayland) with Balans's extension, and real
// Wayland clients: weston-terminal and two GTK 3 apps. Focus moves through a test helper extension, as a click
// would move it; a title changes through the terminal's own escape sequence.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GnomeWindowSource } from '../../../electron/main/adapters/os/gnome/gnome-window-source.ts';
import {
  BALANS_SHELL,
  GNOME_EXTENSION_UUID,
  installGnomeExtension,
} from '../../../electron/main/adapters/os/gnome/gnome-extension.ts';
import type { WindowSignal } from '../../../electron/main/adapters/os/window-source.ts';
import { gnomeShellUnavailable, startGnomeShell, type GnomeShell } from '../../support/gnome-shell.ts';
import { SeenSignals, switchJourney, titleShellIn } from '../../support/switch-journey.ts';
import { waitFor } from '../../support/wait-for.ts';
import { monitorCalls } from '../../support/dbus-call-monitor.ts';

const WESTON = 'org.freedesktop.weston.wayland-terminal';
const DEMO = 'gtk3-demo';
const FACTORY = 'gtk3-widget-factory';
const DETECTION_BUDGET_MS = 200;

const skip = gnomeShellUnavailable();
if (skip) console.log(`skipping the GNOME Shell integration test: ${skip}`);

let shell: GnomeShell;
let source: GnomeWindowSource;
const signals = new SeenSignals();
let titles: ReturnType<typeof titleShellIn>;

describe.skipIf(skip)('GnomeWindowSource under gnome-shell --headless with the Balans extension', () => {
  beforeAll(async () => {
    shell = await startGnomeShell();
    source = new GnomeWindowSource({ busAddress: shell.env['DBUS_SESSION_BUS_ADDRESS']! });
    await source.start(signals.record);
    // a "shell" that sets the terminal's title from a FIFO, as a shell prompt or editor would
    titles = titleShellIn(shell.dir);
    shell.client('weston-terminal', [`--shell=${titles.shell}`]);
    shell.client('gtk3-demo', [], { GDK_BACKEND: 'wayland' });
    shell.client('gtk3-widget-factory', [], { GDK_BACKEND: 'wayland' });
    // each window is reported as it maps and takes focus
    for (const app of [WESTON, DEMO, FACTORY]) {
      await waitFor(
        `${app} to open`,
        async () => {
          await shell.focus(app).catch(() => undefined);
          return signals.observations().some((o) => o.app === app);
        },
        30_000,
        250,
      );
    }
  }, 120_000);

  afterAll(async () => {
    await source?.stop();
    await shell?.stop();
  });

  it('reports every switch and title change with its app id and pid', async () => {
    const { steps, step, observed } = switchJourney(signals);
    await step(WESTON, 'Wayland Terminal', () => shell.focus(WESTON));
    await step(DEMO, undefined, () => shell.focus(DEMO));
    await step(WESTON, 'Wayland Terminal', () => shell.focus(WESTON));
    await step(WESTON, 'gnome renamed', () => titles.setTitle('gnome renamed'));
    await step(FACTORY, undefined, () => shell.focus(FACTORY));
    await step(WESTON, 'gnome renamed', () => shell.focus(WESTON));

    const relevant = observed();
    expect(relevant.map((o) => o.app)).toEqual(steps.map((s) => s.app));
    for (const [i, o] of relevant.entries()) {
      if (steps[i]!.title !== undefined) expect(o.title).toBe(steps[i]!.title);
      expect(o.pid).toBeGreaterThan(0);
      expect(o.at).toBeLessThanOrEqual(steps[i]!.returned + DETECTION_BUDGET_MS);
    }
  });

  it('signals a change once: the terminal setting its same title again at focus wakes Balans no more', async () => {
    const { step } = switchJourney(signals);
    await step(DEMO, undefined, () => shell.focus(DEMO));
    const monitor = await monitorCalls(shell.env, BALANS_SHELL.interface, 'signal');
    try {
      await step(WESTON, undefined, () => shell.focus(WESTON));
      await step(FACTORY, undefined, () => shell.focus(FACTORY));
      await step(WESTON, undefined, () => shell.focus(WESTON));
      await step(WESTON, 'weston once', () => titles.setTitle('weston once'));
      // weston-terminal sets its title again whenever it gains focus: measured three signals where one is a change
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(monitor.calls.map((c) => c.member)).toEqual(Array(4).fill('FocusChanged'));
    } finally {
      await monitor.stop();
    }
  });
});

describe.skipIf(skip)('GnomeWindowSource when the extension is not switched on', () => {
  let bare: GnomeShell | undefined;
  afterAll(async () => {
    await bare?.stop();
  });

  it('says which step is needed and puts the extension for this Shell in place', async () => {
    bare = await startGnomeShell({ balansExtension: false });
    const data = join(bare.dir, 'data');
    const signals: WindowSignal[] = [];
    const missing = new GnomeWindowSource({
      busAddress: bare.env['DBUS_SESSION_BUS_ADDRESS']!,
      install: (major) => installGnomeExtension({ XDG_DATA_HOME: data }, major),
    });
    await missing.start((signal) => signals.push(signal));
    expect(signals).toEqual([
      {
        type: 'unavailable',
        reason: expect.stringContaining('extension is not switched on'),
        step: 'gnome-extension',
      },
    ]);
    const metadata = JSON.parse(
      readFileSync(join(data, 'gnome-shell/extensions', GNOME_EXTENSION_UUID, 'metadata.json'), 'utf8'),
    ) as { 'shell-version': string[] };
    expect(metadata['shell-version']).toContain(String(bare.major));
    await missing.stop();
  }, 90_000);
});
