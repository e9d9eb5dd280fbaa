import { createRequire } from 'node:module';

/** The one property value shape GetProperty returns. */
export interface X11Property {
  /** The property's type atom (0 when the window has no such property). */
  type: number;
  format: number;
  data: Buffer;
}

/** The small part of an X connection the window source needs, with promises instead of callbacks. */
export interface X11Connection {
  readonly root: number;
  internAtom(name: string): Promise<number>;
  /** Reads a property of any type; rejects when the window no longer exists. */
  getProperty(window: number, atom: number, maxBytes?: number): Promise<X11Property>;
  /** Starts or stops PropertyNotify events for a window; a vanished window is ignored. */
  watchProperties(window: number, watch: boolean): Promise<void>;
  onPropertyChange(listener: (window: number, atom: number) => void): void;
  /** Called once when the connection fails or the server goes away. */
  onClosed(listener: (error: Error | undefined) => void): void;
  close(): Promise<void>;
}

// Only the members of the untyped x11 package this module calls.
type Callback<T> = (error: Error | null | undefined, value?: T) => unknown;
interface RawClient {
  InternAtom(onlyIfExists: boolean, name: string, cb: Callback<number>): void;
  GetProperty(
    del: number,
    wid: number,
    atom: number,
    type: number,
    offset: number,
    length: number,
    cb: Callback<X11Property>,
  ): void;
  ChangeWindowAttributes(wid: number, values: { eventMask: number }, cb: Callback<void>): void;
  on(
    event: 'event',
    listener: (ev: { name?: string; wid?: number; window?: number; atom?: number }) => void,
  ): void;
  on(event: 'error' | 'end', listener: (error?: Error) => void): void;
  close(cb: () => void): void;
  terminate(): void;
}
interface RawDisplay {
  client: RawClient;
  screen: { root: number }[];
}
interface X11Module {
  createClient(
    options: { display?: string },
    cb: (error: Error | null, display: RawDisplay) => void,
  ): RawClient;
  eventMask: { PropertyChange: number };
}

const ANY_PROPERTY_TYPE = 0;

/** Opens a connection to the X server at `display` (default: $DISPLAY). */
export function connectX11(display?: string): Promise<X11Connection> {
  // x11 is CommonJS without type declarations: load it through require and describe what we use above.
  const x11 = createRequire(import.meta.url)('x11') as X11Module;
  return new Promise((resolve, reject) => {
    let settled = false;
    const client = x11.createClient(display ? { display } : {}, (error, opened) => {
      settled = true;
      if (error) reject(error);
      else resolve(wrap(opened, x11.eventMask.PropertyChange));
    });
    // a connection refused before setup reports through the init callback; anything earlier through 'error'
    client.on('error', (error) => {
      if (!settled) {
        settled = true;
        reject(error ?? new Error('X connection failed'));
      }
    });
  });
}

function wrap(display: RawDisplay, propertyChangeMask: number): X11Connection {
  const client = display.client;
  const root = display.screen[0]?.root;
  if (root === undefined) throw new Error('The X server reported no screen');
  const propertyListeners: ((window: number, atom: number) => void)[] = [];
  let closedListener: ((error: Error | undefined) => void) | undefined;
  let closing = false;
  let closed = false;
  const reportClosed = (error: Error | undefined) => {
    if (closed || closing) return;
    closed = true;
    closedListener?.(error);
  };

  client.on('event', (ev) => {
    if (ev.name !== 'PropertyNotify' || ev.atom === undefined) return;
    const window = ev.wid ?? ev.window;
    if (window === undefined) return;
    for (const listener of propertyListeners) listener(window, ev.atom);
  });
  // errors of requests with a callback go to that callback; what reaches here is unexpected but not fatal
  client.on('error', () => {});
  client.on('end', () => reportClosed(new Error('The X server closed the connection')));

  /** Calls a request with a callback that turns X errors into rejections (returning true marks them handled). */
  const request = <T>(send: (cb: Callback<T>) => void): Promise<T> =>
    new Promise((resolve, reject) => {
      try {
        send((error, value) => {
          if (error) reject(error);
          else resolve(value as T);
          return true;
        });
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });

  return {
    root,
    internAtom: (name) => request<number>((cb) => client.InternAtom(false, name, cb)),
    getProperty: (window, atom, maxBytes = 4096) =>
      request<X11Property>((cb) =>
        client.GetProperty(0, window, atom, ANY_PROPERTY_TYPE, 0, Math.ceil(maxBytes / 4), cb),
      ),
    watchProperties: (window, watch) =>
      request<void>((cb) =>
        client.ChangeWindowAttributes(window, { eventMask: watch ? propertyChangeMask : 0 }, cb),
      ).catch(() => undefined),
    onPropertyChange: (listener) => {
      propertyListeners.push(listener);
    },
    onClosed: (listener) => {
      closedListener = listener;
    },
    close: () =>
      new Promise<void>((resolve) => {
        if (closed || closing) return resolve();
        closing = true;
        try {
          client.close(() => resolve());
        } catch {
          client.terminate();
          resolve();
        }
      }),
  };
}
