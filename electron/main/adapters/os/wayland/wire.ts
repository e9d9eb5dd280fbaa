// The Wayland wire format (https://wayland.freedesktop.org/docs/html/ch04.html#sect-Protocol-Wire-Format): each
// message is a header of two 32-bit words — the object id, then (size in bytes << 16) | opcode — followed by its
// arguments, each padded to 32 bits. Words are in the host's byte order; every platform Balans runs on is
// little-endian. File descriptors travel out of band (SCM_RIGHTS) and are not supported: none of the protocols
// used here pass one.

/**
 * One argument type per character, as libwayland writes signatures: i int, u uint, f fixed (24.8), s string,
 * o object id, n new id, a array.
 */
export type Signature = string;
export type ArgValue = number | string | null | Buffer;

const HEADER_BYTES = 8;
/** The largest message libwayland sends or accepts (WL_MAX_MESSAGE_SIZE). */
export const MAX_MESSAGE_BYTES = 4_096;

export class WireError extends Error {}

const padded = (length: number) => (length + 3) & ~3;

function argumentBytes(type: string, value: ArgValue): number {
  switch (type) {
    case 's':
      return value === null ? 4 : 4 + padded(Buffer.byteLength(value as string) + 1);
    case 'a':
      return 4 + padded((value as Buffer).length);
    case 'i':
    case 'u':
    case 'f':
    case 'o':
    case 'n':
      return 4;
    default:
      throw new WireError(`unsupported argument type '${type}'`);
  }
}

/** Encodes one request (or event) as it goes on the wire. */
export function encodeMessage(
  objectId: number,
  opcode: number,
  signature: Signature,
  values: readonly ArgValue[],
): Buffer {
  if (signature.length !== values.length) {
    throw new WireError(`signature '${signature}' takes ${signature.length} arguments, got ${values.length}`);
  }
  let size = HEADER_BYTES;
  for (const [i, type] of [...signature].entries()) size += argumentBytes(type, values[i]!);
  if (size > MAX_MESSAGE_BYTES) throw new WireError(`message of ${size} bytes exceeds ${MAX_MESSAGE_BYTES}`);
  const buffer = Buffer.alloc(size);
  buffer.writeUInt32LE(objectId, 0);
  buffer.writeUInt32LE(((size << 16) | opcode) >>> 0, 4);
  let offset = HEADER_BYTES;
  for (const [i, type] of [...signature].entries()) {
    const value = values[i]!;
    switch (type) {
      case 'i':
        buffer.writeInt32LE(value as number, offset);
        offset += 4;
        break;
      case 'f':
        buffer.writeInt32LE(Math.round((value as number) * 256), offset);
        offset += 4;
        break;
      case 's':
        if (value === null) {
          buffer.writeUInt32LE(0, offset);
          offset += 4;
        } else {
          const length = Buffer.byteLength(value as string) + 1; // the length counts the terminating NUL
          buffer.writeUInt32LE(length, offset);
          buffer.write(value as string, offset + 4, 'utf8'); // Buffer.alloc left the NUL and padding zero
          offset += 4 + padded(length);
        }
        break;
      case 'a': {
        const data = value as Buffer;
        buffer.writeUInt32LE(data.length, offset);
        data.copy(buffer, offset + 4);
        offset += 4 + padded(data.length);
        break;
      }
      default:
        buffer.writeUInt32LE(value as number, offset);
        offset += 4;
    }
  }
  return buffer;
}

/** Decodes a message body (without its header) according to `signature`. */
export function decodeArguments(signature: Signature, body: Buffer): ArgValue[] {
  const values: ArgValue[] = [];
  let offset = 0;
  const need = (bytes: number) => {
    if (offset + bytes > body.length) {
      throw new WireError(`message body of ${body.length} bytes is too short for signature '${signature}'`);
    }
  };
  for (const type of signature) {
    need(4);
    switch (type) {
      case 'i':
        values.push(body.readInt32LE(offset));
        offset += 4;
        break;
      case 'f':
        values.push(body.readInt32LE(offset) / 256);
        offset += 4;
        break;
      case 'u':
      case 'o':
      case 'n':
        values.push(body.readUInt32LE(offset));
        offset += 4;
        break;
      case 's': {
        const length = body.readUInt32LE(offset);
        offset += 4;
        if (length === 0) {
          values.push(null);
          break;
        }
        need(padded(length));
        if (body[offset + length - 1] !== 0) throw new WireError('string argument is not NUL-terminated');
        values.push(body.toString('utf8', offset, offset + length - 1));
        offset += padded(length);
        break;
      }
      case 'a': {
        const length = body.readUInt32LE(offset);
        offset += 4;
        need(padded(length));
        values.push(Buffer.from(body.subarray(offset, offset + length)));
        offset += padded(length);
        break;
      }
      default:
        throw new WireError(`unsupported argument type '${type}'`);
    }
  }
  return values;
}

/** One message as read off the wire; `body` holds its undecoded arguments. */
export interface RawMessage {
  objectId: number;
  opcode: number;
  body: Buffer;
}

/**
 * Cuts a byte stream into messages. A socket delivers arbitrary chunks: a message may span two chunks and one
 * chunk may hold many messages, so the bytes of an incomplete message wait for the next chunk.
 */
export class MessageSplitter {
  #pending: Buffer = Buffer.alloc(0);

  /** Adds a chunk and returns every message it completes, in order. */
  push(chunk: Buffer): RawMessage[] {
    const data = this.#pending.length ? Buffer.concat([this.#pending, chunk]) : chunk;
    const messages: RawMessage[] = [];
    let offset = 0;
    while (data.length - offset >= HEADER_BYTES) {
      const word = data.readUInt32LE(offset + 4);
      const size = word >>> 16;
      if (size < HEADER_BYTES || size % 4 !== 0) throw new WireError(`invalid message size ${size}`);
      if (data.length - offset < size) break;
      messages.push({
        objectId: data.readUInt32LE(offset),
        opcode: word & 0xffff,
        body: data.subarray(offset + HEADER_BYTES, offset + size),
      });
      offset += size;
    }
    // copy the remainder so the big chunk it came from can be freed
    this.#pending = Buffer.from(data.subarray(offset));
    return messages;
  }

  /** Bytes of an incomplete message still waiting for the rest. */
  get pendingBytes(): number {
    return this.#pending.length;
  }
}

/** Reads the uint32 values of a wl_array (e.g. a toplevel's states). */
export function uint32Array(array: Buffer): number[] {
  const values: number[] = [];
  for (let offset = 0; offset + 4 <= array.length; offset += 4) values.push(array.readUInt32LE(offset));
  return values;
}
