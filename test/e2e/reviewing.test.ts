import { describe, expect, it } from 'vitest';
import { formatDuration, formatTime } from '../../renderer/src/lib/format.ts';
import { LONG_APP, NOW, reviewingDayEvents, reviewingSettings, ZONE } from '../fixtures/reviewing-day.ts';
import { contrastOf } from './contrast.ts';
import { artifacts, chromiumPerFile, openApp, seriousViolations } from './open-app.ts';

const M = 60_000;
const { chromium, cleanups } = chromiumPerFile();
/** Chromium's and Node's ICU may differ in the kind of space they put between number and unit. */
const spaces = (text: string | null) => (text ?? '').replace(/\s+/gu, ' ').trim();
const words = {
  en: {
    states: { idle: 'Idle', locked: 'Locked', asleep: 'Asleep', gap: 'Balans not running' },
    kinds: {
      'office-hours': 'Office hours (window)',
      focus: 'Focus (window)',
      downtime: 'Downtime (window)',
      'family-time': 'Family time (window)',
    },
    otherPages: 'Other pages',
    apps: 'Apps and sites',
    time: 'Time',
    month: 'Month',
  },
  nl: {
    states: { idle: 'Inactief', locked: 'Vergrendeld', asleep: 'Slaapstand', gap: 'Balans draaide niet' },
    kinds: {
      'office-hours': 'Kantooruren (blok)',
      focus: 'Focus (blok)',
      downtime: 'Rusttijd (blok)',
      'family-time': 'Gezinstijd (blok)',
    },
    otherPages: 'Overige pagina’s',
    apps: 'Apps en sites',
    time: 'Tijd',
    month: 'Maand',
  },
} as const;

describe.each(['en', 'nl'] as const)('a reviewer’s day in %s', (language) => {
  const text = words[language];
  const open = (hash = '') =>
    openApp(
      chromium(),
      cleanups,
      {
        clock: { now: () => NOW },
        zone: ZONE,
        locale: language,
        events: reviewingDayEvents,
        settings: reviewingSettings(),
      },
      hash,
    );

  it('Today draws each away state and each window kind with its legend, and lists Firefox by site', async () => {
    const { page, problems } = await open();
    const timeline = page.getByTestId('day-timeline');
    await timeline.locator('.recharts-bar-rectangle').first().waitFor();
    const legend = timeline.getByTestId('timeline-legend');

    for (const [state, label] of Object.entries(text.states)) {
      // Its own legend entry, and bars painted in its own pattern.
      expect(spaces(await legend.locator(`li[data-group="${state}"]`).textContent())).toBe(label);
      expect(
        await timeline.locator(`.recharts-bar-rectangle [fill="url(#timeline-${state})"]`).count(),
      ).toBeGreaterThan(0);
    }
    // The patterns differ from one another, so the states differ without colour too.
    const patterns = await page
      .locator('pattern[id^="timeline-"]')
      .evaluateAll((all) => all.map((p) => p.innerHTML));
    expect(new Set(patterns).size).toBe(patterns.length);
    // Screen readers hear each away stretch with its times.
    const away = await timeline.getByTestId('timeline-away').locator('li').allTextContents();
    expect(away.map(spaces)).toContain(
      spaces(
        `${text.states.idle} ${formatTime(Date.parse('2026-11-20T12:30:00Z'), language, ZONE)}–${formatTime(
          Date.parse('2026-11-20T12:50:00Z'),
          language,
          ZONE,
        )} (${formatDuration(20 * M, language)})`,
      ),
    );

    for (const [kind, label] of Object.entries(text.kinds)) {
      expect(spaces(await legend.locator(`li[data-window-kind="${kind}"]`).textContent())).toBe(label);
      expect(
        await timeline.locator(`.window-lane[data-kind="${kind}"] [data-testid="window-band"]`).count(),
      ).toBe(1);
    }
    // The downtime from Thursday night is drawn from midnight, at the left edge of the day.
    const night = timeline.locator('.window-lane[data-kind="downtime"] [data-testid="window-band"]');
    expect(await night.getAttribute('style')).toContain('left: 0%');
    expect(await night.getAttribute('title')).toContain('Night');
    for (const ratio of await contrastOf(page, '[data-testid="day-timeline"] .legend-text'))
      expect(ratio).toBeGreaterThanOrEqual(4.5);

    // Firefox once, its sites under it, the new tab as other pages.
    const topApps = page.getByTestId('top-apps');
    expect(await topApps.locator('tr[data-app="firefox"]').count()).toBe(1);
    const sites = topApps.locator('tr[data-site-of="firefox"]');
    const cells = await sites.evaluateAll((rows) =>
      rows.map((row) =>
        [...row.querySelectorAll('.truncate, td:last-child')].map((c) => c.textContent ?? ''),
      ),
    );
    expect(cells.map((c) => c.map(spaces))).toEqual([
      ['github.com', spaces(formatDuration(80 * M, language))],
      ['youtube.com', spaces(formatDuration(50 * M, language))],
      [text.otherPages, spaces(formatDuration(20 * M, language))],
    ]);
    expect(await topApps.locator(`tr[data-app="${LONG_APP}"] .truncate`).getAttribute('title')).toBe(
      LONG_APP,
    );
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth),
    ).toBe(false);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${artifacts}reviewing-today-${language}.png`, fullPage: true });
    expect(problems).toEqual([]);
  });

  it('Week’s table lists a site under its browser with its time, and sorts by a column', async () => {
    const { page, problems } = await open('#/week');
    await page.getByRole('heading', { name: text.apps }).waitFor();
    const table = page.getByTestId('app-table');
    const github = table.locator('tr[data-app="firefox"][data-site="github.com"]');
    expect(spaces(await github.locator('td').nth(2).textContent())).toBe(
      spaces(formatDuration(80 * M, language)),
    );
    // In main's order the browser's sites come together, largest first.
    const order = await table
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((r) => `${r.getAttribute('data-app')}/${r.getAttribute('data-site')}`));
    expect(order).toEqual([
      'Code/',
      'firefox/github.com',
      'firefox/youtube.com',
      'firefox/',
      'Slack/',
      'Signal/',
      `${LONG_APP}/`,
    ]);
    // Sorting by time puts the shortest first on the second click; aria-sort says so.
    const timeHeader = table.getByRole('columnheader', { name: text.time });
    await timeHeader.getByRole('button').click();
    await expect.poll(() => timeHeader.getAttribute('aria-sort')).toBe('descending');
    await timeHeader.getByRole('button').click();
    await expect.poll(() => timeHeader.getAttribute('aria-sort')).toBe('ascending');
    expect(await table.locator('tbody tr').first().getAttribute('data-app')).toBe(LONG_APP);
    // A long app name is cut with the whole name in its tooltip, and the page does not widen.
    const long = table.locator(`tr[data-app="${LONG_APP}"] th .truncate`);
    expect(await long.getAttribute('title')).toBe(LONG_APP);
    expect(await long.evaluate((e) => e.scrollWidth > e.clientWidth)).toBe(true);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth),
    ).toBe(false);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${artifacts}reviewing-week-${language}.png`, fullPage: true });

    // The month has the same table, from the same view.
    await page.getByRole('button', { name: text.month, exact: true }).click();
    const monthGithub = page
      .locator('.week-report[data-range^="month"]')
      .getByTestId('app-table')
      .locator('tr[data-app="firefox"][data-site="github.com"]');
    await monthGithub.waitFor();
    expect(spaces(await monthGithub.locator('td').nth(2).textContent())).toBe(
      spaces(formatDuration(80 * M, language)),
    );
    expect(problems).toEqual([]);
  });
});
