import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../electron/core/settings/default-settings.ts';
import type { BoundaryTimer } from '../../electron/main/services/boundary-outputs.ts';
import type { NudgeView } from '../../electron/shared/domain/boundaries.ts';
import type { Observation, StoredEvent } from '../../electron/shared/domain/usage.ts';
import { chromiumPerFile, openApp } from './open-app.ts';
import { workingWeek } from './seeded-settings.ts';

const zone = 'Europe/Amsterdam';
const { chromium, cleanups } = chromiumPerFile();
/** The boundary loop steps only when the test says so. */
const stillTimer: BoundaryTimer = { set: () => 0, clear: () => undefined };
const MIN = 60_000;
/** How long to wait for a state to appear (the machine may be busy); never a sleep. */
const WAIT = { timeout: 10_000 };

describe('Today’s limit bar and the nudge come from one measurement', () => {
  it('shows the bar at 100 % at the minute the policy nudges', async () => {
    const evening = DateTime.fromISO('2026-11-20T19:00', { zone }).toMillis();
    let now = evening + 29 * MIN;
    const clock = { now: () => now };
    const settings = defaultSettings(zone);
    const priv = settings.profiles.find((p) => p.id === 'private')!;
    // A site limit met on a subdomain: the policy counts it, as the bar must.
    priv.limits = [{ target: { kind: 'site', site: 'youtube.com' }, minutesPerDay: 30 }];
    priv.actions = { ...priv.actions, entertainment: 'nudge' };
    const tube: Observation = {
      app: 'Firefox',
      title: 'Lofi - YouTube — Mozilla Firefox',
      site: 'm.youtube.com',
    };
    const watching = (minutes: number): StoredEvent => ({
      id: 'tube',
      kind: 'window',
      start: evening,
      duration: minutes * MIN,
      data: tube,
    });
    const { page, app } = await openApp(chromium(), cleanups, {
      clock,
      zone,
      settings,
      events: [watching(29)],
      observe: () => tube,
      timer: stillTimer,
    });
    const nudges = () => app.outputs.filter((c) => c.name === 'showNudge').map((c) => c.arg as NudgeView);
    const bar = page.getByTestId('limits').locator('li').first();
    await bar.waitFor();
    // A minute before: not at the limit, and no nudge.
    expect(await bar.getAttribute('data-stage')).toBe('heads-up');
    const progress = bar.locator('progress');
    expect(Number(await progress.getAttribute('value'))).toBe(29 * MIN);
    expect(Number(await progress.getAttribute('max'))).toBe(30 * MIN);
    expect(nudges()).toEqual([]);

    // The minute the thirtieth minute is recorded, the policy nudges and the bar is full.
    now = evening + 30 * MIN;
    // As the tracker records it: through the sink today's running total hears.
    app.sink.write([watching(30)]);
    app.services.boundaries.recompute();
    expect(nudges()).toMatchObject([
      { reason: 'limit', category: 'entertainment', subject: 'm.youtube.com' },
    ]);
    await page.reload();
    await expect.poll(() => bar.getAttribute('data-stage'), WAIT).toBe('reached');
    expect(Number(await progress.getAttribute('value'))).toBe(Number(await progress.getAttribute('max')));
  });
});

describe('a rule for one profile changes every screen', () => {
  it('re-colours Professional’s time on Today, Week and Profiles, and not Private’s', async () => {
    const day = (time: string) => DateTime.fromISO(`2026-11-18T${time}`, { zone }).toMillis();
    const clock = { now: () => day('21:00') };
    const blender = (id: string, start: string, minutes: number): StoredEvent => ({
      id,
      kind: 'window',
      start: day(start),
      duration: minutes * MIN,
      data: { app: 'Blender', title: 'scene.blend - Blender' },
    });
    // 40 minutes in office hours (Professional), 20 in the evening (Private).
    const events = [blender('at-work', '13:00', 40), blender('at-home', '20:00', 20)];
    const { page } = await openApp(
      chromium(),
      cleanups,
      { clock, zone, events, settings: workingWeek(zone) },
      '#/rules',
    );
    await page.getByLabel('Rules for').selectOption({ label: 'Professional only (checked first)' });
    await page.getByRole('button', { name: 'Add a rule' }).press('Enter');
    // A new rule goes on top of the list (Professional's LinkedIn rule moves down).
    const count = 1;
    await page.getByLabel(`Rule ${count}: pattern`).waitFor();
    await page.getByLabel(`Rule ${count}: pattern`).fill('Blender');
    await page.getByLabel(`Rule ${count}: category`).selectOption('work');
    await page.getByLabel(`Rule ${count}: pattern`).press('Enter');
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Rules saved.' }).count(), WAIT)
      .toBe(1);

    await page.goto(page.url().replace(/#.*$/, '#/'));
    // Blender once, with both categories its time fell in (the larger first) and each one's time.
    const rows = page.locator('.top-apps tbody tr');
    await expect
      .poll(() => rows.locator('td [title]').getAttribute('title'), WAIT)
      .toBe('Work 40 min, Other 20 min');
    expect(await rows.count()).toBe(1);
    expect(await rows.locator('th').textContent()).toBe('Blender');
    expect(await rows.locator('td [aria-hidden="true"]').textContent()).toBe('Work, Other');
    expect(await rows.locator('td').last().textContent()).toBe('1 hr');

    await page.goto(page.url().replace(/#.*$/, '#/week'));
    const trend = page.getByTestId('week-trend');
    await expect
      .poll(() => trend.locator('[data-category="work"] td').first().textContent(), WAIT)
      .toBe('40 min');
    expect(await trend.locator('[data-category="other"] td').first().textContent()).toBe('20 min');

    await page.goto(page.url().replace(/#.*$/, '#/profiles'));
    const legend = page.getByTestId('profile-chart').locator('.recharts-legend-item');
    await expect
      .poll(() => legend.allTextContents(), WAIT)
      .toEqual(expect.arrayContaining(['Work', 'Other']));
  });
});
