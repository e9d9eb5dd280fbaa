import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { sampleDayEvents } from '../fixtures/sample-day.ts';
import { chromiumPerFile, artifacts, openApp, seriousViolations } from './open-app.ts';

const zone = 'Europe/Amsterdam';
const now = DateTime.fromISO('2026-11-20T16:00', { zone }); // a Friday
const clock = { now: () => now.toMillis() };
const events = sampleDayEvents('2026-11-20', zone);

const { chromium, cleanups } = chromiumPerFile();

describe('The issue scenario, in Chromium against the real core with seeded data', () => {
  it('creates a profile, draws a focus window for it on the grid and sees it on Today', async () => {
    const { page, problems } = await openApp(chromium(), cleanups, { clock, zone, events }, '#/profiles');
    await page.getByRole('button', { name: 'Add a profile' }).click();
    await page.getByRole('form', { name: 'New profile' }).getByLabel('Name').fill('Studies');
    await page.getByRole('form', { name: 'New profile' }).getByRole('button', { name: 'Save' }).click();
    await page.locator('[data-profile="studies"]').waitFor();

    await page.getByRole('link', { name: 'Schedule' }).click();
    await page.getByRole('grid').waitFor();
    // Friday 15:00–17:00 with the keyboard: from Monday 09:00, four days right, twelve slots down, then select.
    await page.locator('[role=gridcell][tabindex="0"]').focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    for (let i = 0; i < 12; i++) await page.keyboard.press('ArrowDown');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Enter');
    const editor = page.getByRole('form', { name: 'New window' });
    await editor.getByLabel('Name').fill('Thesis');
    await editor.getByLabel('Profile').selectOption('studies');
    await editor.getByRole('button', { name: 'Save' }).click();
    await page.locator('.week-block', { hasText: 'Thesis' }).waitFor();

    await page.getByRole('link', { name: 'Today' }).click();
    await expect.poll(() => page.getByTestId('now-panel').textContent()).toContain('Profile now: Studies');
    expect(await page.getByTestId('open-window').textContent()).toBe(
      'Thesis (Focus) until 5:00 PM, 1 hr left',
    );
    const timeline = page.getByTestId('day-timeline');
    await timeline.locator('.recharts-bar-rectangle').first().waitFor();
    // The window drawn on the grid is drawn in the focus lane under today's timeline, the switch to its profile
    // across it.
    const band = timeline.locator('.window-lane[data-kind="focus"] [data-testid="window-band"]');
    expect(await band.count()).toBe(1);
    expect(await band.getAttribute('title')).toContain('Thesis');
    expect(await timeline.locator('.recharts-reference-line').count()).toBe(1);
    expect(await timeline.getByTestId('profile-change-label').filter({ hasText: 'Studies' }).count()).toBe(1);
    await page.getByTestId('checks-chart').locator('.recharts-bar-rectangle').first().waitFor();
    await page.screenshot({ path: `${artifacts}today-with-window.png`, fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    // Snoozing the window and seeing the pause recorded: test/e2e/pause.test.ts.
  });

  it('switches language to Dutch and to Swedish: translated text and a locale date', async () => {
    const { page } = await openApp(chromium(), cleanups, { clock, zone, events });
    await page.getByTestId('today-date').waitFor();
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByLabel('Language').selectOption('nl');
    await page.getByRole('link', { name: 'Vandaag' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Vandaag');
    expect(await page.getByTestId('today-date').textContent()).toBe('vrijdag 20 november 2026');
    expect(await page.getByRole('heading', { name: 'Tijd per categorie' }).count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl');
    await page.screenshot({ path: `${artifacts}today-nl.png`, fullPage: true });

    await page.getByRole('link', { name: 'Instellingen' }).click();
    await page.getByLabel('Taal').selectOption('sv');
    await page.getByRole('link', { name: 'I dag' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('I dag');
    expect(await page.getByTestId('today-date').textContent()).toBe('fredag 20 november 2026');
    await page.getByRole('link', { name: 'Schema' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Schema');
    // The grid renders once the settings call answers, after the heading.
    await expect.poll(() => page.getByRole('columnheader', { name: 'mån' }).count()).toBe(1);
    await page.screenshot({ path: `${artifacts}schedule-sv.png`, fullPage: true });
  });
});
