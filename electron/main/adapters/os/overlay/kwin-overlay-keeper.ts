import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DbusConnection } from '../dbus/dbus-connection.ts';
import { systemScheduler } from '../../scheduler.ts';
import type { OverlayKeeper, OverlayWindow } from './overlay-keeper.ts';

const SCRIPTING = {
  destination: 'org.kde.KWin',
  path: '/Scripting',
  interface: 'org.kde.kwin.Scripting',
} as const;
const REPLY = { path: '/nl/balans/KWinOverlay', interface: 'nl.balans.KWinOverlay' } as const;

/** The one-off KWin script: keep the window above, fullscreen, on all desktops, active; then say if it was found. */
export function kwinOverlayScript(destination: string, { pid, title }: OverlayWindow): string {
  if (!/^:[0-9.]+$/.test(destination)) throw new Error(`not a unique bus name: ${destination}`);
  const reply = JSON.stringify([destination, REPLY.path, REPLY.interface, 'Done']).slice(1, -1);
  return `(function () {
  var list = workspace.windowList ? workspace.windowList() : workspace.clientList();
  var found = false;
  for (var i = 0; i < list.length; i++) {
    var w = list[i];
    if (w.pid !== ${Number(pid)} || w.caption !== ${JSON.stringify(title)}) continue;
    w.keepAbove = true;
    w.fullScreen = true;
    w.onAllDesktops = true;
    if (workspace.activeWindow !== undefined) workspace.activeWindow = w; else workspace.activeClient = w;
    found = true;
  }
  callDBus(${reply}, found);
})();
`;
}

/** KDE: a one-off KWin script, loaded over D-Bus, sets keepAbove, fullScreen and onAllDesktops on the overlay. */
export class KwinOverlayKeeper implements OverlayKeeper {
  readonly kind = 'kwin';
  readonly #busAddress: string;
  #runs = 0;

  constructor(busAddress: string) {
    this.#busAddress = busAddress;
  }

  async keepAbove(window: OverlayWindow): Promise<boolean> {
    const bus = await DbusConnection.connect(this.#busAddress);
    const dir = await mkdtemp(join(tmpdir(), 'balans-kwin-overlay-'));
    const plugin = `balans-overlay-${process.pid}-${++this.#runs}`;
    try {
      const kwin = await bus.owner(SCRIPTING.destination);
      const done = new Promise<boolean>((resolve, reject) => {
        const cancel = systemScheduler.after(5_000, () =>
          reject(new Error('KWin did not run the overlay script')),
        );
        bus.export(REPLY.path, REPLY.interface, {
          Done: {
            signature: 'b',
            handle: ([found], sender) => {
              if (sender !== kwin) return;
              cancel();
              resolve(Boolean(found));
            },
          },
        });
      });
      const file = join(dir, 'overlay.js');
      await writeFile(file, kwinOverlayScript(bus.name, window), { mode: 0o600 });
      await bus.call({ ...SCRIPTING, member: 'loadScript', signature: 'ss', body: [file, plugin] });
      await bus.call({ ...SCRIPTING, member: 'start' });
      return await done;
    } finally {
      await bus
        .call({ ...SCRIPTING, member: 'unloadScript', signature: 's', body: [plugin] })
        .catch(() => {});
      bus.close();
      await rm(dir, { recursive: true, force: true });
    }
  }
}
