import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { artifacts, chromiumPerFile, openApp, seriousViolations } from './open-app.ts';

const zone = 'Europe/Amsterdam';
// Friday evening, 21:02: when a parent sets up tonight's block.
const now = DateTime.fromISO('2026-11-20T21:02', { zone });
const clock = { now: () => now.toMillis() };

const { chromium, cleanups } = chromiumPerFile();
const open = (locale = 'en') =>
  openApp(chromium(), cleanups, { clock, zone, events: [], locale }, '#/schedule');

describe('the schedule editor chooses sensibly and refuses impossible times, in Chromium', () => {
  it('moves a window to Private when its kind becomes family time, and refuses start equal to end', async () => {
    const { page, app } = await open();
    await page.getByRole('gridcell', { name: 'Monday 6:00 PM' }).focus();
    await page.keyboard.press('Enter');
    const editor = page.getByRole('form', { name: 'New window' });
    expect(await editor.getByLabel('Profile').inputValue()).toBe('professional');
    await editor.getByLabel('Kind').selectOption({ label: 'Family time' });
    expect(await editor.getByLabel('Profile').inputValue()).toBe('private');
    // A profile the user picks stays, whatever the kind.
    await editor.getByLabel('Profile').selectOption('professional');
    await editor.getByLabel('Kind').selectOption({ label: 'Downtime' });
    expect(await editor.getByLabel('Profile').inputValue()).toBe('professional');

    await editor.getByLabel('End').fill('18:00');
    await editor.getByRole('button', { name: 'Save' }).click();
    const issue = page.locator('#window-end-issue');
    await expect
      .poll(() => issue.textContent())
      .toBe('The end is the same as the start. Choose when it ends.');
    expect(await editor.getByLabel('End').getAttribute('aria-describedby')).toBe('window-end-issue');
    expect(app.services.settings.getSettings().windows).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${artifacts}schedule-same-start-end.png`, fullPage: true });
  });

  it('starts a new one-off at the next quarter hour and refuses one in the past, in Dutch', async () => {
    const { page, app } = await open('nl');
    await page.getByRole('button', { name: 'Eenmalig blok toevoegen' }).click();
    const editor = page.getByRole('form', { name: 'Nieuw blok' });
    expect(await editor.getByLabel('Begin').inputValue()).toBe('2026-11-20T21:15');
    expect(await editor.getByLabel('Einde').inputValue()).toBe('2026-11-20T23:15');
    expect(await editor.getByLabel('Profiel').inputValue()).toBe('private');

    await editor.getByLabel('Begin').fill('2026-11-20T13:00');
    await editor.getByLabel('Einde').fill('2026-11-20T15:00');
    await editor.getByRole('button', { name: 'Opslaan' }).click();
    await expect
      .poll(() => page.locator('#window-end-issue').textContent())
      .toBe('Dit tijdstip is al voorbij.');
    expect(await editor.getByRole('alert').textContent()).not.toMatch(/Invalid|Window times/u);
    expect(app.services.settings.getSettings().windows).toEqual([]);
    await page.screenshot({ path: `${artifacts}schedule-past-nl.png`, fullPage: true });

    await editor.getByLabel('Begin').fill('2026-11-20T21:15');
    await editor.getByLabel('Einde').fill('2026-11-20T22:00');
    await editor.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => app.services.settings.getSettings().windows.length).toBe(1);
  });
});
