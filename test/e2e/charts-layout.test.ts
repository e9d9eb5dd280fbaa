import { DateTime } from 'luxon';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../electron/core/settings/default-settings.ts';
import type { FocusWindow } from '../../electron/shared/domain/focus-windows.ts';
import type { Settings } from '../../electron/shared/domain/settings.ts';
import { sampleDayEvents } from '../fixtures/sample-day.ts';
import { contrastOf } from './contrast.ts';
import { artifacts, chromiumPerFile, openApp, seriousViolations } from './open-app.ts';
import { workingWeek } from './seeded-settings.ts';

const zone = 'Europe/Amsterdam';
const now = DateTime.fromISO('2026-11-20T16:00', { zone });
const clock = { now: () => now.toMillis() };
const events = ['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-20'].flatMap((d) =>
  sampleDayEvents(d, zone),
);

const { chromium, cleanups } = chromiumPerFile();

/** Office hours in twenty-minute pieces: the profile changes four times in an hour, labels packed together. */
function choppyDay(): Settings {
  const piece = (id: string, start: string, end: string): FocusWindow => ({
    id,
    name: id,
    kind: 'office-hours',
    profileId: 'professional',
    priority: 0,
    type: 'weekly',
    days: [1, 2, 3, 4, 5],
    start,
    end,
    endsNextDay: false,
    skipDates: [],
  });
  return {
    ...defaultSettings(zone),
    windows: [piece('a', '09:00', '09:20'), piece('b', '09:40', '10:00'), piece('c', '10:20', '10:40')],
  };
}

/** The page is no wider than the window: nothing pushes it sideways. */
const overflowsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

describe('charts and layout in Chromium', () => {
  it('counts the week in whole hours on one line, with legend words a reader can read', async () => {
    const { page, problems } = await openApp(
      chromium(),
      cleanups,
      { clock, zone, events, settings: workingWeek(zone) },
      '#/week',
    );
    const chart = page.getByTestId('week-category-chart');
    await chart.locator('.recharts-bar-rectangle').first().waitFor();
    const ticks = chart.locator('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value');
    const labels = (await ticks.allTextContents()).map((l) => l.replace(/\u00A0/gu, ' '));
    expect(labels[0]).toBe('0 min');
    for (const label of labels.slice(1)) expect(label).toMatch(/^\d+ hr$/u);
    // One line each: Recharts wraps a label by splitting it into several tspans.
    for (const tick of await ticks.all()) expect(await tick.locator('tspan').count()).toBe(1);
    for (const ratio of await contrastOf(page, '[data-testid="week-category-chart"] .legend-text'))
      expect(ratio).toBeGreaterThanOrEqual(4.5);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${artifacts}charts-week-ticks.png`, fullPage: true });
    expect(problems).toEqual([]);
  });

  it('keeps profile labels on the day timeline apart, however close the changes', async () => {
    const { page } = await openApp(chromium(), cleanups, { clock, zone, events, settings: choppyDay() });
    const labels = page.getByTestId('profile-change-label');
    await expect.poll(() => labels.count()).toBeGreaterThanOrEqual(6);
    // One snapshot of the layout: measured one by one, the boxes could come from before and after a re-layout
    // (the rest of the page drawn in the next frame adds a scrollbar, and the timeline is drawn again narrower).
    const boxes = await labels.evaluateAll((all) =>
      all.map((label) => {
        const { x, y, width, height } = label.getBoundingClientRect();
        return { x, y, width, height };
      }),
    );
    for (let i = 0; i < boxes.length; i += 1)
      for (let j = i + 1; j < boxes.length; j += 1) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        const apart =
          a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
        expect(apart, `label ${i} and ${j} overlap`).toBe(true);
      }
    for (const ratio of await contrastOf(page, '[data-testid="day-timeline"] .legend-text'))
      expect(ratio).toBeGreaterThanOrEqual(4.5);
    await page.getByTestId('day-timeline').screenshot({ path: `${artifacts}charts-timeline-labels.png` });
  });

  it('truncates a 60-character profile name and a 200-character exclusion instead of widening the page', async () => {
    const { page, app } = await openApp(chromium(), cleanups, { clock, zone, events }, '#/profiles');
    const longName = 'Freelance client work for the municipality and school boards';
    expect(longName).toHaveLength(60);
    await page.getByRole('button', { name: 'Add a profile' }).click();
    await page.getByLabel('Name').fill(longName);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => app.services.settings.getSettings().profiles.map((p) => p.name))
      .toContain(longName);
    const heading = page.locator('.profile-card h2 .truncate', { hasText: longName });
    await heading.waitFor();
    expect(await heading.getAttribute('title')).toBe(longName);
    expect(await overflowsSideways(page)).toBe(false);

    await page.getByRole('link', { name: 'Settings' }).click();
    const long = `${'very-long-application-name-'.repeat(8)}end`.slice(0, 200);
    await page.getByLabel('App to leave out').fill(long);
    await page.getByLabel('App to leave out').press('Enter');
    await expect.poll(() => app.services.privacy.getPrivacySettings().excludedApps).toContain(long);
    await page.locator('.chips .truncate', { hasText: long }).waitFor();
    expect(await overflowsSideways(page)).toBe(false);
    await page.screenshot({ path: `${artifacts}layout-long-names.png`, fullPage: true });
  });

  it('closes editors with Escape and gives the focus back to what opened them', async () => {
    const { page } = await openApp(chromium(), cleanups, { clock, zone, events }, '#/profiles');
    const add = page.getByRole('button', { name: 'Add a profile' });
    await add.click();
    const form = page.getByRole('form', { name: 'New profile' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('INPUT');
    await page.keyboard.press('Escape');
    await form.waitFor({ state: 'detached' });
    await expect.poll(() => add.evaluate((b) => b === document.activeElement)).toBe(true);

    await add.click();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => add.evaluate((b) => b === document.activeElement)).toBe(true);

    await page.getByRole('link', { name: 'Schedule' }).click();
    const cell = page.getByRole('gridcell', { name: 'Monday 9:00 AM' });
    await cell.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('form', { name: 'New window' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('form', { name: 'New window' }).waitFor({ state: 'detached' });
    await expect.poll(() => cell.evaluate((c) => c === document.activeElement)).toBe(true);
  });

  it('shows a disabled button as disabled', async () => {
    const { page } = await openApp(chromium(), cleanups, { clock, zone, events }, '#/schedule');
    await page.getByRole('gridcell', { name: 'Monday 9:00 AM' }).focus();
    await page.keyboard.press('Enter');
    const addException = page.getByRole('button', { name: 'Add exception' });
    expect(await addException.isDisabled()).toBe(true);
    const enabled = page.getByRole('button', { name: 'Cancel' });
    const look = (l: typeof enabled) => l.evaluate((b) => Number(getComputedStyle(b).opacity));
    expect(await look(addException)).toBeLessThan(0.6);
    expect(await look(enabled)).toBe(1);
  });

  it('writes times the way the language does: 12-hour English, 24-hour Dutch, no ISO dates in lists', async () => {
    const oneOff: FocusWindow = {
      id: 'dentist',
      name: 'Dentist',
      kind: 'family-time',
      profileId: 'private',
      priority: 0,
      type: 'one-off',
      start: '2026-11-24T18:30',
      end: '2026-11-24T20:00',
    };
    const settings = { ...workingWeek(zone), windows: [...workingWeek(zone).windows, oneOff] };
    for (const [locale, hour, oneOffText] of [
      ['en', '6:00 PM', /Nov 24, 2026, 6:30 PM/u],
      ['nl', '18:00', /24 nov 2026.*18:30/u],
    ] as const) {
      const { page } = await openApp(
        chromium(),
        cleanups,
        { clock, zone, events, settings, locale },
        '#/schedule',
      );
      const hours = page.locator('.week-hour span:not(.visually-hidden)');
      await expect
        .poll(async () => (await hours.allTextContents()).map((h) => h.replace(/\s/gu, ' ')))
        .toContain(hour);
      const line = page.locator('.one-offs li').first();
      expect((await line.textContent())?.replace(/\s/gu, ' ')).toMatch(oneOffText);
      expect(await line.textContent()).not.toMatch(/\d{4}-\d{2}-\d{2}/u);
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: `${artifacts}schedule-times-${locale}.png`, fullPage: true });
    }
  });
});
