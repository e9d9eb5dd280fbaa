// sway's IPC (the i3 protocol, sway-ipc(7)): each message is the magic "i3-ipc", a 32-bit payload length, a
// 32-bit type, then the JSON or command text; replies come back in order, with the same type.
import { connect, type Socket } from 'node:net';

const MAGIC = Buffer.from('i3-ipc');
const HEADER_BYTES = MAGIC.length + 8;
export const SWAY_IPC = { runCommand: 0, getTree: 4, getVersion: 7 } as const;

/** Encodes one IPC message. */
export function encodeSwayMessage(type: number, payload: string): Buffer {
  const body = Buffer.from(payload, 'utf8');
  const header = Buffer.alloc(HEADER_BYTES);
  MAGIC.copy(header);
  header.writeUInt32LE(body.length, MAGIC.length);
  header.writeUInt32LE(type, MAGIC.length + 4);
  return Buffer.concat([header, body]);
}

/** The result of one command in a RUN_COMMAND reply. */
export interface CommandResult {
  success: boolean;
  error?: string;
}

export class SwayIpc {
  readonly #socket: Socket;
  #buffer = Buffer.alloc(0);
  readonly #waiting: { resolve: (payload: string) => void; reject: (error: Error) => void }[] = [];

  private constructor(socket: Socket) {
    this.#socket = socket;
    socket.on('data', (chunk: Buffer) => this.#onData(chunk));
    const fail = (error: Error) => {
      for (const w of this.#waiting.splice(0)) w.reject(error);
    };
    socket.on('error', fail);
    socket.on('close', () => fail(new Error('sway closed the IPC connection')));
  }

  /** Connects to the socket named by SWAYSOCK. */
  static connect(path: string): Promise<SwayIpc> {
    return new Promise((resolve, reject) => {
      const socket = connect(path);
      socket.once('connect', () => {
        socket.off('error', reject);
        resolve(new SwayIpc(socket));
      });
      socket.once('error', reject);
    });
  }

  /** Sends a message and resolves with its reply's payload. */
  send(type: number, payload = ''): Promise<string> {
    return new Promise((resolve, reject) => {
      this.#waiting.push({ resolve, reject });
      this.#socket.write(encodeSwayMessage(type, payload));
    });
  }

  /** Runs sway commands (e.g. `[app_id="x"] focus`); rejects when one of them fails. */
  async command(command: string): Promise<CommandResult[]> {
    const results = JSON.parse(await this.send(SWAY_IPC.runCommand, command)) as CommandResult[];
    const failed = results.find((r) => !r.success);
    if (failed) throw new Error(`sway refused "${command}": ${failed.error ?? 'no reason given'}`);
    return results;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.#socket.end(resolve));
  }

  #onData(chunk: Buffer): void {
    this.#buffer = Buffer.concat([this.#buffer, chunk]);
    while (this.#buffer.length >= HEADER_BYTES) {
      const length = this.#buffer.readUInt32LE(MAGIC.length);
      if (this.#buffer.length < HEADER_BYTES + length) return;
      const payload = this.#buffer.toString('utf8', HEADER_BYTES, HEADER_BYTES + length);
      this.#buffer = this.#buffer.subarray(HEADER_BYTES + length);
      this.#waiting.shift()?.resolve(payload);
    }
  }
}
