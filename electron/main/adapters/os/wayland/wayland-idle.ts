import { IDLE_MINUTES } from '../../../../shared/domain/settings.ts';
import { WaylandConnection, waylandSocketPath, type WaylandObject } from './connection.ts';
import {
  EXT_IDLE_NOTIFIER,
  extIdleNotification,
  extIdleNotifier,
  KDE_IDLE,
  kdeIdle,
  kdeIdleTimeout,
  wlSeat,
} from './protocols.ts';

/** The compositor idle protocols, newest first: ext-idle-notify (wayland-protocols), then KDE's older one. */
export const IDLE_PROTOCOLS = ['ext_idle_notifier_v1', 'org_kde_kwin_idle'] as const;
export type IdleProtocol = (typeof IDLE_PROTOCOLS)[number];

/**
 * The shortest idle threshold Settings allows: the compositor says "idle" after this long without input, and from
 * then on the idle time is exact, so any threshold at or above it is decided correctly.
 */
export const DEFAULT_IDLE_TIMEOUT_MS = IDLE_MINUTES.min * 60_000;

export interface WaylandIdleMonitorOptions {
  env?: Readonly<Record<string, string | undefined>>;
  timeoutMs?: number;
  now?: () => number;
  connect?: (path: string) => Promise<WaylandConnection>;
}

/**
 * The idle time as the Wayland compositor knows it — the only one that sees input to every app. The compositor
 * reports "idled" once `timeoutMs` pass without input and "resumed" at the next input; in between the idle time
 * is now − (idled − timeout). Before idled it is less than the timeout and reported as 0.
 */
export class WaylandIdleMonitor {
  readonly #options: WaylandIdleMonitorOptions;
  readonly #timeoutMs: number;
  readonly #now: () => number;
  #connection: WaylandConnection | undefined;
  #lastInputAt: number | undefined;
  #protocol: IdleProtocol | undefined;
  readonly #listeners: ((idle: boolean) => void)[] = [];

  constructor(options: WaylandIdleMonitorOptions = {}) {
    this.#options = options;
    this.#timeoutMs = options.timeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS;
    this.#now = options.now ?? Date.now;
  }

  /** Connects and subscribes; returns the protocol used, or throws saying why the compositor's idle is unknown. */
  async start(): Promise<IdleProtocol> {
    const path = waylandSocketPath(this.#options.env ?? process.env);
    if (!path) throw new Error('XDG_RUNTIME_DIR is not set');
    const connection = await (this.#options.connect ?? WaylandConnection.connect)(path);
    const protocol = IDLE_PROTOCOLS.find((name) => connection.global(name));
    const seatGlobal = connection.global('wl_seat');
    if (!protocol || !seatGlobal) {
      await connection.close();
      throw new Error(
        `the compositor offers ${!seatGlobal ? 'no seat' : `none of ${IDLE_PROTOCOLS.join(', ')}`}`,
      );
    }
    this.#connection = connection;
    this.#protocol = protocol;
    connection.onClose(() => {
      // without the compositor nothing is known: report active rather than a stale idle time
      this.#lastInputAt = undefined;
    });
    const seat = connection.bind(seatGlobal, wlSeat, 1);
    const listener = (event: string) => this.#onEvent(event);
    if (protocol === 'ext_idle_notifier_v1') {
      const notifier = connection.bind(connection.global(protocol)!, extIdleNotifier, 1);
      const notification = connection.newObject(extIdleNotification, listener);
      connection.request(notifier, EXT_IDLE_NOTIFIER.getIdleNotification, 'nuo', [
        notification.id,
        this.#timeoutMs,
        seat.id,
      ]);
    } else {
      const idle = connection.bind(connection.global(protocol)!, kdeIdle, 1);
      const timeout: WaylandObject = connection.newObject(kdeIdleTimeout, listener);
      connection.request(idle, KDE_IDLE.getIdleTimeout, 'nou', [timeout.id, seat.id, this.#timeoutMs]);
    }
    await connection.roundtrip();
    return protocol;
  }

  /** Which protocol reports idle, once started. */
  get protocol(): IdleProtocol | undefined {
    return this.#protocol;
  }

  /** Whether the compositor is still connected and reporting. */
  get connected(): boolean {
    return this.#connection !== undefined && !this.#connection.closed;
  }

  /** Milliseconds since the last input to any app, as far as the compositor has told. */
  idleMs(): number {
    return this.#lastInputAt === undefined ? 0 : Math.max(0, this.#now() - this.#lastInputAt);
  }

  /** Called with true at "idled" and false at "resumed". */
  onChange(listener: (idle: boolean) => void): () => void {
    this.#listeners.push(listener);
    return () => {
      const index = this.#listeners.indexOf(listener);
      if (index >= 0) this.#listeners.splice(index, 1);
    };
  }

  async stop(): Promise<void> {
    const connection = this.#connection;
    this.#connection = undefined;
    this.#lastInputAt = undefined;
    await connection?.close();
  }

  #onEvent(event: string): void {
    const idle = event === 'idled' || event === 'idle';
    this.#lastInputAt = idle ? this.#now() - this.#timeoutMs : undefined;
    for (const listener of this.#listeners) listener(idle);
  }
}
