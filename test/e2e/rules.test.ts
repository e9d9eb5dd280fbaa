import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../../electron/shared/domain/usage.ts';
import { sampleDayEvents } from '../fixtures/sample-day.ts';
import { chromiumPerFile, artifacts, openApp, seriousViolations } from './open-app.ts';

const zone = 'Europe/Amsterdam';
const now = DateTime.fromISO('2026-11-18T21:00', { zone });
const clock = { now: () => now.toMillis() };
const blender: StoredEvent = {
  id: 'blender',
  kind: 'window',
  start: now.minus({ hours: 5 }).toMillis(),
  duration: 40 * 60_000,
  data: { app: 'Blender', title: 'scene.blend - Blender' },
};
const events = [...sampleDayEvents('2026-11-18', zone), blender];

const { chromium, cleanups } = chromiumPerFile();

describe('Rules in Chromium, against the real matcher', () => {
  it('answers the live tester with the category and the rule that decided', async () => {
    const { page, problems } = await openApp(chromium(), cleanups, { clock, zone, events }, '#/rules');
    const tester = page.getByRole('region', { name: 'Try the rules' });
    await tester.getByLabel('App').fill('firefox');
    await tester.getByLabel('Window title').fill('Instagram — Mozilla Firefox');
    const answer = page.getByTestId('tester-answer');
    await expect.poll(() => answer.textContent()).toContain('→ Social');
    expect(await answer.textContent()).toContain('Site seen: instagram.com');
    await tester.getByLabel('Window title').fill('scene.blend - Blender');
    await tester.getByLabel('App').fill('Blender');
    await expect.poll(() => answer.textContent()).toContain('No rule matches');
    await page.screenshot({ path: `${artifacts}rules.png`, fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('categorises an unmatched app with one click, which moves it out of the list', async () => {
    const { page, app } = await openApp(chromium(), cleanups, { clock, zone, events }, '#/rules');
    const row = page.locator('[data-unmatched="Blender"]');
    await row.waitFor();
    expect(await row.textContent()).toContain('40 min');
    await page.getByRole('button', { name: 'Put Blender in Work' }).click();
    await expect.poll(() => row.count()).toBe(0);
    expect(app.services.settings.getSettings().rules.at(-1)).toMatchObject({
      field: 'app',
      match: 'exact',
      pattern: 'Blender',
      category: 'work',
    });
    await expect.poll(() => page.locator('.unmatched .state-empty').textContent()).toContain('has a rule');
    // The new rule is in the editable list too.
    await expect.poll(() => page.locator('.rules-table input').last().inputValue()).toBe('Blender');
  });

  it("edits a profile's own rules with the keyboard and saves them", async () => {
    const { page, app } = await openApp(chromium(), cleanups, { clock, zone, events }, '#/rules');
    await page.getByLabel('Rules for').selectOption({ label: 'Private only (checked first)' });
    await page.locator('.rule-list .state-empty').waitFor();
    await page.getByRole('button', { name: 'Add a rule' }).press('Enter');
    await page.getByLabel('Rule 1: pattern').fill('steam');
    await page.getByLabel('Rule 1: category').selectOption('entertainment');
    await page.getByLabel('Rule 1: pattern').press('Enter');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Rules saved.' }).count()).toBe(1);
    const priv = app.services.settings.getSettings().profiles.find((p) => p.id === 'private');
    expect(priv?.ruleOverrides).toEqual([
      { id: 'rule-new', field: 'app', match: 'exact', pattern: 'steam', category: 'entertainment' },
    ]);
  });

  it('shows why a regex RE2 cannot run is refused, and the error and empty states', async () => {
    const { page } = await openApp(chromium(), cleanups, { clock, zone, events: [] }, '#/rules');
    await expect
      .poll(() => page.locator('.unmatched .state-empty').textContent())
      .toContain('Every app and site');
    await page.getByLabel('Rule 1: how').selectOption('regex');
    await page.getByLabel('Rule 1: pattern').fill('youtube(?=.*music)');
    await page.getByRole('button', { name: 'Save rules' }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('Not saved');
    // The reason in the user's words, not main's English code.
    await expect
      .poll(() => page.getByRole('alert').first().textContent())
      .toContain('Lookahead and lookbehind ((?=…), (?!…), (?<=…), (?<!…)) cannot be used in rules');
    const failing = await openApp(
      chromium(),
      cleanups,
      { clock, zone, events, failCall: (n) => n === 'getUnmatchedUsage' },
      '#/rules',
    );
    await expect
      .poll(() => failing.page.getByRole('alert').textContent())
      .toContain('Something went wrong inside Balans.');
    expect(await seriousViolations(failing.page)).toEqual([]);
  });
});
