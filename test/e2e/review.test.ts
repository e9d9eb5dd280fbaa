import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { WeekView } from '../../electron/shared/contract/reports.ts';
import type { TodayView } from '../../electron/shared/contract/views.ts';
import { REVIEW_WEEK, REVIEW_ZONE, reviewAt, reviewEvents, reviewNow } from '../fixtures/review-week.ts';
import { artifacts, chromiumPerFile, openApp, seriousViolations } from './open-app.ts';
import { workingWeek } from './seeded-settings.ts';

/**
 * Issue 12, item 4 from the reviewer's side: Today, Week and Year show checks split by communication and social, and
 * the crossings' count opens a list of each crossing that the keyboard can open and Escape can close. Figures by
 * hand in test/fixtures/review-week.ts; the page must say what the views say.
 */
const zone = REVIEW_ZONE;
const clock = { now: () => reviewNow };
const settings = workingWeek(zone);
/** Chromium and Node put different spaces around times and dashes; the words are what count. */
const spaces = (text: string | null) => (text ?? '').replace(/\s+/gu, ' ').trim();

const { chromium, cleanups } = chromiumPerFile();

async function open(locale: string, hash: string) {
  return openApp(chromium(), cleanups, { clock, zone, events: reviewEvents, settings, locale }, hash);
}

/** The split table's rows as [kind, checks, per active hour, median gap]. */
async function splitRows(page: Page): Promise<string[][]> {
  const table = page.getByTestId('checks-split');
  await table.waitFor();
  return table
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => cell.textContent ?? '')));
}

/** Opens the crossings list with the keyboard, reads its rows, closes it with Escape and checks the focus. */
async function crossingRows(page: Page, toggleName: string): Promise<string[][]> {
  const toggle = page.getByRole('button', { name: toggleName });
  await toggle.focus();
  await page.keyboard.press('Enter');
  const list = page.getByTestId('crossings-list');
  await list.waitFor();
  expect(await toggle.getAttribute('aria-expanded')).toBe('true');
  // The list takes the focus, so Escape is heard there.
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
    'crossings-list',
  );
  const rows = (
    await list
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((td) => td.textContent ?? '')))
  ).map((row) => row.map(spaces));
  expect(await seriousViolations(page)).toEqual([]);
  return rows;
}

async function closeWithEscape(page: Page) {
  await page.keyboard.press('Escape');
  await page.getByTestId('crossings-list').waitFor({ state: 'detached' });
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
    .toBe('crossings-toggle');
  expect(await page.getByTestId('crossings-toggle').getAttribute('aria-expanded')).toBe('false');
}

const time = (ms: number, locale: string) =>
  spaces(new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: zone }).format(ms));
const dayTime = (ms: number, locale: string) =>
  spaces(
    new Intl.DateTimeFormat(locale, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      hour: 'numeric',
      minute: '2-digit',
      timeZone: zone,
    }).format(ms),
  );

describe('the reviewer’s checks and crossings in Chromium', () => {
  it('Today and Week split checks by kind and list each crossing, in English', async () => {
    const { page, app, problems } = await open('en', '#/today');
    const today = (await app.dispatch('getTodayView', undefined)) as { ok: true; data: TodayView };
    // 4 chat checks and 1 social check in 5 h 47 min of attention; chat gaps 165, 160, 100 min.
    expect(today.data.checks.split.byKind.map((k) => k.checks)).toEqual([4, 1]);
    expect(await splitRows(page)).toEqual([
      ['Communication', '4', '0.7', '2 hr 40 min'],
      ['Social', '1', '0.2', 'too few checks'],
    ]);
    // The per-hour chart stacks the two kinds.
    expect(
      await page.getByTestId('checks-chart').locator('.recharts-legend-item-text').allTextContents(),
    ).toEqual(['Communication', 'Social']);
    expect(await page.getByTestId('checks-split').locator('caption').textContent()).toBe(
      'Checks of communication and social apps, over 5 hr 47 min at the computer',
    );
    expect(await page.getByTestId('today-crossings').textContent()).toBe(
      'Work in private hours: 0 min. Social in focus windows: 6 min.',
    );
    const instagram = reviewAt('2026-11-18', '10:42');
    expect(await crossingRows(page, 'List the 1 crossing')).toEqual([
      [
        `${time(instagram, 'en')}–${time(instagram + 6 * 60_000, 'en')}`,
        'firefox · instagram.com',
        'Private → Professional',
        '6 min',
      ],
    ]);
    await page.screenshot({ path: `${artifacts}review-today.png`, fullPage: true });
    await closeWithEscape(page);

    await page.getByRole('link', { name: 'Week' }).click();
    await page.locator('.week-report[data-range="week:2026-11-16"]').waitFor();
    const week = (await app.dispatch('getWeekView', REVIEW_WEEK)) as { ok: true; data: WeekView };
    expect(week.data.checks.byKind.map((k) => k.checks)).toEqual([10, 3]);
    // 10 chat checks in 17 h 41 min; the median over all days' gaps is 160 min.
    expect(await splitRows(page)).toEqual([
      ['Communication', '10', '0.6', '2 hr 40 min'],
      ['Social', '3', '0.2', 'too few checks'],
    ]);
    const late = reviewAt('2026-11-17', '21:00');
    const rows = await crossingRows(page, 'List the 4 crossings');
    expect(rows).toHaveLength(4);
    expect(rows[2]).toEqual([
      `${dayTime(late, 'en')}–${time(late + 30 * 60_000, 'en')}`,
      'Code',
      'Work → Private',
      '30 min',
    ]);
    expect(rows.map((r) => r[2])).toEqual([
      'Private → Professional',
      'Private → Professional',
      'Work → Private',
      'Private → Professional',
    ]);
    await page.screenshot({ path: `${artifacts}review-week.png`, fullPage: true });
    await closeWithEscape(page);
    expect(await seriousViolations(page)).toEqual([]);

    // The Year, from the per-day facts: November's medians come from the days' kept gaps, as the Week's do.
    await page.getByRole('button', { name: 'Year', exact: true }).click();
    const november = page.locator('[data-testid="year-checks"] tr[data-month="2026-11"]');
    await november.waitFor();
    expect(await november.evaluate((row) => [...row.children].map((cell) => cell.textContent ?? ''))).toEqual(
      ['Nov', '10', '2 hr 40 min', '3', 'too few checks'],
    );
    expect(await page.locator('[data-testid="year-checks"] tbody tr').count()).toBe(1);
    await page.screenshot({ path: `${artifacts}review-year.png`, fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('says the same in Dutch, with Dutch numbers and times', async () => {
    const { page, problems } = await open('nl', '#/today');
    expect(await splitRows(page)).toEqual([
      ['Communicatie', '4', '0,7', '2 uur 40 min'],
      ['Sociale media', '1', '0,2', 'te weinig keer gekeken'],
    ]);
    const instagram = reviewAt('2026-11-18', '10:42');
    expect(await crossingRows(page, 'Toon de 1 grensoverschrijding')).toEqual([
      [
        `${time(instagram, 'nl')}–${time(instagram + 6 * 60_000, 'nl')}`,
        'firefox · instagram.com',
        'Privé → Professioneel',
        '6 min',
      ],
    ]);
    await closeWithEscape(page);

    await page.getByRole('link', { name: 'Week' }).click();
    await page.locator('.week-report[data-range="week:2026-11-16"]').waitFor();
    expect(await splitRows(page)).toEqual([
      ['Communicatie', '10', '0,6', '2 uur 40 min'],
      ['Sociale media', '3', '0,2', 'te weinig keer gekeken'],
    ]);
    const late = reviewAt('2026-11-17', '21:00');
    const rows = await crossingRows(page, 'Toon de 4 grensoverschrijdingen');
    expect(rows[2]).toEqual([
      `${dayTime(late, 'nl')}–${time(late + 30 * 60_000, 'nl')}`,
      'Code',
      'Werk → Privé',
      '30 min',
    ]);
    await page.screenshot({ path: `${artifacts}review-week-nl.png`, fullPage: true });
    await closeWithEscape(page);
    expect(problems).toEqual([]);
  });

  it('says why the Week list could not be read, in Swedish, and reads it on a retry', async () => {
    let failing = true;
    const { page, problems } = await openApp(
      chromium(),
      cleanups,
      {
        clock,
        zone,
        events: reviewEvents,
        settings,
        locale: 'sv',
        failCall: (name) => failing && name === 'getCrossingList',
      },
      '#/week',
    );
    await page.locator('.week-report[data-range="week:2026-11-16"]').waitFor();
    const toggle = page.getByTestId('crossings-toggle');
    await toggle.click();
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('Något gick fel i Balans.');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${artifacts}review-week-list-error-sv.png`, fullPage: true });
    failing = false;
    await alert.getByRole('button', { name: 'Försök igen' }).click();
    await expect.poll(() => page.getByTestId('crossings-list').locator('tbody tr').count()).toBe(4);
    expect(problems).toEqual([]);
  });
});
