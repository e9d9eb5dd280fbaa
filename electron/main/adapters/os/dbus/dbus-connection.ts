// A promise-based face on @homebridge/dbus-native (the maintained fork of dbus-native: pure JavaScript, no native
// build), with only what Balans uses: calls, exported methods and signal subscriptions.
import { createRequire } from 'node:module';

type Callback = (
  error: { name?: string; message?: unknown } | Error | undefined,
  ...values: unknown[]
) => void;

interface RawMessage {
  type?: number;
  sender?: string;
  path?: string;
  interface?: string;
  member?: string;
  signature?: string;
  body?: unknown[];
}
interface RawBus {
  name?: string;
  helloError?: Error;
  connection: {
    on(event: 'connect' | 'message' | 'error' | 'end', listener: (value: never) => void): void;
    once(event: 'connect' | 'error', listener: (value: never) => void): void;
    end(): void;
  };
  invoke(message: RawMessage & { destination: string }, callback: Callback): void;
  addMatch(rule: string, callback: Callback): void;
  requestName(name: string, flags: number, callback: Callback): void;
  sendSignal(path: string, iface: string, name: string, signature: string, body: unknown[]): void;
  exportInterface(
    object: Record<string, unknown>,
    path: string,
    iface: { name: string; methods: Record<string, [string, string]>; signals: Record<string, [string]> },
  ): void;
}
interface DbusNative {
  sessionBus(options: { busAddress?: string }): RawBus;
  systemBus(): RawBus;
  createClient(options: { busAddress: string }): RawBus;
}

const SIGNAL = 4;

export interface DbusCall {
  destination: string;
  path: string;
  interface: string;
  member: string;
  signature?: string;
  body?: unknown[];
}

/** A method Balans exports: receives the arguments and the caller's unique bus name. */
export type ExportedMethod = (args: unknown[], sender: string) => unknown;

export interface Signal {
  sender: string;
  path: string;
  member: string;
  body: unknown[];
}

export class DbusError extends Error {
  readonly dbusName: string;
  constructor(dbusName: string, message: string) {
    super(`${dbusName}: ${message}`);
    this.dbusName = dbusName;
  }
}

export class DbusConnection {
  readonly #bus: RawBus;
  readonly #signalListeners = new Set<(signal: Signal) => void>();
  #closed = false;

  private constructor(bus: RawBus) {
    this.#bus = bus;
    bus.connection.on('message', (message: RawMessage) => {
      if (message.type !== SIGNAL) return;
      const signal = {
        sender: message.sender ?? '',
        path: message.path ?? '',
        member: `${message.interface}.${message.member}`,
        body: message.body ?? [],
      };
      for (const listener of this.#signalListeners) listener(signal);
    });
  }

  /**
   * Connects to the bus at `address` (default DBUS_SESSION_BUS_ADDRESS; 'system' for the system bus) and waits
   * until the bus has given this connection its unique name.
   */
  static async connect(address?: string): Promise<DbusConnection> {
    const dbus = createRequire(import.meta.url)('@homebridge/dbus-native') as DbusNative;
    if (address !== 'system' && !address && !process.env['DBUS_SESSION_BUS_ADDRESS']) {
      throw new Error('no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set)');
    }
    const raw =
      address === 'system' ? dbus.systemBus() : dbus.sessionBus(address ? { busAddress: address } : {});
    const bus = new DbusConnection(raw);
    await new Promise<void>((resolve, reject) => {
      raw.connection.once('error', (error: Error) => reject(error));
      raw.connection.on('end', () => reject(new Error('the D-Bus connection closed')));
      // Hello's reply sets the name; a call after it proves the name is there
      bus
        .call({
          destination: 'org.freedesktop.DBus',
          path: '/org/freedesktop/DBus',
          interface: 'org.freedesktop.DBus',
          member: 'GetId',
        })
        .then(() => resolve(), reject);
    });
    raw.connection.on('error', () => {});
    return bus;
  }

  /** This connection's unique name, e.g. ":1.42". */
  get name(): string {
    return this.#bus.name ?? '';
  }

  /** Calls a method and resolves with its return values. */
  call(message: DbusCall): Promise<unknown[]> {
    return new Promise((resolve, reject) => {
      if (this.#closed) return reject(new Error('the D-Bus connection is closed'));
      this.#bus.invoke(message, (error, ...values) => {
        if (!error) return resolve(values);
        if (error instanceof Error) return reject(error);
        const text = Array.isArray(error.message) ? error.message.join(' ') : String(error.message ?? '');
        reject(new DbusError(error.name ?? 'org.freedesktop.DBus.Error.Failed', text));
      });
    });
  }

  /** The unique name that owns a well-known name, or undefined when nobody does. */
  async owner(name: string): Promise<string | undefined> {
    try {
      const [owner] = await this.call({
        destination: 'org.freedesktop.DBus',
        path: '/org/freedesktop/DBus',
        interface: 'org.freedesktop.DBus',
        member: 'GetNameOwner',
        signature: 's',
        body: [name],
      });
      return owner as string;
    } catch {
      return undefined;
    }
  }

  /** Exports methods under `path` and `iface`; `signature` says what each receives, `returns` what it answers. */
  export(
    path: string,
    iface: string,
    methods: Record<string, { signature: string; returns?: string; handle: ExportedMethod }>,
  ): void {
    const object: Record<string, unknown> = {};
    const spec: Record<string, [string, string]> = {};
    for (const [member, { signature, returns, handle }] of Object.entries(methods)) {
      spec[member] = [signature, returns ?? ''];
      // dbus-native passes the arguments, then the message itself
      object[member] = (...args: unknown[]) => {
        const message = args.pop() as RawMessage;
        return handle(args, message.sender ?? '');
      };
    }
    this.#bus.exportInterface(object, path, { name: iface, methods: spec, signals: {} });
  }

  /** Subscribes to signals matching a D-Bus match rule; the listener gets every signal this connection receives. */
  async subscribe(rule: string, listener: (signal: Signal) => void): Promise<() => void> {
    await new Promise<void>((resolve, reject) =>
      this.#bus.addMatch(rule, (error) => (error ? reject(new Error(String(error.message))) : resolve())),
    );
    this.#signalListeners.add(listener);
    return () => this.#signalListeners.delete(listener);
  }

  /** Takes a well-known name (tests stand in for system services with it). */
  async requestName(name: string): Promise<void> {
    await new Promise<void>((resolve, reject) =>
      this.#bus.requestName(name, 0, (error) =>
        error ? reject(new Error(String(error.message))) : resolve(),
      ),
    );
  }

  /** Emits a signal from `path`. */
  emit(path: string, iface: string, member: string, signature: string, body: unknown[]): void {
    this.#bus.sendSignal(path, iface, member, signature, body);
  }

  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#bus.connection.end();
  }
}
