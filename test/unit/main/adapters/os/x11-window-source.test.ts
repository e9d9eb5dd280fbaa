import { describe, it, expect } from 'vitest';
import { X11WindowSource } from '../../../../../electron/main/adapters/os/x11-window-source.ts';
import type { X11Connection, X11Property } from '../../../../../electron/main/adapters/os/x11-connection.ts';
import type { WindowSignal } from '../../../../../electron/main/adapters/os/window-source.ts';
import { waitFor } from '../../../../support/wait-for.ts';

const ROOT = 1;
const WM_NAME = 39;
const WM_CLASS = 67;
const ATOMS: Record<string, number> = {
  _NET_ACTIVE_WINDOW: 300,
  _NET_WM_NAME: 301,
  _NET_WM_PID: 302,
  UTF8_STRING: 303,
};

/** An in-memory X server: windows with properties; a missing window makes GetProperty fail like BadWindow. */
function fakeX() {
  const windows = new Map<number, Map<number, X11Property>>([[ROOT, new Map()]]);
  let notify: (window: number, atom: number) => void = () => {};
  const u32 = (n: number) => {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(n);
    return b;
  };
  const connection: X11Connection = {
    root: ROOT,
    internAtom: async (name) => ATOMS[name]!,
    getProperty: async (window, atom) => {
      await Promise.resolve();
      const props = windows.get(window);
      if (!props) throw new Error('BadWindow');
      return props.get(atom) ?? { type: 0, format: 0, data: Buffer.alloc(0) };
    },
    watchProperties: async () => {},
    onPropertyChange: (listener) => {
      notify = listener;
    },
    onClosed: () => {},
    close: async () => {},
  };
  return {
    connection,
    addWindow(id: number, cls: string, title: string, pid: number) {
      windows.set(
        id,
        new Map([
          [WM_CLASS, { type: 31, format: 8, data: Buffer.from(`${cls.toLowerCase()}\0${cls}\0`, 'latin1') }],
          [
            ATOMS['_NET_WM_NAME']!,
            { type: ATOMS['UTF8_STRING']!, format: 8, data: Buffer.from(title, 'utf8') },
          ],
          [WM_NAME, { type: 31, format: 8, data: Buffer.from(title, 'latin1') }],
          [ATOMS['_NET_WM_PID']!, { type: 6, format: 32, data: u32(pid) }],
        ]),
      );
    },
    removeWindow: (id: number) => windows.delete(id),
    setProperty(id: number, atom: number, text: string) {
      windows.get(id)!.set(atom, { type: 31, format: 8, data: Buffer.from(text, 'latin1') });
      notify(id, atom);
    },
    activate(id: number) {
      windows.get(ROOT)!.set(ATOMS['_NET_ACTIVE_WINDOW']!, { type: 33, format: 32, data: u32(id) });
      notify(ROOT, ATOMS['_NET_ACTIVE_WINDOW']!);
    },
  };
}

async function started(x: ReturnType<typeof fakeX>, noWindowSettleMs = 50) {
  const signals: WindowSignal[] = [];
  const source = new X11WindowSource({
    connect: async () => x.connection,
    executableOf: async (pid) => `/proc/${pid}/exe-target`,
    noWindowSettleMs,
  });
  await source.start((s) => signals.push(s));
  return { source, signals };
}

describe('X11WindowSource (fake X server)', () => {
  it('reports the app from WM_CLASS, the UTF-8 title, the pid and its executable', async () => {
    const x = fakeX();
    x.addWindow(10, 'Firefox', 'Ünïcode — Mozilla Firefox', 4242);
    x.activate(10);
    const { signals } = await started(x);
    expect(signals).toEqual([
      {
        type: 'observation',
        observation: {
          app: 'Firefox',
          title: 'Ünïcode — Mozilla Firefox',
          pid: 4242,
          executable: '/proc/4242/exe-target',
        },
      },
    ]);
  });

  it('ignores a brief window 0 during a switch but reports a lasting one as no window', async () => {
    const x = fakeX();
    x.addWindow(10, 'Alpha', 'a', 1);
    x.addWindow(11, 'Beta', 'b', 2);
    x.activate(10);
    const { signals } = await started(x, 50);
    x.activate(0);
    x.activate(11);
    await waitFor('Beta', () =>
      signals.find((s) => s.type === 'observation' && s.observation.app === 'Beta'),
    );
    x.activate(0);
    await waitFor('no window', () => signals.find((s) => s.type === 'none'));
    expect(signals.map((s) => (s.type === 'observation' ? s.observation.app : s.type))).toEqual([
      'Alpha',
      'Beta',
      'none',
    ]);
  });

  it('drops a window that vanishes mid-query and reports the next one', async () => {
    const x = fakeX();
    x.addWindow(10, 'Alpha', 'a', 1);
    x.activate(10);
    const { signals } = await started(x);
    x.addWindow(12, 'Gone', 'g', 3);
    x.activate(12);
    x.removeWindow(12); // destroyed before its properties are read
    x.addWindow(13, 'Next', 'n', 4);
    x.activate(13);
    await waitFor('Next', () =>
      signals.find((s) => s.type === 'observation' && s.observation.app === 'Next'),
    );
    expect(signals.map((s) => (s.type === 'observation' ? s.observation.app : s.type))).toEqual([
      'Alpha',
      'Next',
    ]);
  });

  it('follows title changes of the active window and re-reads the app when WM_CLASS changes', async () => {
    const x = fakeX();
    x.addWindow(10, 'Alpha', 'a', 1);
    x.addWindow(11, 'Beta', 'b', 2);
    x.activate(10);
    const { signals } = await started(x);
    x.activate(11);
    await waitFor('Beta', () => signals.length === 2);
    x.activate(10); // back to a window seen before: its identity comes from the cache
    await waitFor('Alpha again', () => signals.length === 3);
    x.setProperty(10, ATOMS['_NET_WM_NAME']!, 'a2');
    await waitFor('new title', () => signals.length === 4);
    x.setProperty(10, WM_CLASS, 'renamed\0Renamed\0');
    await waitFor('new class', () => signals.length === 5);
    x.setProperty(11, ATOMS['_NET_WM_NAME']!, 'ignored: not the active window');
    x.setProperty(10, ATOMS['_NET_WM_NAME']!, 'a3'); // reported after anything the line above could cause
    await waitFor('a3', () => signals.length === 6);
    expect(
      signals.map((s) => (s.type === 'observation' ? `${s.observation.app}:${s.observation.title}` : s.type)),
    ).toEqual(['Alpha:a', 'Beta:b', 'Alpha:a', 'Alpha:a2', 'Renamed:a2', 'Renamed:a3']);
  });

  it('reports that tracking is unavailable when the display cannot be opened', async () => {
    const signals: WindowSignal[] = [];
    const source = new X11WindowSource({
      display: ':99',
      connect: async () => {
        throw new Error('connect ENOENT /tmp/.X11-unix/X99');
      },
    });
    await source.start((s) => signals.push(s));
    expect(signals).toEqual([
      {
        type: 'unavailable',
        reason: expect.stringMatching(/^active-app tracking is not available on this desktop: .*:99.*ENOENT/),
      },
    ]);
  });
});
