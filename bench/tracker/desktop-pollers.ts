// What a polling tracker does on KWin and GNOME, for comparison with the event-driven sources: ask the compositor
// for the active window once a second and report it when it changed. A third party can ask KWin only through a
// script (loaded, run and unloaded per poll, answering over D-Bus), and GNOME only through a Shell extension
// (here Balans's own, with one GetFocused call per poll: the cheapest poll there is).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DbusConnection } from '../../electron/main/adapters/os/dbus/dbus-connection.ts';
import { BALANS_SHELL } from '../../electron/main/adapters/os/gnome/gnome-extension.ts';
import type { WindowListener, WindowSource } from '../../electron/main/adapters/os/window-source.ts';

type Read = () => Promise<{ app: string; title: string } | null>;

function poller(read: Read, close: () => void, intervalMs: number): WindowSource {
  let timer: ReturnType<typeof setInterval> | undefined;
  let last = '';
  return {
    kind: 'polled',
    async start(listener: WindowListener) {
      const poll = async () => {
        const focused = await read();
        const key = `${focused?.app}\0${focused?.title}`;
        if (key === last) return;
        last = key;
        listener(focused ? { type: 'observation', observation: focused } : { type: 'none' });
      };
      await poll();
      timer = setInterval(() => void poll().catch(() => {}), intervalMs);
    },
    async stop() {
      clearInterval(timer);
      close();
    },
  };
}

const SCRIPTING = {
  destination: 'org.kde.KWin',
  path: '/Scripting',
  interface: 'org.kde.kwin.Scripting',
} as const;

export async function kwinScriptPoller(busAddress: string, intervalMs = 1_000): Promise<WindowSource> {
  const bus = await DbusConnection.connect(busAddress);
  const dir = mkdtempSync(join(tmpdir(), 'balans-kwin-poll-'));
  const file = join(dir, 'poll.js');
  writeFileSync(
    file,
    `var w = workspace.activeWindow !== undefined ? workspace.activeWindow : workspace.activeClient;
callDBus(${JSON.stringify(bus.name)}, "/poll", "nl.balans.Poll", "Active",
  w ? String(w.desktopFileName || w.resourceClass || "unknown") : "", w ? String(w.caption || "") : "");`,
  );
  let answer: ((value: { app: string; title: string } | null) => void) | undefined;
  bus.export('/poll', 'nl.balans.Poll', {
    Active: {
      signature: 'ss',
      handle: ([app, title]) => answer?.(app ? { app: String(app), title: String(title) } : null),
    },
  });
  let polls = 0;
  const read: Read = async () => {
    const plugin = `balans-poll-${++polls}`;
    const result = new Promise<{ app: string; title: string } | null>((resolve) => (answer = resolve));
    await bus.call({ ...SCRIPTING, member: 'loadScript', signature: 'ss', body: [file, plugin] });
    await bus.call({ ...SCRIPTING, member: 'start' });
    try {
      return await result;
    } finally {
      await bus.call({ ...SCRIPTING, member: 'unloadScript', signature: 's', body: [plugin] });
    }
  };
  return poller(read, () => (bus.close(), rmSync(dir, { recursive: true, force: true })), intervalMs);
}

export async function gnomeFocusPoller(busAddress: string, intervalMs = 1_000): Promise<WindowSource> {
  const bus = await DbusConnection.connect(busAddress);
  const read: Read = async () => {
    const [title, wmClass, appId] = (await bus.call({ ...BALANS_SHELL, member: 'GetFocused' })) as string[];
    const app = (appId!.startsWith('window:') ? '' : appId!.replace(/\.desktop$/, '')) || wmClass;
    return app ? { app, title: title ?? '' } : null;
  };
  return poller(read, () => bus.close(), intervalMs);
}
