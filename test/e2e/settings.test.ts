import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { defaultSettings } from '../../electron/core/settings/default-settings.ts';
import { sampleDayEvents } from '../fixtures/sample-day.ts';
import { chromiumPerFile, artifacts, openApp, seriousViolations } from './open-app.ts';

const zone = 'Europe/Amsterdam';
const now = DateTime.fromISO('2026-11-18T21:00', { zone });
const clock = { now: () => now.toMillis() };
const events = sampleDayEvents('2026-11-18', zone);

const { chromium, cleanups } = chromiumPerFile();

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

describe('Settings in Chromium, against the real services', () => {
  it('switches the theme, which changes the page and is kept in the settings', async () => {
    const { page, app, problems } = await openApp(
      chromium(),
      cleanups,
      { clock, zone, events },
      '#/settings',
    );
    await page.getByRole('radio', { name: 'Light' }).check();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    expect(await background(page)).toBe('rgb(247, 247, 245)');
    await page.screenshot({ path: `${artifacts}settings-light.png`, fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('radio', { name: 'Dark' }).check();
    await expect.poll(() => background(page)).toBe('rgb(23, 24, 27)');
    expect(app.services.settings.getSettings().theme).toBe('dark');
    await page.screenshot({ path: `${artifacts}settings-dark.png`, fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    // The theme applies from the start on the next launch.
    await page.reload();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.getByRole('radio', { name: 'Same as the computer' }).check();
    await expect
      .poll(() => page.evaluate(() => document.documentElement.dataset.theme ?? 'none'))
      .toBe('none');
    expect(problems).toEqual([]);
  });

  it('saves an exclusion, the idle threshold, start at login and the language', async () => {
    const { page, app } = await openApp(chromium(), cleanups, { clock, zone, events }, '#/settings');
    const apps = page.getByTestId('excluded-apps');
    await apps.getByLabel('App to leave out').fill('KeePassXC');
    await apps.getByLabel('App to leave out').press('Enter');
    await apps.getByRole('button', { name: 'Remove KeePassXC' }).waitFor();
    expect(app.services.privacy.getPrivacySettings().excludedApps).toEqual(['KeePassXC']);

    const idle = page.getByLabel('Count me as away after this many minutes without input');
    await idle.fill('10');
    await idle.press('Enter');
    await expect.poll(() => app.services.settings.getSettings().idleThresholdMinutes).toBe(10);

    await page.getByLabel('Start Balans when I log in').check();
    await expect.poll(() => app.services.startAtLogin.get()).toBe(true);

    await page.getByRole('combobox', { name: 'Language' }).selectOption('nl');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Instellingen');
    expect(app.services.settings.getSettings().language).toBe('nl');
    await page.reload();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Instellingen');
  });

  // Issue 12: Settings showed "Nederlands" while the screen was English. One picker, showing main's language.
  it('has one language picker, in Settings, naming the language the screen speaks', async () => {
    const settings = { ...defaultSettings(zone), language: 'system' as const };
    const { page, app, problems } = await openApp(
      chromium(),
      cleanups,
      { clock, zone, events, settings, locale: 'sv-SE' },
      '#/today',
    );
    await expect.poll(() => page.locator('h1').textContent()).toBe('I dag');
    // No picker beside the navigation: one place decides the language.
    expect(await page.locator('select').count()).toBe(0);
    await page.getByRole('link', { name: 'Inställningar' }).click();
    const picker = page.getByRole('combobox', { name: 'Språk' });
    await picker.waitFor();
    expect(await page.getByRole('combobox', { name: /Språk|Language|Taal/ }).count()).toBe(1);
    expect(await picker.inputValue()).toBe('system');
    // 'system' resolved by main (getLocaleAndZone) is named, so the picker and the screen say the same language.
    expect(await picker.locator('option:checked').textContent()).toBe('Som datorn (Svenska)');
    expect(app.services.localeAndZone().locale).toMatch(/^sv/);
    await page.screenshot({ path: `${artifacts}settings-language-system-sv.png`, fullPage: true });

    await picker.selectOption('en');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Settings');
    const english = page.getByRole('combobox', { name: 'Language' });
    expect(await english.inputValue()).toBe('en');
    expect(await english.locator('option[value="system"]').textContent()).toBe(
      'Same as the computer (English)',
    );
    // Changed from elsewhere (another window, a restored file): the picker follows, as does the screen.
    await app.services.settings.setPreferences({ language: 'nl' });
    await expect.poll(() => page.locator('h1').textContent()).toBe('Instellingen');
    await expect.poll(() => page.getByRole('combobox', { name: 'Taal' }).inputValue()).toBe('nl');
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('saves the family message and the pause budget, which the boundaries use at once', async () => {
    const { page, app } = await openApp(chromium(), cleanups, { clock, zone, events }, '#/settings');
    const message = page.getByLabel('The message on the family-time screen');
    await message.fill('Dinner together, phones in the basket');
    const budget = page.getByLabel('Pauses a day, per profile, before Balans asks for a reason');
    await budget.focus();
    await expect
      .poll(() => app.services.settings.getSettings().familyMessage)
      .toBe('Dinner together, phones in the basket');
    await budget.fill('1');
    await budget.press('Enter');
    await expect.poll(() => app.services.boundaries.status().pauseBudget.budget).toBe(1);
    await page.reload();
    await expect
      .poll(() => page.getByLabel('The message on the family-time screen').inputValue())
      .toBe('Dinner together, phones in the basket');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('asks for the parent PIN before deleting all history when one is set', async () => {
    const { page, app } = await openApp(
      chromium(),
      cleanups,
      { clock, zone, events, parentPin: '2468' },
      '#/settings',
    );
    await app.ready;
    await page.getByRole('button', { name: 'Delete all history…' }).click();
    const confirm = page.getByRole('form', { name: 'Delete everything' });
    const pin = confirm.getByLabel('Parent PIN');
    await expect.poll(() => pin.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await pin.fill('2468');
    await confirm.getByRole('button', { name: 'Delete everything' }).click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'events deleted' }).textContent())
      .toBe(`${events.length} events deleted.`);
    expect(await app.store.eventsBetween('window', 0, now.toMillis())).toEqual([]);
  });

  it('refuses a wrong PIN, and deletes without asking for one when none is set', async () => {
    const locked = await openApp(
      chromium(),
      cleanups,
      { clock, zone, events, parentPin: '2468' },
      '#/settings',
    );
    await locked.app.ready;
    await locked.page.getByRole('button', { name: 'Delete all history…' }).click();
    await locked.page.getByRole('form', { name: 'Delete everything' }).getByLabel('Parent PIN').fill('1357');
    await locked.page.getByRole('button', { name: 'Delete everything' }).click();
    await expect.poll(() => locked.page.getByRole('alert').textContent()).toContain('not the parent PIN');
    expect(await locked.app.store.eventsBetween('window', 0, now.toMillis())).toHaveLength(
      events.filter((e) => e.kind === 'window').length,
    );

    const open = await openApp(chromium(), cleanups, { clock, zone, events }, '#/settings');
    await open.page.getByRole('button', { name: 'Delete all history…' }).click();
    const confirm = open.page.getByRole('form', { name: 'Delete everything' });
    expect(await confirm.getByLabel('Parent PIN').count()).toBe(0);
    await open.page.getByRole('button', { name: 'Delete everything' }).click();
    await expect
      .poll(async () => (await open.app.store.eventsBetween('window', 0, now.toMillis())).length)
      .toBe(0);
  });

  it('shows the error state when the settings cannot be read', async () => {
    const { page } = await openApp(
      chromium(),
      cleanups,
      { clock, zone, events, failCall: (n) => n === 'getPrivacySettings' },
      '#/settings',
    );
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('Something went wrong inside Balans.');
    expect(await seriousViolations(page)).toEqual([]);
  });
});
