// Renders the tray images (build/tray/) from build/icon.svg in headless Chromium: the coloured icon at 16 and
// 32 px for Linux and Windows (and a .ico), and a black-and-transparent Template pair for the macOS menu bar.
// Run after editing the SVG: `npx node build/scripts/render-tray-icons.ts`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../../test/support/browser.ts';
import { icoFromPngs, TRAY_ICO, TRAY_IMAGES } from '../../electron/main/adapters/electron/tray-images.ts';

const svg = readFileSync(fileURLToPath(new URL('../icon.svg', import.meta.url)), 'utf8');
const folder = fileURLToPath(new URL('../tray/', import.meta.url));
mkdirSync(folder, { recursive: true });

/** The menu-bar silhouette: no background card, the day's halves black, the beam cut out of them. */
const template = svg
  .replace(/<rect x="64"[^>]*\/>/, '')
  .replace(/fill="#(0072B2|E69F00)"/g, 'fill="#000"')
  .replace(/fill="#1d1d1f"/g, 'fill="#fff"');

const browser = await launchChromium();
const page = await browser.newPage();
/** Draws the SVG at `size` px; as a template, dark becomes black and light becomes transparent. */
async function render(source: string, size: number, asTemplate: boolean): Promise<Buffer> {
  const dataUrl = await page.evaluate(
    async ({ source, size, asTemplate }) => {
      const image = new Image();
      image.src = `data:image/svg+xml;base64,${btoa(source)}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = size;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0, size, size);
      if (asTemplate) {
        const pixels = context.getImageData(0, 0, size, size);
        const d = pixels.data;
        for (let i = 0; i < d.length; i += 4) {
          const light = (d[i]! + d[i + 1]! + d[i + 2]!) / 765;
          d[i + 3] = Math.round(d[i + 3]! * (1 - light));
          d[i] = d[i + 1] = d[i + 2] = 0;
        }
        context.putImageData(pixels, 0, 0);
      }
      return canvas.toDataURL('image/png');
    },
    { source, size, asTemplate },
  );
  return Buffer.from(dataUrl.split(',')[1]!, 'base64');
}

const rendered = new Map<string, Buffer>();
for (const [name, size] of Object.entries(TRAY_IMAGES)) {
  const png = await render(
    name.startsWith('trayTemplate') ? template : svg,
    size,
    name.startsWith('trayTemplate'),
  );
  rendered.set(name, png);
  writeFileSync(`${folder}${name}`, png);
}
writeFileSync(
  `${folder}${TRAY_ICO}`,
  icoFromPngs([
    { size: 16, png: rendered.get('tray-16.png')! },
    { size: 32, png: rendered.get('tray-32.png')! },
  ]),
);
await browser.close();
