// A Wayland client connection: the socket, object ids, the registry's globals and event dispatch. Only what
// Balans needs: no file descriptors, no shared memory, no surfaces.
import { connect, type Socket } from 'node:net';
import { isAbsolute, join } from 'node:path';
import {
  WL_DISPLAY,
  WL_REGISTRY,
  wlCallback,
  wlDisplay,
  wlRegistry,
  type WaylandInterface,
} from './protocols.ts';
import { decodeArguments, encodeMessage, MessageSplitter, type ArgValue, type Signature } from './wire.ts';

export type EventListener = (event: string, args: ArgValue[]) => void;

/** A protocol object on this connection. */
export interface WaylandObject {
  readonly id: number;
  readonly iface: WaylandInterface;
  /** Receives the object's events, decoded; server-created objects arrive as WaylandObject arguments' ids. */
  listener: EventListener | undefined;
}

export interface Global {
  name: number;
  interface: string;
  version: number;
}

/** The socket path from WAYLAND_DISPLAY (a name under XDG_RUNTIME_DIR, or absolute), as libwayland resolves it. */
export function waylandSocketPath(env: Readonly<Record<string, string | undefined>>): string | undefined {
  const display = env['WAYLAND_DISPLAY'] || 'wayland-0';
  if (isAbsolute(display)) return display;
  const runtime = env['XDG_RUNTIME_DIR'];
  return runtime ? join(runtime, display) : undefined;
}

/** The first id the server allocates (server-created objects such as foreign toplevel handles). */
const SERVER_ID_START = 0xff000000;

export class WaylandConnection {
  readonly #socket: Socket;
  readonly #splitter = new MessageSplitter();
  readonly #objects = new Map<number, WaylandObject>();
  readonly #globals = new Map<number, Global>();
  readonly #closeListeners: ((error: Error | undefined) => void)[] = [];
  readonly #batchListeners: (() => void)[] = [];
  #nextId = 2; // 1 is wl_display
  #closed = false;
  #registry: WaylandObject;

  private constructor(socket: Socket) {
    this.#socket = socket;
    const display: WaylandObject = { id: 1, iface: wlDisplay, listener: (e, a) => this.#onDisplay(e, a) };
    this.#objects.set(1, display);
    this.#registry = this.#create(wlRegistry, (event, args) => this.#onRegistry(event, args));
    this.#send(1, WL_DISPLAY.getRegistry, 'n', [this.#registry.id]);
    socket.on('data', (chunk: Buffer) => this.#onData(chunk));
    socket.on('error', (error) => this.#close(error));
    socket.on('close', () => this.#close(new Error('the compositor closed the connection')));
  }

  /** Connects to the compositor at `path` and returns once every global is known. */
  static async connect(path: string): Promise<WaylandConnection> {
    const socket = await new Promise<Socket>((resolve, reject) => {
      const s = connect(path);
      s.once('connect', () => {
        s.off('error', reject);
        resolve(s);
      });
      s.once('error', reject);
    });
    const connection = new WaylandConnection(socket);
    await connection.roundtrip();
    return connection;
  }

  /** The globals the compositor offers, e.g. to see which protocols it speaks. */
  globals(): Global[] {
    return [...this.#globals.values()];
  }

  global(name: string): Global | undefined {
    return this.globals().find((g) => g.interface === name);
  }

  /** Binds a global at min(its version, `version`); the caller must then speak that version. */
  bind(global: Global, iface: WaylandInterface, version: number, listener?: EventListener): WaylandObject {
    const object = this.#create(iface, listener);
    const bound = Math.min(global.version, version);
    this.#send(this.#registry.id, WL_REGISTRY.bind, 'usun', [
      global.name,
      global.interface,
      bound,
      object.id,
    ]);
    return object;
  }

  /** Creates a client object for a request's new_id argument; the caller sends the request. */
  newObject(iface: WaylandInterface, listener?: EventListener): WaylandObject {
    return this.#create(iface, listener);
  }

  request(object: WaylandObject, opcode: number, signature: Signature = '', values: ArgValue[] = []): void {
    this.#send(object.id, opcode, signature, values);
  }

  /** Forgets an object after its destructor request: events still in flight for it are dropped. */
  forget(object: WaylandObject): void {
    object.listener = undefined;
  }

  /** Resolves once the compositor has handled every request sent so far (and sent their events). */
  roundtrip(): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.#closed) return reject(new Error('the connection is closed'));
      const onClose = (error: Error | undefined) => reject(error ?? new Error('the connection closed'));
      this.#closeListeners.push(onClose);
      const callback = this.#create(wlCallback, () => {
        this.#closeListeners.splice(this.#closeListeners.indexOf(onClose), 1);
        resolve();
      });
      this.#send(1, WL_DISPLAY.sync, 'n', [callback.id]);
    });
  }

  /** Called when the connection ends: `error` says why, undefined when closed by close(). */
  onClose(listener: (error: Error | undefined) => void): void {
    this.#closeListeners.push(listener);
  }

  /**
   * Called after each batch of events read from the socket has been dispatched. A compositor sends the events of
   * one change together, so a batch is the moment when every object is consistent again.
   */
  onBatch(listener: () => void): void {
    this.#batchListeners.push(listener);
  }

  get closed(): boolean {
    return this.#closed;
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#close(undefined);
    await new Promise<void>((resolve) => this.#socket.end(resolve));
    this.#socket.destroy();
  }

  #create(iface: WaylandInterface, listener?: EventListener): WaylandObject {
    const object: WaylandObject = { id: this.#nextId++, iface, listener };
    this.#objects.set(object.id, object);
    return object;
  }

  #send(id: number, opcode: number, signature: Signature, values: readonly ArgValue[]): void {
    if (this.#closed) return;
    this.#socket.write(encodeMessage(id, opcode, signature, values));
  }

  #onData(chunk: Buffer): void {
    try {
      for (const message of this.#splitter.push(chunk)) {
        const object = this.#objects.get(message.objectId);
        const spec = object?.iface.events[message.opcode];
        if (!object || !spec) continue; // an object destroyed meanwhile, or an event newer than we know
        const args = decodeArguments(spec.signature, message.body);
        if (spec.creates) {
          // a server-created object: register it before the listener sees its id
          const index = spec.signature.indexOf('n');
          const id = args[index] as number;
          if (id < SERVER_ID_START) throw new Error(`server created object with client id ${id}`);
          this.#objects.set(id, { id, iface: spec.creates, listener: undefined });
        }
        object.listener?.(spec.name, args);
        if (this.#closed) return;
      }
    } catch (error) {
      this.#close(new Error(`protocol error: ${(error as Error).message}`));
      this.#socket.destroy();
      return;
    }
    for (const listener of this.#batchListeners) listener();
  }

  /** The object a server-created id names, so its listener can be set. */
  object(id: number): WaylandObject | undefined {
    return this.#objects.get(id);
  }

  #onDisplay(event: string, args: ArgValue[]): void {
    if (event === 'error') {
      const [objectId, code, message] = args as [number, number, string];
      const name = this.#objects.get(objectId)?.iface.name ?? `object ${objectId}`;
      this.#close(new Error(`the compositor reported error ${code} on ${name}: ${message}`));
      this.#socket.destroy();
    } else if (event === 'delete_id') {
      this.#objects.delete(args[0] as number);
    }
  }

  #onRegistry(event: string, args: ArgValue[]): void {
    if (event === 'global') {
      const [name, iface, version] = args as [number, string, number];
      this.#globals.set(name, { name, interface: iface, version });
    } else if (event === 'global_remove') {
      this.#globals.delete(args[0] as number);
    }
  }

  #close(error: Error | undefined): void {
    if (this.#closed) return;
    this.#closed = true;
    for (const listener of this.#closeListeners.splice(0)) listener(error);
  }
}
