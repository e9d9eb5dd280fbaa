import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { sampleDayEvents } from '../fixtures/sample-day.ts';
import { artifacts, chromiumPerFile, openApp, seriousViolations } from './open-app.ts';
import { workingWeek } from './seeded-settings.ts';

/** Issue 12 item 4 / issue 13: the Year view's month-by-month trend, from the per-day facts of the real services. */
const zone = 'Europe/Amsterdam';
const now = DateTime.fromISO('2026-11-20T18:00', { zone });
const clock = { now: () => now.toMillis() };
const days = ['2026-03-10', '2026-03-11', '2026-07-02', '2026-11-16', '2026-11-18'];
const events = days.flatMap((date) => sampleDayEvents(date, zone));
const settings = workingWeek(zone);
const { chromium, cleanups } = chromiumPerFile();

describe('Year view in Chromium, against the real services', () => {
  it('draws months with time by category and profile, and moves between years', async () => {
    const { page, app, problems } = await openApp(
      chromium(),
      cleanups,
      { clock, zone, events, settings },
      '#/week',
    );
    await page.getByRole('button', { name: 'Year', exact: true }).click();
    const chart = page.getByTestId('year-category-chart');
    await chart.locator('.recharts-bar-rectangle').first().waitFor();
    const view = await app.services.views.getYearView(2026);
    const withTime = view.months.filter((m) => m.totalMs > 0).map((m) => m.month);
    expect(withTime).toEqual(['2026-03', '2026-07', '2026-11']);
    // One rectangle per month and category with time, as main summed them.
    const rectangles = view.months.reduce((n, m) => n + m.byCategory.filter((c) => c.ms > 0).length, 0);
    expect(await chart.locator('.recharts-bar-rectangle path, .recharts-bar-rectangle rect').count()).toBe(
      rectangles,
    );
    await page.getByTestId('year-profile-chart').locator('.recharts-bar-rectangle').first().waitFor();
    await page.screenshot({ path: `${artifacts}year.png`, fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Previous year' }).click();
    await page.getByText('Nothing was tracked in this period.').waitFor();
    await page.getByRole('button', { name: 'Next year' }).click();
    await chart.locator('.recharts-bar-rectangle').first().waitFor();
    expect(problems).toEqual([]);
  });

  it('speaks Dutch and Swedish', async () => {
    for (const [locale, year, months] of [
      ['nl', 'Jaar', 'Per maand'],
      ['sv', 'År', 'Per månad'],
    ] as const) {
      const { page } = await openApp(
        chromium(),
        cleanups,
        { clock, zone, events, settings, locale },
        '#/week',
      );
      await page.getByRole('button', { name: year, exact: true }).click();
      await page.getByTestId('year-category-chart').locator('.recharts-bar-rectangle').first().waitFor();
      await page.getByRole('heading', { name: months }).waitFor();
      await page.screenshot({ path: `${artifacts}year-${locale}.png`, fullPage: true });
      expect(await seriousViolations(page)).toEqual([]);
    }
  });
});
