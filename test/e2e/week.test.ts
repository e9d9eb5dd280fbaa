import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../../electron/shared/domain/usage.ts';
import { sampleDayEvents } from '../fixtures/sample-day.ts';
import { chromiumPerFile, artifacts, openApp, seriousViolations } from './open-app.ts';
import { workingWeek } from './seeded-settings.ts';

const zone = 'Europe/Amsterdam';
const now = DateTime.fromISO('2026-11-20T18:00', { zone });
const clock = { now: () => now.toMillis() };
const thisWeek = ['2026-11-16', '2026-11-17', '2026-11-18'];
const lastWeek = ['2026-11-10'];
const pause: StoredEvent = {
  id: 'pause-walk',
  kind: 'pause',
  start: DateTime.fromISO('2026-11-17T15:00', { zone }).toMillis(),
  duration: 20 * 60_000,
  data: { scope: 'tracking', reason: 'walk' },
};
const events = [...[...thisWeek, ...lastWeek].flatMap((date) => sampleDayEvents(date, zone)), pause];
const settings = workingWeek(zone);
/** Chromium's and Node's ICU differ in which space they put around the dash; the words are what count. */
const spaces = (text: string | null) => (text ?? '').replace(/\s+/gu, ' ');
const rangeText = (from: string, to: string) =>
  spaces(
    new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).formatRange(
      Date.parse(`${from}T12:00Z`),
      Date.parse(`${to}T12:00Z`),
    ),
  );

const dayLabel = (day: string) =>
  new Intl.DateTimeFormat('en', { weekday: 'short', day: 'numeric', timeZone: 'UTC' }).format(
    Date.parse(`2026-11-${day}T12:00Z`),
  );

const { chromium, cleanups } = chromiumPerFile();

describe('Week / Month in Chromium, against the real reports', () => {
  it('stacks each day by category, changes range with the keyboard and switches to the month', async () => {
    const { page, app, problems } = await openApp(
      chromium(),
      cleanups,
      { clock, zone, events, settings },
      '#/week',
    );
    const chart = page.getByTestId('week-category-chart');
    await chart.locator('.recharts-bar-rectangle').first().waitFor();
    expect(spaces(await page.getByTestId('week-range').textContent())).toBe(
      rangeText('2026-11-16', '2026-11-22'),
    );

    // What the core says for the week, asked directly: one rectangle per day and category with time.
    const expected = await app.services.reports.getUsageTotals({
      from: '2026-11-16',
      to: '2026-11-22',
      unit: 'day',
    });
    const perDay = expected.periods.map((p) => p.byCategory.filter((c) => c.ms > 0).length);
    expect(perDay.slice(1, 3)).toEqual([perDay[0], perDay[0]]);
    expect(perDay.slice(3)).toEqual([0, 0, 0, 0]);
    expect(perDay[0]).toBeGreaterThan(2);
    expect(await chart.locator('.recharts-bar-rectangle').count()).toBe(perDay.reduce((a, b) => a + b, 0));
    const categories = new Set(expected.periods.flatMap((p) => p.byCategory.map((c) => c.category)));
    const legend = await chart.locator('.recharts-legend-item-text').allTextContents();
    expect(legend.sort()).toEqual([...categories].map((c) => c[0]!.toUpperCase() + c.slice(1)).sort());
    expect(await chart.locator('.recharts-cartesian-axis-tick-value').allTextContents()).toEqual(
      expect.arrayContaining(['16', '17', '18', '22'].map(dayLabel)),
    );
    expect(await chart.getAttribute('aria-label')).toContain('Stacked bar chart of time per day');

    // Profile split, trend, focus kept and pauses are the core's figures.
    const profileChart = page.getByTestId('week-profile-chart');
    expect(await profileChart.locator('.recharts-legend-item-text').allTextContents()).toContain(
      'Professional',
    );
    const kept = await app.services.reports.getFocusKept({ from: '2026-11-16', to: '2026-11-22' });
    expect(kept.share).not.toBeNull();
    expect(await page.getByTestId('focus-kept').textContent()).toContain(`${Math.round(kept.share! * 100)}%`);
    expect(await page.getByTestId('pauses-total').textContent()).toBe('1 pause, 20 min in all.');
    expect(await page.getByTestId('pause-reasons').textContent()).toContain('walk');
    // Three sample days against one in the previous week's first five days (Mon–Fri so far): +200 %.
    expect(
      await page.locator('[data-testid="week-trend"] tr[data-category="total"] td').last().textContent(),
    ).toBe('+200%');
    await page.screenshot({ path: `${artifacts}week.png`, fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);

    // Previous week with the keyboard: the arrow key moves anywhere in the controls.
    await page.getByRole('button', { name: 'Previous week' }).focus();
    await page.keyboard.press('ArrowLeft');
    await expect
      .poll(async () => spaces(await page.getByTestId('week-range').textContent()))
      .toBe(rangeText('2026-11-09', '2026-11-15'));
    await page.locator('.week-report[data-range="week:2026-11-09"]').waitFor();
    expect(await chart.locator('.recharts-bar-rectangle').count()).toBe(perDay[0]);
    await page.getByRole('button', { name: 'Next week' }).focus();
    await page.keyboard.press('Enter');
    await page.locator('.week-report[data-range="week:2026-11-16"]').waitFor();
    expect(await page.getByRole('button', { name: 'Next week' }).isDisabled()).toBe(true);

    // Month: all four sample days of November.
    await page.getByRole('button', { name: 'Month', exact: true }).click();
    await expect.poll(() => page.getByTestId('week-range').textContent()).toBe('November 2026');
    await page.locator('.week-report[data-range="month:2026-11-01"]').waitFor();
    expect(await page.getByRole('button', { name: 'Month', exact: true }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(await chart.locator('.recharts-bar-rectangle').count()).toBe(4 * perDay[0]!);
    await page.screenshot({ path: `${artifacts}week-month.png`, fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('says when nothing was tracked, and shows the error with a retry when a report fails', async () => {
    const empty = await openApp(chromium(), cleanups, { clock, zone, events: [], settings }, '#/week');
    await expect
      .poll(() => empty.page.locator('.state-empty').textContent())
      .toBe('Nothing was tracked in this period.');
    expect(await seriousViolations(empty.page)).toEqual([]);

    // The screen's opening call fails, then (after a retry) a range change's call.
    let failing: string | null = 'getThisWeekView';
    const failed = await openApp(
      chromium(),
      cleanups,
      { clock, zone, events, settings, failCall: (name) => name === failing },
      '#/week',
    );
    const alert = failed.page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('Something went wrong inside Balans.');
    expect(await seriousViolations(failed.page)).toEqual([]);
    failing = 'getWeekView';
    await alert.getByRole('button', { name: 'Try again' }).click();
    await failed.page.getByTestId('week-category-chart').locator('.recharts-bar-rectangle').first().waitFor();
    await failed.page.getByRole('button', { name: 'Previous week' }).click();
    await expect.poll(() => alert.textContent()).toContain('Something went wrong inside Balans.');
    failing = null;
    await alert.getByRole('button', { name: 'Try again' }).click();
    await failed.page.locator('.week-report[data-range="week:2026-11-09"]').waitFor();
  });

  it('is reached from the navigation: the address names it, a reload keeps it, Today is one click back', async () => {
    const { page, problems } = await openApp(
      chromium(),
      cleanups,
      { clock, zone, events, settings },
      '#/today',
    );
    // Nothing was tracked today in this week's sample: Today says so.
    await page.getByTestId('today-date').waitFor();
    await page.getByRole('link', { name: 'Week', exact: true }).click();
    await page.locator('.week-report[data-range="week:2026-11-16"]').waitFor();
    expect(await page.evaluate(() => window.location.hash)).toBe('#/week');
    expect(await page.getByRole('link', { name: 'Week', exact: true }).getAttribute('aria-current')).toBe(
      'page',
    );
    await page.reload();
    await page.locator('.week-report[data-range="week:2026-11-16"]').waitFor();
    await page.getByRole('link', { name: 'Today', exact: true }).click();
    await page.getByTestId('today-date').waitFor();
    expect(await page.evaluate(() => window.location.hash)).toBe('#/today');
    // The browser's own way back goes through the address too.
    await page.goBack();
    await page.locator('.week-report[data-range="week:2026-11-16"]').waitFor();
    expect(problems).toEqual([]);
  });

  it('speaks Dutch and Swedish, with dates from Intl', async () => {
    const dutch = await openApp(
      chromium(),
      cleanups,
      { clock, zone, events, settings, locale: 'nl' },
      '#/week',
    );
    await expect.poll(() => dutch.page.locator('h1').textContent()).toBe('Week en maand');
    await dutch.page.getByRole('button', { name: 'Maand' }).click();
    await expect.poll(() => dutch.page.getByTestId('week-range').textContent()).toBe('november 2026');
    const swedish = await openApp(
      chromium(),
      cleanups,
      { clock, zone, events, settings, locale: 'sv' },
      '#/week',
    );
    await swedish.page.getByTestId('week-total').waitFor();
    expect(await swedish.page.getByTestId('pauses-total').textContent()).toBe('1 paus, sammanlagt 20 min.');
  });
});
