// Defect 9 of issue 15: the 1024 px app icon was the tray image (huge in the macOS menu bar), with no Template
// image and no .ico. The rendered files exist at the sizes each system expects, and each system gets its own.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TRAY_ICO, TRAY_IMAGES, trayImageFor } from '../../../electron/main/adapters/electron/tray-images.ts';

const folder = fileURLToPath(new URL('../../../build/tray/', import.meta.url));

/** Width, height and colour type from a PNG's IHDR. */
function pngHeader(png: Buffer) {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20), colourType: png.readUInt8(25) };
}

describe('tray images', () => {
  it('are PNGs with transparency at 16 and 32 px, the Template @2x twice its 1x', () => {
    for (const [name, size] of Object.entries(TRAY_IMAGES)) {
      expect(pngHeader(readFileSync(`${folder}${name}`)), name).toEqual({
        width: size,
        height: size,
        colourType: 6, // RGBA
      });
    }
    expect(TRAY_IMAGES['trayTemplate@2x.png']).toBe(2 * TRAY_IMAGES['trayTemplate.png']);
  });

  it('include a Windows .ico holding the 16 and 32 px images', () => {
    const ico = readFileSync(`${folder}${TRAY_ICO}`);
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, 2]);
    const entries = [0, 1].map((i) => {
      const at = 6 + 16 * i;
      const png = ico.subarray(
        ico.readUInt32LE(at + 12),
        ico.readUInt32LE(at + 12) + ico.readUInt32LE(at + 8),
      );
      return [ico.readUInt8(at), pngHeader(png).width];
    });
    expect(entries).toEqual([
      [16, 16],
      [32, 32],
    ]);
  });

  it('go to each system as it expects them', () => {
    expect(trayImageFor('darwin')).toBe('trayTemplate.png');
    expect(trayImageFor('win32')).toBe('tray.ico');
    expect(trayImageFor('linux')).toBe('tray-32.png');
  });
});
