// A scripted Wayland compositor on a real unix socket, for unit tests of the Wayland clients: it answers
// get_registry with the globals it is given, sync with done, and records binds and requests; the test sends events.
import { createServer, type Server, type Socket } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  decodeArguments,
  encodeMessage,
  MessageSplitter,
  type ArgValue,
} from '../../electron/main/adapters/os/wayland/wire.ts';
import { waitFor } from './wait-for.ts';

export interface FakeGlobal {
  interface: string;
  version: number;
}

export interface Request {
  objectId: number;
  opcode: number;
  body: Buffer;
}

export interface FakeCompositor {
  /** Environment that points a client at this compositor. */
  env: Record<string, string>;
  /** Waits for the client to bind `iface` and returns the object id it chose. */
  bound(iface: string): Promise<number>;
  /** Sends events; those of one call arrive in one write, as a compositor flushes one change. */
  send(...events: [objectId: number, opcode: number, signature: string, values: ArgValue[]][]): void;
  requests: Request[];
  /** Drops the client's connection. */
  disconnect(): void;
  close(): Promise<void>;
}

/** Called when the client binds a global, before any later request is answered: the initial state goes here. */
export type OnBind = (iface: string, id: number, compositor: FakeCompositor) => void;

export async function startFakeCompositor(globals: FakeGlobal[], onBind?: OnBind): Promise<FakeCompositor> {
  const dir = mkdtempSync(join(tmpdir(), 'balans-fake-wayland-'));
  const binds = new Map<string, number>();
  const requests: Request[] = [];
  let client: Socket | undefined;
  let registry = 0;

  const onRequest = (socket: Socket, { objectId, opcode, body }: Request) => {
    requests.push({ objectId, opcode, body });
    if (objectId === 1 && opcode === 1) {
      registry = decodeArguments('n', body)[0] as number;
      socket.write(
        Buffer.concat(
          globals.map((g, i) => encodeMessage(registry, 0, 'usu', [i + 1, g.interface, g.version])),
        ),
      );
    } else if (objectId === 1 && opcode === 0) {
      const callback = decodeArguments('n', body)[0] as number;
      socket.write(
        Buffer.concat([encodeMessage(callback, 0, 'u', [0]), encodeMessage(1, 1, 'u', [callback])]),
      );
    } else if (objectId === registry && opcode === 0) {
      const [, iface, , id] = decodeArguments('usun', body) as [number, string, number, number];
      binds.set(iface, id);
      onBind?.(iface, id, compositor);
    }
  };

  const server: Server = createServer((socket) => {
    client = socket;
    const splitter = new MessageSplitter();
    socket.on('data', (chunk: Buffer) => {
      for (const message of splitter.push(chunk)) onRequest(socket, message);
    });
    socket.on('error', () => {});
  });
  const path = join(dir, 'wayland-test');
  await new Promise<void>((resolve) => server.listen(path, resolve));
  const compositor: FakeCompositor = {
    env: { XDG_RUNTIME_DIR: dir, WAYLAND_DISPLAY: 'wayland-test' },
    bound: (iface) => waitFor(`the client to bind ${iface}`, () => binds.get(iface)),
    send(...events) {
      client?.write(
        Buffer.concat(events.map(([id, opcode, sig, values]) => encodeMessage(id, opcode, sig, values))),
      );
    },
    requests,
    disconnect: () => client?.destroy(),
    async close() {
      client?.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      // The group's last members may still be writing in it a moment after the leader exits.
      rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    },
  };
  return compositor;
}
