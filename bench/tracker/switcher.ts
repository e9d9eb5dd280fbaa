// Switches the active window the way a pager or taskbar does: an EWMH _NET_ACTIVE_WINDOW client message to the
// root window, sent over a direct X connection so the moment of the request is known to the millisecond.
import { createRequire } from 'node:module';

interface Client {
  InternAtom(onlyIfExists: boolean, name: string, cb: (error: unknown, atom: number) => unknown): void;
  SendClientMessage(destination: number, wid: number, type: number, format: number, data: number[]): void;
  close(cb: () => void): void;
}
interface X11 {
  createClient(
    options: { display: string },
    cb: (error: unknown, display: { client: Client; screen: { root: number }[] }) => void,
  ): void;
}

export interface Switcher {
  /** Asks the window manager to activate `window`; returns when the request was sent (ms since epoch). */
  activate(window: number): number;
  close(): Promise<void>;
}

/** Connects to `display` and returns a switcher. */
export function connectSwitcher(display: string): Promise<Switcher> {
  const x11 = createRequire(import.meta.url)('x11') as X11;
  return new Promise((resolve, reject) => {
    x11.createClient({ display }, (error, opened) => {
      if (error) return reject(error);
      const { client } = opened;
      const root = opened.screen[0]!.root;
      client.InternAtom(false, '_NET_ACTIVE_WINDOW', (atomError, atom) => {
        if (atomError) return reject(atomError);
        resolve({
          activate(window) {
            const at = performance.timeOrigin + performance.now();
            // source indication 2 (pager), timestamp 0 (now), no currently active window
            client.SendClientMessage(root, window, atom, 32, [2, 0, 0, 0, 0]);
            return at;
          },
          close: () => new Promise((done) => client.close(done)),
        });
        return true;
      });
    });
  });
}
