import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { sampleDayEvents } from '../fixtures/sample-day.ts';
import { chromiumPerFile, artifacts, openApp, seriousViolations } from './open-app.ts';
import { workingWeek } from './seeded-settings.ts';

const zone = 'Europe/Amsterdam';
const now = DateTime.fromISO('2026-11-18T21:00', { zone });
const clock = { now: () => now.toMillis() };
const events = [...sampleDayEvents('2026-11-16', zone), ...sampleDayEvents('2026-11-18', zone)];

const { chromium, cleanups } = chromiumPerFile();

describe('Profiles in Chromium, against the real reports and settings', () => {
  it('shows both profiles side by side with their time, what it went to and the boundary crossings', async () => {
    const { page, app, problems } = await openApp(
      chromium(),
      cleanups,
      { clock, zone, events, settings: workingWeek(zone) },
      '#/profiles',
    );
    const professional = page.locator('[data-profile="professional"]');
    await professional.waitFor();
    const expected = await app.services.reports.getUsageTotals({
      from: '2026-11-16',
      to: '2026-11-18',
      unit: 'day',
      profileId: 'professional',
    });
    const ms = expected.periods.reduce((sum, p) => sum + p.totalMs, 0);
    expect(ms).toBeGreaterThan(0);
    expect(await professional.locator('.big').textContent()).toBe(
      `${Math.floor(Math.round(ms / 60_000) / 60)} hr ${Math.round(ms / 60_000) % 60} min`,
    );
    expect(await page.locator('[data-profile="private"] .badge').textContent()).toBe('Active now');
    await page.getByTestId('profile-chart').locator('.recharts-bar-rectangle').first().waitFor();
    expect(await page.getByTestId('profile-chart').locator('.recharts-legend-item').count()).toBeGreaterThan(
      1,
    );
    const crossings = await app.services.reports.getBoundaryCrossings({
      from: '2026-11-16',
      to: '2026-11-18',
    });
    expect(crossings.socialInFocusMs).toBe(2 * 6 * 60_000); // Instagram 10:42–10:48, both days
    expect(await page.getByTestId('crossings-summary').textContent()).toContain(
      'Social in focus windows: 12 min',
    );
    // Every crossing the summary adds up is listed: one row per visit, each with its day and direction.
    const toggle = page.getByTestId('crossings-toggle');
    await toggle.click();
    const rows = page.getByTestId('crossings-list').locator('tbody tr');
    expect(await rows.count()).toBe(crossings.segments.length);
    const instagram = rows.filter({ hasText: 'Instagram' });
    expect(await instagram.count()).toBe(2);
    expect(await instagram.first().textContent()).toContain('10:42');
    await page.keyboard.press('Escape');
    await page.getByTestId('crossings-list').waitFor({ state: 'detached' });
    expect(await toggle.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.screenshot({ path: `${artifacts}profiles.png`, fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('creates a profile with its own colour, edits it and switches to it', async () => {
    const { page, app } = await openApp(
      chromium(),
      cleanups,
      { clock, zone, events, settings: workingWeek(zone) },
      '#/profiles',
    );
    await page.getByRole('button', { name: 'Add a profile' }).click();
    const form = page.getByRole('form', { name: 'New profile' });
    await form.getByLabel('Name').fill('Family');
    await form.getByLabel('Colour').fill('#aa3377');
    await form.getByRole('button', { name: 'Save' }).click();
    const family = page.locator('[data-profile="family"]');
    await family.waitFor();
    expect(app.services.settings.getSettings().profiles.find((p) => p.id === 'family')).toMatchObject({
      name: 'Family',
      colour: '#aa3377',
    });

    await family.getByRole('button', { name: 'Edit Family' }).click();
    await page.getByRole('form', { name: 'Edit Family' }).getByLabel('Name').fill('Family & friends');
    await page.getByRole('form', { name: 'Edit Family' }).getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => family.locator('h2').textContent()).toBe('Family & friends');

    await family.getByRole('button', { name: 'Switch to Family & friends' }).click();
    await expect.poll(() => family.locator('.badge').count()).toBe(1);
    expect(app.services.settings.scheduleState().now).toMatchObject({
      profileId: 'family',
      profileSource: 'manual',
    });
  });

  it('shows the error state when reports fail, and the empty state with no data', async () => {
    const failing = await openApp(
      chromium(),
      cleanups,
      { clock, zone, events, failCall: (n) => n === 'getUsageTotals' },
      '#/profiles',
    );
    await expect
      .poll(() => failing.page.getByRole('alert').textContent())
      .toContain('Something went wrong inside Balans.');
    expect(await seriousViolations(failing.page)).toEqual([]);
    const empty = await openApp(chromium(), cleanups, { clock, zone, events: [] }, '#/profiles');
    await expect
      .poll(() => empty.page.locator('.state-empty').textContent())
      .toContain('No time in any profile yet');
  });
});
