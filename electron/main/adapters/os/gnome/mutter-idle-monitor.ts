import { DbusConnection, type Signal } from '../dbus/dbus-connection.ts';
import { DEFAULT_IDLE_TIMEOUT_MS } from '../wayland/wayland-idle.ts';

const IDLE_MONITOR = {
  destination: 'org.gnome.Mutter.IdleMonitor',
  path: '/org/gnome/Mutter/IdleMonitor/Core',
  interface: 'org.gnome.Mutter.IdleMonitor',
} as const;

export interface MutterIdleMonitorOptions {
  busAddress: string | undefined;
  timeoutMs?: number;
  now?: () => number;
}

/**
 * GNOME's idle time, from Mutter's IdleMonitor (GNOME offers apps no Wayland idle protocol): an idle watch fires
 * once `timeoutMs` pass without input, a user-active watch at the next input; in between the idle time is exact.
 * The same model as the Wayland idle monitor, so presence treats both alike.
 */
export class MutterIdleMonitor {
  readonly #options: MutterIdleMonitorOptions;
  readonly #timeoutMs: number;
  readonly #now: () => number;
  #bus: DbusConnection | undefined;
  #owner: string | undefined;
  #idleWatch = 0;
  #activeWatch = 0;
  #lastInputAt: number | undefined;
  /** Watches that fired before the call that added them returned (Mutter fires at once when already idle). */
  readonly #early = new Set<number>();
  readonly #listeners: ((idle: boolean) => void)[] = [];

  constructor(options: MutterIdleMonitorOptions) {
    this.#options = options;
    this.#timeoutMs = options.timeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS;
    this.#now = options.now ?? Date.now;
  }

  async start(): Promise<'mutter'> {
    const bus = await DbusConnection.connect(this.#options.busAddress);
    this.#owner = await bus.owner(IDLE_MONITOR.destination);
    if (!this.#owner) {
      bus.close();
      throw new Error('Mutter does not offer org.gnome.Mutter.IdleMonitor on this bus');
    }
    this.#bus = bus;
    // matched by path and member; the sender is checked against the owner's unique name in #onWatch
    await bus.subscribe(
      `type='signal',path='${IDLE_MONITOR.path}',interface='${IDLE_MONITOR.interface}',member='WatchFired'`,
      (signal) => void this.#onWatch(signal),
    );
    const [id] = await bus.call({
      ...IDLE_MONITOR,
      member: 'AddIdleWatch',
      signature: 't',
      body: [this.#timeoutMs],
    });
    this.#idleWatch = Number(id);
    if (this.#early.delete(this.#idleWatch)) await this.#onIdle();
    return 'mutter';
  }

  get connected(): boolean {
    return this.#bus !== undefined;
  }

  idleMs(): number {
    return this.#lastInputAt === undefined ? 0 : Math.max(0, this.#now() - this.#lastInputAt);
  }

  onChange(listener: (idle: boolean) => void): void {
    this.#listeners.push(listener);
  }

  async stop(): Promise<void> {
    const bus = this.#bus;
    this.#bus = undefined;
    this.#lastInputAt = undefined;
    if (!bus) return;
    for (const id of [this.#idleWatch, this.#activeWatch].filter(Boolean)) {
      await bus.call({ ...IDLE_MONITOR, member: 'RemoveWatch', signature: 'u', body: [id] }).catch(() => {});
    }
    bus.close();
  }

  async #onWatch(signal: Signal): Promise<void> {
    if (signal.sender !== this.#owner || !this.#bus) return;
    const id = Number(signal.body[0]);
    if (id === this.#idleWatch) await this.#onIdle();
    else if (id === this.#activeWatch) this.#onActive();
    else this.#early.add(id);
  }

  async #onIdle(): Promise<void> {
    const bus = this.#bus!;
    // the exact idle time: when already idle at start, it is longer than the watch's interval
    const [idletime] = await bus.call({ ...IDLE_MONITOR, member: 'GetIdletime' });
    this.#lastInputAt = this.#now() - Math.max(this.#timeoutMs, Number(idletime));
    this.#notify(true);
    // a user-active watch fires once, at the next input
    const [active] = await bus.call({ ...IDLE_MONITOR, member: 'AddUserActiveWatch' });
    this.#activeWatch = Number(active);
    if (this.#early.delete(this.#activeWatch)) this.#onActive();
  }

  #onActive(): void {
    this.#activeWatch = 0;
    this.#lastInputAt = undefined;
    this.#notify(false);
  }

  #notify(idle: boolean): void {
    for (const listener of this.#listeners) listener(idle);
  }
}
