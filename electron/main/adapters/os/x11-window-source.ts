import { readlink } from 'node:fs/promises';
import { connectX11, type X11Connection } from './x11-connection.ts';
import {
  sameObservation,
  unavailableReason,
  type WindowListener,
  type WindowObservation,
  type WindowSource,
} from './window-source.ts';
import type { Scheduler } from '../../../core/scheduler.ts';
import { systemScheduler } from '../scheduler.ts';

// Predefined atoms of the core protocol.
const WM_NAME = 39;
const WM_CLASS = 67;
/** Windows whose identity is remembered; far more than anyone switches between. */
const IDENTITY_CACHE_SIZE = 256;

export interface X11WindowSourceOptions {
  /** The X display, default $DISPLAY. */
  display?: string;
  /** How long _NET_ACTIVE_WINDOW must stay 0 before "no window has focus" is reported (ms). */
  noWindowSettleMs?: number;
  /** The settle timer (default: the real timers). */
  scheduler?: Scheduler;
  connect?: (display?: string) => Promise<X11Connection>;
  /** The executable of a process, or undefined when it cannot be read (another user's process). */
  executableOf?: (pid: number) => Promise<string | undefined>;
}

interface Atoms {
  activeWindow: number;
  netWmName: number;
  netWmPid: number;
  utf8String: number;
}

/** Reads /proc/<pid>/exe; Linux only, and only for processes the user may inspect. */
const procExecutable = (pid: number): Promise<string | undefined> =>
  readlink(`/proc/${pid}/exe`).catch(() => undefined);

/**
 * Event-driven active-window source for X11: PropertyNotify of _NET_ACTIVE_WINDOW on the root window reports
 * switches, PropertyNotify of _NET_WM_NAME / WM_NAME on the active window reports title changes. Nothing is polled.
 */
export class X11WindowSource implements WindowSource {
  readonly kind = 'x11';
  readonly #options: X11WindowSourceOptions;
  #connection: X11Connection | undefined;
  #atoms: Atoms | undefined;
  #listener: WindowListener | undefined;
  #active = 0;
  /** Bumped on every switch so the answers of a slower, older query are dropped. */
  #generation = 0;
  /** Bumped on every description query: only the newest one may report. */
  #query = 0;
  #last: WindowObservation | undefined;
  /** App, pid and executable per window: fixed for a window's life, so a switch back costs one title read. */
  #identities = new Map<number, Identity>();
  #cancelNone: (() => void) | undefined;

  constructor(options: X11WindowSourceOptions = {}) {
    this.#options = options;
  }

  /** Connects and reports the current window; a failure to connect is reported as 'unavailable'. */
  async start(listener: WindowListener): Promise<void> {
    this.#listener = listener;
    const display = this.#options.display ?? process.env['DISPLAY'];
    try {
      const connection = await (this.#options.connect ?? connectX11)(display);
      this.#connection = connection;
      const [activeWindow, netWmName, netWmPid, utf8String] = await Promise.all(
        ['_NET_ACTIVE_WINDOW', '_NET_WM_NAME', '_NET_WM_PID', 'UTF8_STRING'].map((name) =>
          connection.internAtom(name),
        ),
      );
      this.#atoms = {
        activeWindow: activeWindow!,
        netWmName: netWmName!,
        netWmPid: netWmPid!,
        utf8String: utf8String!,
      };
      connection.onPropertyChange((window, atom) => this.#onPropertyChange(window, atom));
      connection.onClosed((error) => this.#report(error?.message ?? 'the X server closed the connection'));
      await connection.watchProperties(connection.root, true);
      await this.#readActiveWindow();
    } catch (error) {
      this.#report(`cannot read windows on X display ${display ?? '(none)'}: ${(error as Error).message}`);
    }
  }

  async stop(): Promise<void> {
    this.#cancelNone?.();
    this.#listener = undefined;
    const connection = this.#connection;
    this.#connection = undefined;
    await connection?.close();
  }

  #report(detail: string): void {
    this.#listener?.({ type: 'unavailable', reason: unavailableReason(detail) });
  }

  #onPropertyChange(window: number, atom: number): void {
    const atoms = this.#atoms;
    if (!atoms || !this.#connection) return;
    if (window === this.#connection.root && atom === atoms.activeWindow) {
      void this.#readActiveWindow();
    } else if (
      window === this.#active &&
      (atom === atoms.netWmName || atom === WM_NAME || atom === WM_CLASS)
    ) {
      if (atom === WM_CLASS) this.#identities.delete(window);
      void this.#describe(window, this.#generation);
    }
  }

  async #readActiveWindow(): Promise<void> {
    const connection = this.#connection;
    const atoms = this.#atoms;
    if (!connection || !atoms) return;
    const generation = ++this.#generation;
    let window: number;
    try {
      const property = await connection.getProperty(connection.root, atoms.activeWindow, 4);
      window = property.data.length >= 4 ? property.data.readUInt32LE(0) : 0;
    } catch {
      return; // the connection is going away; onClosed reports it
    }
    if (generation !== this.#generation || window === this.#active) return;
    this.#cancelNone?.();
    if (window === 0) {
      // window managers report 0 for a moment during a switch: only a lasting 0 means nothing has focus
      this.#cancelNone = (this.#options.scheduler ?? systemScheduler).after(
        this.#options.noWindowSettleMs ?? 500,
        () => {
          if (generation !== this.#generation) return;
          this.#switchTo(0);
          this.#last = undefined;
          this.#listener?.({ type: 'none' });
        },
      );
      return;
    }
    this.#switchTo(window);
    await this.#describe(window, generation);
  }

  /** Moves the title watch to the new window; subscribing before reading means no title change is missed. */
  #switchTo(window: number): void {
    const previous = this.#active;
    this.#active = window;
    if (previous !== 0) void this.#connection?.watchProperties(previous, false);
    if (window !== 0) void this.#connection?.watchProperties(window, true);
  }

  /** Reads the window's class, title and pid and reports them, unless a newer switch happened meanwhile. */
  async #describe(window: number, generation: number): Promise<void> {
    const connection = this.#connection;
    const atoms = this.#atoms;
    if (!connection || !atoms) return;
    const query = ++this.#query;
    let observation: WindowObservation;
    try {
      const [identity, title] = await Promise.all([this.#identify(window), this.#readTitle(window)]);
      observation = { ...identity, ...(title !== undefined && { title }) };
    } catch {
      return; // the window vanished mid-query; the window manager announces the next active window
    }
    if (query !== this.#query || generation !== this.#generation || window !== this.#active) return;
    if (sameObservation(observation, this.#last)) return;
    this.#last = observation;
    this.#listener?.({ type: 'observation', observation });
  }

  /** The window's app (WM_CLASS), pid (_NET_WM_PID) and executable (/proc/<pid>/exe), cached per window. */
  async #identify(window: number): Promise<Identity> {
    const known = this.#identities.get(window);
    if (known) return known;
    const connection = this.#connection!;
    const [wmClass, pid] = await Promise.all([
      connection.getProperty(window, WM_CLASS),
      connection.getProperty(window, this.#atoms!.netWmPid, 4),
    ]);
    const pidValue = pid.data.length >= 4 ? pid.data.readUInt32LE(0) : undefined;
    const executable = pidValue ? await (this.#options.executableOf ?? procExecutable)(pidValue) : undefined;
    const app = appName(wmClass.data) ?? executable?.slice(executable.lastIndexOf('/') + 1);
    const identity: Identity = {
      app: app || 'unknown',
      ...(executable !== undefined && { executable }),
      ...(pidValue !== undefined && { pid: pidValue }),
    };
    if (this.#identities.size >= IDENTITY_CACHE_SIZE) {
      this.#identities.delete(this.#identities.keys().next().value!);
    }
    this.#identities.set(window, identity);
    return identity;
  }

  /** _NET_WM_NAME (UTF-8), or the older WM_NAME when a window does not set it. */
  async #readTitle(window: number): Promise<string | undefined> {
    const connection = this.#connection!;
    const utf8 = this.#atoms!.utf8String;
    const title = decodeText(await connection.getProperty(window, this.#atoms!.netWmName), utf8);
    return title ?? decodeText(await connection.getProperty(window, WM_NAME), utf8);
  }
}

/** What identifies the app behind a window. */
type Identity = Pick<WindowObservation, 'app' | 'executable' | 'pid'>;

/** The class part of WM_CLASS ("instance\0class\0"), which names the app; the instance when there is no class. */
function appName(data: Buffer): string | undefined {
  const [instance, cls] = data.toString('latin1').split('\0');
  return cls || instance || undefined;
}

/** Decodes a text property: UTF8_STRING as UTF-8, STRING (and anything else) as Latin-1. */
function decodeText(property: { type: number; data: Buffer }, utf8String: number): string | undefined {
  if (property.type === 0) return undefined;
  return property.data.toString(property.type === utf8String ? 'utf8' : 'latin1');
}
