// Renders build/icon.svg to build/icon.png (1024×1024) in headless Chromium; electron-builder derives the .icns
// and .ico from that PNG. Run after editing the SVG: `npx node build/scripts/render-icon.ts`.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../../test/support/browser.ts';

const svg = readFileSync(fileURLToPath(new URL('../icon.svg', import.meta.url)), 'utf8');
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1024, height: 1024 } });
await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
await page
  .locator('svg')
  .screenshot({ path: fileURLToPath(new URL('../icon.png', import.meta.url)), omitBackground: true });
await browser.close();
