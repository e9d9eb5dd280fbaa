// The Wayland clients the KWin and GNOME benches switch between, and how their app ids are learnt: each one is
// opened in turn and the real source reports what it calls the app once it is in front.
import type { ChildProcess } from 'node:child_process';
import type { WindowSignal, WindowSource } from '../../electron/main/adapters/os/window-source.ts';
import { waitFor } from '../../test/support/wait-for.ts';

export const WAYLAND_CLIENTS: readonly [string, string[]][] = [
  ['weston-terminal', ['--shell=/bin/sh']],
  ['gtk3-demo', []],
  ['gtk3-widget-factory', []],
  ['gtk3-icon-browser', []],
];

type OpenClient = (command: string, args: readonly string[], env: NodeJS.ProcessEnv) => ChildProcess;

/** Opens every client in turn and returns the app ids `watcher` reported for them, in order. */
export async function openAndLearnApps(watcher: WindowSource, open: OpenClient): Promise<string[]> {
  const seen: string[] = [];
  const apps: string[] = [];
  try {
    await watcher.start(
      (signal: WindowSignal) => signal.type === 'observation' && seen.push(signal.observation.app),
    );
    for (const [command, args] of WAYLAND_CLIENTS) {
      const from = seen.length;
      open(command, args, { GDK_BACKEND: 'wayland' });
      apps.push(
        await waitFor(
          `${command} in front`,
          () => seen.slice(from).find((app) => !apps.includes(app)),
          30_000,
        ),
      );
    }
  } finally {
    await watcher.stop();
  }
  return apps;
}
