import { describe, it, expect } from 'vitest';
import {
  decodeArguments,
  encodeMessage,
  MessageSplitter,
  uint32Array,
  WireError,
} from '../../../../../../electron/main/adapters/os/wayland/wire.ts';

const words = (buffer: Buffer) =>
  Array.from({ length: buffer.length / 4 }, (_, i) => buffer.readUInt32LE(i * 4));

describe('encodeMessage', () => {
  it('writes the header as object id, then size << 16 | opcode', () => {
    // wl_display.get_registry(new_id 2), the first request every client sends
    expect(words(encodeMessage(1, 1, 'n', [2]))).toEqual([1, (12 << 16) | 1, 2]);
  });

  it('writes a string with its length including the NUL, padded to 32 bits', () => {
    // wl_registry.bind(name 21, "wl_seat", version 7, new_id 5)
    const message = encodeMessage(2, 0, 'usun', [21, 'wl_seat', 7, 5]);
    expect(message.length).toBe(8 + 4 + 4 + 8 + 4 + 4);
    expect(message.readUInt32LE(4) >>> 16).toBe(message.length);
    expect(message.readUInt32LE(12)).toBe(8); // "wl_seat" + NUL
    expect(message.subarray(16, 24)).toEqual(Buffer.from('wl_seat\0'));
    expect(message.readUInt32LE(24)).toBe(7);
    expect(message.readUInt32LE(28)).toBe(5);
  });

  it('pads strings whose length with NUL is not a multiple of four, with zero bytes', () => {
    const message = encodeMessage(3, 0, 's', ['abcd']); // 5 bytes with NUL → 8
    expect(message.length).toBe(8 + 4 + 8);
    expect(message.subarray(12)).toEqual(Buffer.from([0x61, 0x62, 0x63, 0x64, 0, 0, 0, 0]));
  });

  it('encodes UTF-8 by bytes, not characters', () => {
    const message = encodeMessage(3, 0, 's', ['Ångström']);
    expect(message.readUInt32LE(8)).toBe(Buffer.byteLength('Ångström') + 1);
    expect(decodeArguments('s', message.subarray(8))).toEqual(['Ångström']);
  });

  it('writes a null string as length 0 and fixed as 24.8', () => {
    expect(words(encodeMessage(4, 2, 'sf', [null, -1.5]))).toEqual([4, (16 << 16) | 2, 0, -384 >>> 0]);
  });

  it('writes arrays with their byte length and padding', () => {
    const message = encodeMessage(4, 0, 'a', [Buffer.from([1, 2, 3, 4, 5])]);
    expect(message.length).toBe(8 + 4 + 8);
    expect(message.readUInt32LE(8)).toBe(5);
  });

  it('refuses a wrong argument count, an unknown type and an oversized message', () => {
    expect(() => encodeMessage(1, 0, 'uu', [1])).toThrow(WireError);
    expect(() => encodeMessage(1, 0, 'h', [3])).toThrow(/unsupported argument type 'h'/);
    expect(() => encodeMessage(1, 0, 's', ['x'.repeat(5_000)])).toThrow(/exceeds/);
  });
});

describe('decodeArguments', () => {
  it('reads what encodeMessage writes, for every supported type', () => {
    const values = [-7, 4_000_000_000, 12.25, 'title', null, 9, 0xff000001, Buffer.from([2, 0, 0, 0])];
    const message = encodeMessage(5, 1, 'iufssona', values);
    expect(decodeArguments('iufssona', message.subarray(8))).toEqual(values);
  });

  it('reads a wl_registry.global event as sway sends it', () => {
    const body = encodeMessage(2, 0, 'usu', [21, 'zwlr_foreign_toplevel_manager_v1', 3]).subarray(8);
    expect(decodeArguments('usu', body)).toEqual([21, 'zwlr_foreign_toplevel_manager_v1', 3]);
  });

  it('rejects a truncated body and a string without its NUL', () => {
    const body = encodeMessage(1, 0, 's', ['abc']).subarray(8);
    expect(() => decodeArguments('s', body.subarray(0, 6))).toThrow(/too short/);
    const broken = Buffer.from(body);
    broken[7] = 0x41;
    expect(() => decodeArguments('s', broken)).toThrow(/NUL/);
    expect(() => decodeArguments('uu', Buffer.alloc(4))).toThrow(/too short/);
  });
});

describe('MessageSplitter', () => {
  const a = encodeMessage(0xff000001, 0, 's', ['alpha one']);
  const b = encodeMessage(0xff000001, 5, '', []);
  const c = encodeMessage(2, 0, 'usu', [1, 'wl_shm', 1]);
  const stream = Buffer.concat([a, b, c]);

  it('cuts a chunk holding several messages into them, in order', () => {
    const messages = new MessageSplitter().push(stream);
    expect(messages.map((m) => [m.objectId, m.opcode])).toEqual([
      [0xff000001, 0],
      [0xff000001, 5],
      [2, 0],
    ]);
    expect(decodeArguments('s', messages[0]!.body)).toEqual(['alpha one']);
  });

  it('reassembles messages split across chunks at every possible byte', () => {
    for (let cut = 1; cut < stream.length; cut++) {
      const splitter = new MessageSplitter();
      const first = splitter.push(stream.subarray(0, cut));
      const rest = splitter.push(stream.subarray(cut));
      expect([...first, ...rest].map((m) => m.body.length)).toEqual([a.length - 8, 0, c.length - 8]);
      expect(splitter.pendingBytes).toBe(0);
    }
  });

  it('one byte at a time', () => {
    const splitter = new MessageSplitter();
    const messages = [...stream].flatMap((byte) => splitter.push(Buffer.from([byte])));
    expect(messages).toHaveLength(3);
    expect(decodeArguments('usu', messages[2]!.body)).toEqual([1, 'wl_shm', 1]);
  });

  it('rejects a header whose size cannot be a message', () => {
    const bad = Buffer.alloc(8);
    bad.writeUInt32LE(1, 0);
    bad.writeUInt32LE(6 << 16, 4);
    expect(() => new MessageSplitter().push(bad)).toThrow(/invalid message size 6/);
  });
});

describe('uint32Array', () => {
  it('reads a toplevel state array', () => {
    const states = Buffer.alloc(8);
    states.writeUInt32LE(2, 0);
    states.writeUInt32LE(3, 4);
    expect(uint32Array(states)).toEqual([2, 3]);
  });
});
