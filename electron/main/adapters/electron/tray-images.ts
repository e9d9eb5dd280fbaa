// The tray's image files in build/tray/, rendered from build/icon.svg by build/scripts/render-tray-icons.ts:
// which exist, how big, and which one each system uses.

/** The tray images in build/tray/, with their size in pixels. */
export const TRAY_IMAGES = {
  /** Linux and Windows: the coloured icon. */
  'tray-16.png': 16,
  'tray-32.png': 32,
  /** macOS: black and transparent only; "Template" lets macOS colour it for light and dark menu bars. */
  'trayTemplate.png': 16,
  'trayTemplate@2x.png': 32,
} as const;

/** The Windows icon, holding the 16 and 32 px images. */
export const TRAY_ICO = 'tray.ico';

/** The file each system's tray is given (macOS picks up the @2x file next to it by itself). */
export function trayImageFor(platform: NodeJS.Platform): string {
  if (platform === 'darwin') return 'trayTemplate.png';
  if (platform === 'win32') return TRAY_ICO;
  return 'tray-32.png';
}

/** An .ico holding PNG images (Windows Vista and later read PNG entries), each given with its size. */
export function icoFromPngs(images: readonly { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, png }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0);
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt8(0, 2); // no palette
    entry.writeUInt8(0, 3);
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map(({ png }) => png)]);
}
