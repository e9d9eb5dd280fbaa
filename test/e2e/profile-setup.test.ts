import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { sampleDayEvents } from '../fixtures/sample-day.ts';
import { artifacts, chromiumPerFile, openApp, seriousViolations } from './open-app.ts';
import { workingWeek } from './seeded-settings.ts';

const zone = 'Europe/Amsterdam';
const now = DateTime.fromISO('2026-11-20T16:00', { zone });
const clock = { now: () => now.toMillis() };
const events = sampleDayEvents('2026-11-20', zone);

const { chromium, cleanups } = chromiumPerFile();

const open = (locale = 'en') =>
  openApp(chromium(), cleanups, { clock, zone, events, settings: workingWeek(zone), locale }, '#/profiles');

describe('a profile shows what it does, in Chromium against the real settings service', () => {
  it('shows per category what happens in each kind of window, and changes an action', async () => {
    const { page, app, problems } = await open();
    const opener = page.getByRole('button', { name: 'Set up Professional' });
    await opener.click();
    const table = page.getByTestId('profile-actions');
    const cell = (category: string, kind: string) =>
      table.locator(`tr[data-category="${category}"] td[data-kind="${kind}"]`);
    await expect.poll(() => cell('work', 'family-time').textContent()).toBe('Block');
    expect(await cell('social', 'office-hours').textContent()).toBe('Nothing');

    const entertainment = page.getByLabel('Action for Entertainment');
    await entertainment.focus();
    await entertainment.selectOption({ label: 'Nudge' });
    await expect
      .poll(
        () =>
          app.services.settings.getSettings().profiles.find((p) => p.id === 'professional')?.actions
            .entertainment,
      )
      .toBe('nudge');
    // The table is main's answer again, after the change: focus windows now nudge entertainment.
    await expect.poll(() => cell('entertainment', 'focus').textContent()).toBe('Nudge');
    expect(
      await page.getByLabel('Action for Entertainment').evaluate((e) => e === document.activeElement),
    ).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${artifacts}profile-setup.png`, fullPage: true });

    await page.keyboard.press('Escape');
    await page.getByTestId('profile-setup').waitFor({ state: 'detached' });
    await expect.poll(() => opener.evaluate((b) => b === document.activeElement)).toBe(true);
    expect(problems).toEqual([]);
  });

  it('adds and removes a daily limit by typing', async () => {
    const { page, app } = await open();
    await page.getByRole('button', { name: 'Set up Private' }).click();
    const form = page.getByRole('form', { name: 'Add limit' });
    await form.getByLabel('Limit').selectOption({ label: 'Site' });
    await form.getByLabel('Site', { exact: true }).fill('youtube.com');
    await form.getByLabel('Minutes a day').fill('30');
    await form.getByRole('button', { name: 'Add limit' }).click();
    const limits = () => app.services.settings.getSettings().profiles.find((p) => p.id === 'private')?.limits;
    await expect.poll(limits).toEqual([{ target: { kind: 'site', site: 'youtube.com' }, minutesPerDay: 30 }]);
    await expect
      .poll(() => page.getByTestId('limits').textContent())
      .toContain('Site youtube.com: 30 min a day');
    // Private is not the profile active now (office hours): its own progress, as main measures it, is shown.
    expect(app.services.boundaries.status().profileId).not.toBe('private');
    const [measured] = await app.services.limits.getLimitProgress(undefined, 'private');
    const bar = page.getByTestId('limits').locator('progress');
    await expect.poll(() => bar.count()).toBe(1);
    expect(Number(await bar.getAttribute('value'))).toBe(Math.min(measured!.usedMs, measured!.allowedMs));
    expect(measured!.usedMs).toBeGreaterThan(0);

    // A refused value says so in words, not as a zod message.
    await form.getByLabel('Limit').selectOption({ label: 'App' });
    await form.getByLabel('App', { exact: true }).fill('   ');
    await form.getByRole('button', { name: 'Add limit' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('Something in the form is not right.');
    expect(await page.getByRole('alert').textContent()).not.toMatch(/Too small|expected/u);

    await page.getByRole('button', { name: 'Remove the limit on youtube.com' }).click();
    await expect.poll(limits).toEqual([]);
    await page.screenshot({ path: `${artifacts}profile-limits.png`, fullPage: true });
  });

  it('creates, renames, recolours and deletes an own category, moving its rules', async () => {
    const { page, app } = await open();
    const add = page.getByRole('form', { name: 'Add category' });
    await add.getByLabel('New category').fill('News');
    await add.getByRole('button', { name: 'Add category' }).click();
    await expect
      .poll(() => app.services.settings.getSettings().categories.map((c) => c.name))
      .toEqual(['News']);
    app.services.settings.setRules([
      ...app.services.settings.getSettings().rules,
      { field: 'site', match: 'exact', pattern: 'nos.nl', category: 'news' },
    ]);

    const own = page.getByRole('form', { name: 'Category News' });
    await own.getByLabel('Name').fill('Headlines');
    await own.getByLabel('Colour').fill('#117733');
    await own.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => app.services.settings.getSettings().categories)
      .toEqual([{ id: 'news', name: 'Headlines', colour: '#117733' }]);

    await page.getByRole('button', { name: 'Delete Headlines…' }).click();
    const confirm = page.getByRole('form', { name: 'Delete Headlines' });
    await confirm
      .getByLabel('Move its rules, limits and actions to')
      .selectOption({ label: 'Entertainment' });
    expect(await seriousViolations(page)).toEqual([]);
    await confirm.getByRole('button', { name: 'Delete category' }).click();
    await expect.poll(() => app.services.settings.getSettings().categories).toEqual([]);
    const moved = app.services.settings.getSettings().rules.find((r) => r.pattern === 'nos.nl');
    expect(moved?.category).toBe('entertainment');
  });

  it('deletes a profile in Dutch after confirming where its windows go', async () => {
    const { page, app } = await open('nl');
    const family = app.services.settings.saveProfile({ name: 'Gezin', colour: '#336699', icon: 'people' });
    app.services.settings.saveWindow({
      type: 'weekly',
      name: 'Avondeten',
      kind: 'family-time',
      profileId: family.id,
      days: [1, 2, 3, 4, 5],
      start: '18:00',
      end: '20:00',
    });
    await page.getByRole('button', { name: 'Gezin instellen' }).click();
    await page.getByRole('button', { name: 'Gezin verwijderen…' }).click();
    const confirm = page.getByRole('form', { name: 'Gezin verwijderen' });
    await confirm.getByLabel('Blokken en regels verplaatsen naar').selectOption({ label: 'Privé' });
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${artifacts}profile-delete-nl.png`, fullPage: true });
    await confirm.getByRole('button', { name: 'Profiel verwijderen' }).click();
    await expect
      .poll(() => app.services.settings.getSettings().profiles.map((p) => p.id))
      .toEqual(['professional', 'private']);
    expect(app.services.settings.getSettings().windows.find((w) => w.name === 'Avondeten')?.profileId).toBe(
      'private',
    );
    await page.getByTestId('profile-setup').waitFor({ state: 'detached' });
  });
});
