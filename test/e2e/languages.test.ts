import type { Page } from 'playwright-core';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { ROUTES } from '../../renderer/src/app/routes.ts';
import { sampleDayEvents } from '../fixtures/sample-day.ts';
import { artifacts, chromiumPerFile, openApp } from './open-app.ts';
import { workingWeek } from './seeded-settings.ts';

const zone = 'Europe/Amsterdam';
const now = DateTime.fromISO('2026-11-20T16:00', { zone });
const clock = { now: () => now.toMillis() };
const { chromium, cleanups } = chromiumPerFile();

/** Texts cut off by their box (wider than it and not allowed to spill), and whether the page scrolls sideways. */
async function cutOff(page: Page) {
  return page.evaluate(() => {
    const cut: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>(
      'button, a, label, th, td, h1, h2, h3, legend, summary, p, li, figcaption, option',
    )) {
      const style = getComputedStyle(element);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      const clipped = style.overflowX !== 'visible' || style.textOverflow === 'ellipsis';
      if (clipped && element.scrollWidth > element.clientWidth + 1) cut.push(element.innerText.slice(0, 80));
    }
    return { cut, sideways: document.documentElement.scrollWidth > window.innerWidth + 1 };
  });
}

/** Category ids as the code spells them: an id on screen means a text was not translated. */
const RAW_CATEGORY = /\b(work|communication|social|entertainment)\b/;

/** The working week as a Dutch or Swedish family would name its windows (names are the user's own words). */
function namedWeek(names: Record<string, string>) {
  const settings = workingWeek(zone);
  return { ...settings, windows: settings.windows.map((w) => ({ ...w, name: names[w.id] ?? w.name })) };
}

describe.each([
  ['nl', 'nl-NL', { office: 'Kantoor', 'deep-work': 'Diep nadenken' }],
  ['sv', 'sv-SE', { office: 'Kontoret', 'deep-work': 'Djupt arbete' }],
])('every screen in %s', (language, locale, names) => {
  it.each(ROUTES)('%s: no text is cut off, no page scrolls sideways, no raw id shows', async (route) => {
    const { page } = await openApp(
      chromium(),
      cleanups,
      { clock, zone, locale, settings: namedWeek(names), events: sampleDayEvents('2026-11-20', zone) },
      `#/${route}`,
    );
    await page.setViewportSize({ width: 1024, height: 768 });
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(language);
    await page.locator('h1').waitFor();
    await expect.poll(() => page.locator('.state-loading').count()).toBe(0);
    await page.screenshot({ path: `${artifacts}${language}-${route}.png`, fullPage: true });
    expect(await cutOff(page)).toEqual({ cut: [], sideways: false });
    const text = await page.locator('main').innerText();
    expect(text).not.toMatch(RAW_CATEGORY);
  });
});
