import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import type { Dispatch } from '../../electron/main/ipc/handler-table.ts';
import { failure } from '../../electron/shared/result.ts';
import { composeHostApp, type HostAppOptions } from '../host/compose-host.ts';
import { startHost } from '../host/server.ts';

export const rendererDir = fileURLToPath(new URL('../../out/renderer/', import.meta.url));
export const artifacts = fileURLToPath(new URL('../../test-artifacts/', import.meta.url));
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let axeScript: string | undefined;
const axeSource = () => (axeScript ??= readFileSync(axePath, 'utf8'));

/** Closes everything a test file opened. */
export type Cleanup = () => Promise<void>;

/** One Chromium for the calling test file, and the list of hosts its tests open; all closed after the file. */
export function chromiumPerFile(): { chromium: () => Browser; cleanups: Cleanup[] } {
  let browser: Browser | undefined;
  const cleanups: Cleanup[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    for (const cleanup of cleanups) await cleanup();
    await browser?.close();
  });
  return {
    chromium: () => {
      if (!browser) throw new Error('Chromium is not running: call chromiumPerFile() at the top of the file');
      return browser;
    },
    cleanups,
  };
}

/**
 * Opens the UI in a new page on a host composed with the real services; collects CSP violations and page errors
 * into `problems`. Registers the host's closing in `cleanups`.
 */
export async function openApp(
  browser: Browser,
  cleanups: Cleanup[],
  options: HostAppOptions & { failCall?: (name: string) => boolean } = {},
  hash = '',
) {
  mkdirSync(artifacts, { recursive: true });
  const app = composeHostApp(options);
  await app.ready;
  // A call made to fail here fails as main would fail it: an internal failure the page must show.
  const dispatch: Dispatch = (name, input) =>
    options.failCall?.(name)
      ? Promise.resolve(failure('internal', `${name} failed unexpectedly`))
      : app.dispatch(name, input);
  const host = await startHost({ dispatch, events: app.services.events, rendererDir });
  cleanups.push(async () => {
    await host.close();
    app.close();
  });
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(host.url + hash);
  return { page, problems, app };
}

/** Serious or critical accessibility violations axe-core finds on the page, as "rule: target" lines. */
export async function seriousViolations(page: Page): Promise<string[]> {
  // addScriptTag would be refused by the app's own CSP (no inline script); evaluating over the DevTools protocol
  // is not subject to it, so the CSP stays exactly as shipped.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource());
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return result
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: { target: string[] }[];
}
