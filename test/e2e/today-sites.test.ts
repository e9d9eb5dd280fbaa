// A browser with many sites on Today: its five longest are listed, the rest folded into a row whose button lists
// them all and folds them again; the Week screen lists the same sites with the same times. In en, nl and sv.
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { formatDuration } from '../../renderer/src/lib/format.ts';
import type { StoredEvent } from '../../electron/shared/domain/usage.ts';
import { artifacts, chromiumPerFile, openApp, seriousViolations } from './open-app.ts';

const M = 60_000;
const ZONE = 'Europe/Amsterdam';
const DATE = '2026-11-20';
const NOW = DateTime.fromISO(`${DATE}T18:00`, { zone: ZONE }).toMillis();
const start = DateTime.fromISO(`${DATE}T09:00`, { zone: ZONE }).toMillis();
/** Seven sites, longest first: 70, 60 … 10 minutes, one after the other from 09:00. */
const SITES = [
  'github.com',
  'docs.rs',
  'mozilla.org',
  'wikipedia.org',
  'x.com',
  'youtube.com',
  'news.ycombinator.com',
];
const minutesOf = (i: number) => 70 - i * 10;
const events: StoredEvent[] = [
  { id: 'sites-running', kind: 'running', start, duration: 9 * 60 * M, data: {} },
  ...SITES.map((site, i): StoredEvent => {
    const from = start + SITES.slice(0, i).reduce((sum, _, j) => sum + minutesOf(j) * M, 0);
    return {
      id: `sites-${i}`,
      kind: 'window',
      start: from,
      duration: minutesOf(i) * M,
      data: { app: 'firefox', title: `${site} — Mozilla Firefox`, site, profileId: 'professional' },
    };
  }),
];
const words = {
  en: { more: '2 more sites', fewer: 'Fewer sites', week: 'Week', settings: 'Settings' },
  nl: { more: '2 andere sites', fewer: 'Minder sites', week: 'Week', settings: 'Instellingen' },
  sv: { more: '2 webbplatser till', fewer: 'Färre webbplatser', week: 'Vecka', settings: 'Inställningar' },
} as const;
const spaces = (text: string | null) => (text ?? '').replace(/\s+/gu, ' ').trim();

const { chromium, cleanups } = chromiumPerFile();

describe.each(['en', 'nl', 'sv'] as const)('a browser with many sites, in %s', (language) => {
  const text = words[language];

  it('lists five sites, opens the rest and folds them again, and Week lists them all', async () => {
    const { page, problems } = await openApp(chromium(), cleanups, {
      clock: { now: () => NOW },
      zone: ZONE,
      events,
    });
    if (language !== 'en') {
      await page.getByRole('link', { name: 'Settings' }).click();
      await page.getByLabel('Language').selectOption(language);
      await page.getByRole('link', { name: language === 'nl' ? 'Vandaag' : 'I dag' }).click();
    }
    const topApps = page.getByTestId('top-apps');
    const siteNames = () => topApps.locator('tr[data-site-of="firefox"] .truncate').allTextContents();
    await expect.poll(siteNames).toEqual(SITES.slice(0, 5));

    const more = topApps.getByTestId('more-sites');
    expect(spaces(await more.textContent())).toBe(text.more);
    expect(await more.getAttribute('aria-expanded')).toBe('false');
    // the folded row says how long the two sites it folds took together
    const foldedRow = topApps.locator('tr[data-site-of="firefox"]', { has: page.getByTestId('more-sites') });
    expect(spaces(await foldedRow.locator('td:last-child').textContent())).toBe(
      spaces(formatDuration((minutesOf(5) + minutesOf(6)) * M, language)),
    );

    await more.click();
    await expect.poll(siteNames).toEqual(SITES);
    expect(spaces(await more.textContent())).toBe(text.fewer);
    expect(await more.getAttribute('aria-expanded')).toBe('true');
    const times = await topApps
      .locator('tr[data-site-of="firefox"]:not(:has([data-testid="more-sites"])) td:last-child')
      .allTextContents();
    expect(times.map(spaces)).toEqual(
      SITES.map((_, i) => spaces(formatDuration(minutesOf(i) * M, language))),
    );
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${artifacts}today-sites-open-${language}.png`, fullPage: true });

    await more.click();
    await expect.poll(siteNames).toEqual(SITES.slice(0, 5));

    // Week answers the same: every site under its browser, with the same time.
    await page.getByRole('link', { name: text.week, exact: true }).click();
    const table = page.getByTestId('app-table');
    await table.locator('tr[data-app="firefox"][data-site="github.com"]').waitFor();
    for (const [i, site] of SITES.entries())
      expect(
        spaces(
          await table.locator(`tr[data-app="firefox"][data-site="${site}"] td:nth-of-type(3)`).textContent(),
        ),
      ).toBe(spaces(formatDuration(minutesOf(i) * M, language)));
    expect(problems).toEqual([]);
  });
});
