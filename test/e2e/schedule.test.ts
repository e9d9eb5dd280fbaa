import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { defaultSettings } from '../../electron/core/settings/default-settings.ts';
import type { Settings } from '../../electron/shared/domain/settings.ts';
import { chromiumPerFile, artifacts, openApp, seriousViolations } from './open-app.ts';

const zone = 'Europe/Amsterdam';
const now = DateTime.fromISO('2026-11-18T08:00', { zone }); // a Wednesday
const clock = { now: () => now.toMillis() };

const { chromium, cleanups } = chromiumPerFile();

const open = (settings?: Settings) =>
  openApp(chromium(), cleanups, { clock, zone, events: [], ...(settings ? { settings } : {}) }, '#/schedule');

/** Drags with the mouse from one grid cell to another. */
async function drag(page: Page, from: [number, number], to: [number, number]) {
  const box = async ([day, slot]: [number, number]) => {
    const b = await page.locator(`[data-day="${day}"][data-slot="${slot}"]`).boundingBox();
    if (!b) throw new Error(`no cell ${day}/${slot}`);
    return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
  };
  const a = await box(from);
  const b = await box(to);
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move(b.x, b.y, { steps: 8 });
  await page.mouse.up();
}

describe('Schedule in Chromium, against the real settings service', () => {
  it('draws a window with the mouse, saves it and shows it on the grid', async () => {
    const { page, app, problems } = await open();
    await page.getByRole('grid').waitFor();
    await drag(page, [2, 18], [4, 21]); // Tue–Thu 09:00–11:00
    const editor = page.getByRole('form', { name: 'New window' });
    await expect.poll(() => editor.getByLabel('Start').inputValue()).toBe('09:00');
    expect(await editor.getByLabel('End').inputValue()).toBe('11:00');
    await editor.getByLabel('Name').fill('Deep work');
    await editor.getByRole('button', { name: 'Save' }).click();
    await page.locator('[data-window]').first().waitFor();
    await expect.poll(() => page.locator('.week-block', { hasText: 'Deep work' }).count()).toBe(3);
    const saved = app.services.settings.getSettings().windows;
    expect(saved).toMatchObject([
      { name: 'Deep work', type: 'weekly', kind: 'focus', days: [2, 3, 4], start: '09:00', end: '11:00' },
    ]);
    expect(problems).toEqual([]);
  });

  it('draws with the keyboard alone: arrows, Shift+arrows, Enter', async () => {
    const { page, app } = await open();
    await page.getByRole('grid').waitFor();
    await page.locator('[role=gridcell][tabindex="0"]').focus(); // Monday 09:00
    await page.keyboard.press('ArrowRight'); // Tuesday
    for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowDown'); // 19:00
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowDown'); // 19:00–21:00
    await page.keyboard.press('Enter');
    const editor = page.getByRole('form', { name: 'New window' });
    await expect
      .poll(() => editor.getByLabel('Name').evaluate((el) => el === document.activeElement))
      .toBe(true);
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Evening');
    await editor.getByLabel('Kind').selectOption('family-time');
    await editor.getByLabel('Profile').selectOption('private');
    await page.keyboard.press('Enter');
    await page.locator('.week-block', { hasText: 'Evening' }).waitFor();
    expect(app.services.settings.getSettings().windows[0]).toMatchObject({
      days: [2],
      start: '19:00',
      end: '21:00',
      kind: 'family-time',
    });
  });

  it('edits, adds an exception and deletes a window; explains overlaps in words', async () => {
    const settings = {
      ...defaultSettings(zone),
      windows: [
        {
          id: 'focus',
          name: 'Focus',
          type: 'weekly',
          kind: 'focus',
          profileId: 'professional',
          priority: 0,
          days: [3],
          start: '14:00',
          end: '20:00',
          endsNextDay: false,
          skipDates: [],
        },
        {
          id: 'family',
          name: 'Family time',
          type: 'weekly',
          kind: 'family-time',
          profileId: 'private',
          priority: 0,
          days: [3],
          start: '18:00',
          end: '21:00',
          endsNextDay: false,
          skipDates: [],
        },
      ],
    } satisfies Settings;
    const { page, app } = await open(settings);
    await expect
      .poll(() => page.getByTestId('overlaps').textContent())
      .toContain('Family time overrides Focus Wed 6:00 PM–8:00 PM');
    await page.screenshot({ path: `${artifacts}schedule.png`, fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: /^Edit Focus/ }).click();
    const editor = page.getByRole('form', { name: 'Edit window' });
    await editor.getByLabel('End').fill('17:00');
    await editor.getByLabel('Date').fill('2026-12-23');
    await editor.getByRole('button', { name: 'Add exception' }).click();
    await editor.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.locator('.state-empty', { hasText: 'No windows overlap' }).count()).toBe(1);
    expect(app.services.settings.getSettings().windows[0]).toMatchObject({
      end: '17:00',
      skipDates: ['2026-12-23'],
    });

    await page.getByRole('button', { name: /^Edit Family time/ }).click();
    await page.getByRole('form', { name: 'Edit window' }).getByRole('button', { name: 'Delete' }).click();
    // Deleting asks first, with the safe answer focused.
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => page.locator('.week-block').count()).toBe(1);
  });

  it('adds a one-off block', async () => {
    const { page, app } = await open();
    await page.getByRole('button', { name: 'Add a one-off block' }).click();
    const editor = page.getByRole('form', { name: 'New window' });
    await editor.getByLabel('Start').fill('2026-11-21T10:00');
    await editor.getByLabel('End').fill('2026-11-21T16:00');
    await editor.getByRole('button', { name: 'Save' }).click();
    // Shown as the language writes it, not as stored.
    await page.getByRole('button', { name: /Nov 21, 2026, 10:00\sAM to Nov 21, 2026, 4:00\sPM/u }).waitFor();
    expect(app.services.settings.getSettings().windows[0]).toMatchObject({
      type: 'one-off',
      start: '2026-11-21T10:00',
    });
  });

  it('shows the error state when the schedule cannot be read, and recovers on retry', async () => {
    let failing = true;
    const { page } = await openApp(
      chromium(),
      cleanups,
      { clock, zone, events: [], failCall: (name) => failing && name === 'getScheduleState' },
      '#/schedule',
    );
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('Something went wrong inside Balans.');
    expect(await seriousViolations(page)).toEqual([]);
    failing = false;
    await alert.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('grid').waitFor();
  });

  it('shows why a window was not saved and keeps the editor open', async () => {
    const { page } = await openApp(
      chromium(),
      cleanups,
      { clock, zone, events: [], failCall: (name) => name === 'saveWindow' },
      '#/schedule',
    );
    await page.getByRole('grid').waitFor();
    await drag(page, [1, 18], [1, 19]);
    const editor = page.getByRole('form', { name: 'New window' });
    await editor.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => editor.getByRole('alert').textContent())
      .toBe('Not saved: Something went wrong inside Balans.');
  });
});
