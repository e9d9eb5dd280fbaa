import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { sampleDayEvents } from '../fixtures/sample-day.ts';
import { settingsWith, weekly } from '../unit/core/schedule/settings-builder.ts';
import { chromiumPerFile, openApp, seriousViolations } from './open-app.ts';

const zone = 'Europe/Amsterdam';
const now = DateTime.fromISO('2026-11-18T19:30', { zone }); // a Wednesday, in family time
const clock = { now: () => now.toMillis() };
const family = {
  ...weekly('family', 'family-time', [1, 2, 3, 4, 5, 6, 7], '19:00', '21:00'),
  name: 'Family time',
};
const settings = settingsWith(zone, [family], { timeZone: zone });
const old = {
  id: 'old',
  kind: 'window' as const,
  start: now.minus({ days: 30 }).toMillis(),
  duration: 60_000,
};
const events = [...sampleDayEvents(now.toISODate()!, zone), { ...old, data: { app: 'firefox' } }];

const { chromium, cleanups } = chromiumPerFile();
const open = (hash: string) =>
  openApp(chromium(), cleanups, { clock, zone, settings, events, parentPin: '2468' }, hash);

describe('the parent PIN, asked in place (Chromium, real services)', () => {
  it('a child deleting family time from Schedule gets the PIN prompt; Cancel keeps it; the parent’s PIN deletes it', async () => {
    const { page, app, problems } = await open('#/schedule');
    await app.ready;
    const remove = async () => {
      await page
        .getByRole('button', { name: /^Edit Family time/ })
        .first()
        .click();
      await page.getByRole('form', { name: 'Edit window' }).getByRole('button', { name: 'Delete' }).click();
      const confirm = page.getByRole('alertdialog');
      await expect.poll(() => confirm.textContent()).toContain('Delete “Family time”?');
      await confirm.getByRole('button', { name: 'Delete' }).click();
    };
    await remove();
    const prompt = page.getByTestId('pin-retry');
    await expect
      .poll(() => page.getByTestId('pin-retry-text').textContent())
      .toBe('This change needs the parent PIN.');
    expect(await seriousViolations(page)).toEqual([]);
    await prompt.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => prompt.count()).toBe(0);
    expect(app.services.settings.getSettings().windows).toHaveLength(1);
    expect(app.services.boundaries.status().overlay).toMatchObject({ kind: 'family-time' });

    await remove();
    await prompt.getByLabel('Parent PIN').fill('2468');
    await prompt.getByRole('button', { name: 'Confirm' }).click();
    await expect.poll(() => app.services.settings.getSettings().windows.length).toBe(0);
    expect(app.services.boundaries.status().overlay).toBeNull();
    expect(problems).toEqual([]);
  });

  it('a child editing family time (skip today) gets the prompt, and wrong tries end in a counted-down lockout', async () => {
    const { page, app } = await open('#/schedule');
    await app.ready;
    await page
      .getByRole('button', { name: /^Edit Family time/ })
      .first()
      .click();
    const editor = page.getByRole('form', { name: 'Edit window' });
    await editor.getByLabel('Date').fill('2026-11-18');
    await editor.getByRole('button', { name: 'Add exception' }).click();
    await editor.getByRole('button', { name: 'Save' }).click();
    const prompt = page.getByTestId('pin-retry');
    const text = page.getByTestId('pin-retry-text');
    for (const guess of ['1111', '2222']) {
      await prompt.getByLabel('Parent PIN').fill(guess);
      await prompt.getByRole('button', { name: 'Confirm' }).click();
      await expect.poll(() => text.textContent()).toBe('That is not the parent PIN.');
    }
    await prompt.getByLabel('Parent PIN').fill('3333');
    await prompt.getByRole('button', { name: 'Confirm' }).click();
    await expect.poll(() => text.textContent()).toMatch(/^Too many tries — try again in 30 sec/);
    // The countdown is live, and no PIN can be typed meanwhile.
    await expect.poll(() => text.textContent(), { timeout: 5000 }).toMatch(/in 2\d sec/);
    expect(await prompt.getByLabel('Parent PIN').isDisabled()).toBe(true);
    expect(app.services.settings.getSettings().windows[0]).toMatchObject({ skipDates: [] });
  });

  it('shortening history from Settings says how much goes, asks, then takes the parent’s PIN', async () => {
    const { page, app } = await open('#/settings');
    await app.ready;
    await page.getByLabel('Keep history for').selectOption('7');
    const confirm = page.getByRole('alertdialog');
    await expect.poll(() => confirm.textContent()).toContain('deletes 1 recorded event now');
    await confirm.getByRole('button', { name: /^Delete and keep/ }).click();
    const prompt = page.getByTestId('pin-retry');
    await expect
      .poll(() => page.getByTestId('pin-retry-text').textContent())
      .toBe('This change needs the parent PIN.');
    expect(app.services.privacy.getPrivacySettings().retentionDays).toBeNull();
    await prompt.getByLabel('Parent PIN').fill('2468');
    await prompt.getByRole('button', { name: 'Confirm' }).click();
    await expect.poll(() => app.services.privacy.getPrivacySettings().retentionDays).toBe(7);
    expect(await app.store.eventsBetween('window', 0, now.minus({ days: 10 }).toMillis())).toEqual([]);
  });

  it('a child moving the time zone from Settings during family time gets the prompt; Cancel keeps the zone', async () => {
    const { page, app } = await open('#/settings');
    await app.ready;
    const field = page.getByLabel('Time zone of the schedule');
    const change = async () => {
      await field.fill('Pacific/Auckland');
      await page.getByRole('button', { name: 'Save time zone' }).click();
    };
    await change();
    const prompt = page.getByTestId('pin-retry');
    await prompt.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => field.inputValue()).toBe(zone);
    expect(app.services.settings.getSettings().timeZone).toBe(zone);
    await change();
    await prompt.getByLabel('Parent PIN').fill('2468');
    await prompt.getByRole('button', { name: 'Confirm' }).click();
    await expect.poll(() => app.services.settings.getSettings().timeZone).toBe('Pacific/Auckland');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('without a PIN, "End now" in family time asks first, and the ending is recorded', async () => {
    const { page, app } = await openApp(
      chromium(),
      cleanups,
      { clock, zone, settings, events: [] },
      '#/overlay',
    );
    await app.ready;
    await page.getByRole('button', { name: 'End now' }).click();
    const confirm = page.getByRole('alertdialog');
    await expect.poll(() => confirm.textContent()).toContain('No parent PIN is set');
    await confirm.getByRole('button', { name: 'Keep' }).click();
    expect(app.services.boundaries.status().overlay).toMatchObject({ kind: 'family-time' });
    await page.getByRole('button', { name: 'End now' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'End family time' }).click();
    await expect.poll(() => app.services.boundaries.status().overlay).toBeNull();
    const pauses = await app.dispatch('getPauses', { from: '2026-11-18', to: '2026-11-18' });
    expect(pauses).toMatchObject({
      ok: true,
      data: { pauses: [{ scope: 'window', reason: 'end-with-pin' }] },
    });
  });
});
