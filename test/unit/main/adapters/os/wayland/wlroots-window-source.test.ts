import { describe, it, expect, afterEach } from 'vitest';
import { WlrootsWindowSource } from '../../../../../../electron/main/adapters/os/wayland/wlroots-window-source.ts';
import type { WindowSignal } from '../../../../../../electron/main/adapters/os/window-source.ts';
import { startFakeCompositor, type FakeCompositor } from '../../../../../support/fake-wayland-compositor.ts';
import { waitFor } from '../../../../../support/wait-for.ts';

const MANAGER = 'zwlr_foreign_toplevel_manager_v1';
const ACTIVATED = 2;
const states = (...values: number[]) => {
  const array = Buffer.alloc(values.length * 4);
  values.forEach((v, i) => array.writeUInt32LE(v, i * 4));
  return array;
};

type Event = [number, number, string, (number | string | Buffer | null)[]];
/** The events that announce a toplevel (or change it) and end with `done`. */
function toplevel(id: number, change: { title?: string; appId?: string; activated?: boolean }): Event[] {
  return [
    ...(change.title !== undefined ? [[id, 0, 's', [change.title]] as Event] : []),
    ...(change.appId !== undefined ? [[id, 1, 's', [change.appId]] as Event] : []),
    ...(change.activated !== undefined
      ? [[id, 4, 'a', [change.activated ? states(ACTIVATED) : states()]] as Event]
      : []),
    [id, 5, '', []],
  ];
}

let compositor: FakeCompositor | undefined;
let source: WlrootsWindowSource | undefined;
const signals: WindowSignal[] = [];

afterEach(async () => {
  await source?.stop();
  await compositor?.close();
  signals.length = 0;
});

/** A compositor with two toplevels (editor focused, terminal behind), and a started source. */
async function twoWindows(settleMs = 30): Promise<{ manager: number }> {
  let manager = 0;
  compositor = await startFakeCompositor([{ interface: MANAGER, version: 3 }], (iface, id, c) => {
    if (iface !== MANAGER) return;
    manager = id;
    c.send(
      [id, 0, 'n', [0xff000001]],
      ...toplevel(0xff000001, { title: 'notes.md', appId: 'editor', activated: true }),
      [id, 0, 'n', [0xff000002]],
      ...toplevel(0xff000002, { title: '~', appId: 'terminal', activated: false }),
    );
  });
  source = new WlrootsWindowSource({ env: compositor.env, noWindowSettleMs: settleMs });
  await source.start((signal) => signals.push(signal));
  return { manager };
}

const observation = (app: string, title: string): WindowSignal => ({
  type: 'observation',
  observation: { app, title },
});

describe('WlrootsWindowSource', () => {
  it('reports the activated toplevel that exists at start', async () => {
    await twoWindows();
    expect(signals).toEqual([observation('editor', 'notes.md')]);
  });

  it('follows a switch whichever order the compositor sends activation and deactivation in', async () => {
    await twoWindows();
    // new one activated first, old one deactivated in a later write: one report, no "none" in between
    compositor!.send(...toplevel(0xff000002, { activated: true }));
    await waitFor('the terminal', () => signals.length === 2);
    compositor!.send(...toplevel(0xff000001, { activated: false }));
    // old one deactivated first: the gap is shorter than the settle time, so it is no "none"
    compositor!.send(...toplevel(0xff000002, { activated: false }));
    compositor!.send(...toplevel(0xff000001, { activated: true }));
    await waitFor('the editor again', () => signals.length === 3);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(signals).toEqual([
      observation('editor', 'notes.md'),
      observation('terminal', '~'),
      observation('editor', 'notes.md'),
    ]);
  });

  it('applies a change only at done, and reports a title change of the active window once', async () => {
    await twoWindows();
    compositor!.send([0xff000001, 0, 's', ['notes.md — edited']]);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(signals).toHaveLength(1); // not applied before done
    compositor!.send([0xff000001, 5, '', []]);
    await waitFor('the new title', () => signals.length === 2);
    // a title change of a background window is remembered, not reported
    compositor!.send(...toplevel(0xff000002, { title: 'make test' }));
    compositor!.send(
      ...toplevel(0xff000001, { activated: false }),
      ...toplevel(0xff000002, { activated: true }),
    );
    await waitFor('the terminal', () => signals.length === 3);
    expect(signals.slice(1)).toEqual([
      observation('editor', 'notes.md — edited'),
      observation('terminal', 'make test'),
    ]);
  });

  it('reports "none" only when no window stays activated, and destroys closed handles', async () => {
    await twoWindows();
    compositor!.send([0xff000001, 6, '', []]); // closed
    await waitFor('"none"', () => signals.at(-1)?.type === 'none');
    expect(signals).toEqual([observation('editor', 'notes.md'), { type: 'none' }]);
    // the client destroyed the closed handle (zwlr_foreign_toplevel_handle_v1.destroy is opcode 7)
    await waitFor('the destroy request', () =>
      compositor!.requests.some((r) => r.objectId === 0xff000001 && r.opcode === 7),
    );
  });

  it('reports a window opened and activated later, with the app id', async () => {
    const { manager } = await twoWindows();
    compositor!.send(
      [manager, 0, 'n', [0xff000003]],
      ...toplevel(0xff000001, { activated: false }),
      ...toplevel(0xff000003, { title: 'Inbox', appId: 'org.gnome.Evolution', activated: true }),
    );
    await waitFor('the new window', () => signals.length === 2);
    expect(signals[1]).toEqual(observation('org.gnome.Evolution', 'Inbox'));
  });

  it('says which protocol is missing when the compositor does not offer it', async () => {
    compositor = await startFakeCompositor([{ interface: 'wl_seat', version: 7 }]);
    source = new WlrootsWindowSource({ env: compositor.env });
    await source.start((signal) => signals.push(signal));
    expect(signals).toEqual([
      {
        type: 'unavailable',
        reason: expect.stringContaining('does not offer zwlr_foreign_toplevel_manager_v1'),
      },
    ]);
  });

  it('reports a lost connection and a protocol error as unavailable', async () => {
    await twoWindows();
    compositor!.disconnect();
    await waitFor('unavailable', () => signals.at(-1)?.type === 'unavailable');
    expect(signals.at(-1)).toEqual({
      type: 'unavailable',
      reason: expect.stringContaining('the compositor closed the connection'),
    });
    await source!.stop();
    await compositor!.close();
    signals.length = 0;

    await twoWindows();
    compositor!.send([1, 0, 'ous', [0xff000001, 3, 'invalid object']]);
    await waitFor('unavailable', () => signals.at(-1)?.type === 'unavailable');
    expect(signals.at(-1)).toEqual({
      type: 'unavailable',
      reason: expect.stringContaining('error 3 on zwlr_foreign_toplevel_handle_v1: invalid object'),
    });
  });

  it('cannot connect: names the socket path', async () => {
    source = new WlrootsWindowSource({
      env: { XDG_RUNTIME_DIR: '/nonexistent', WAYLAND_DISPLAY: 'wayland-9' },
    });
    await source.start((signal) => signals.push(signal));
    expect(signals).toEqual([
      { type: 'unavailable', reason: expect.stringContaining('/nonexistent/wayland-9') },
    ]);
  });

  it('is silent after stop', async () => {
    await twoWindows();
    await source!.stop();
    compositor!.send(...toplevel(0xff000002, { activated: true }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(signals).toHaveLength(1);
  });
});
