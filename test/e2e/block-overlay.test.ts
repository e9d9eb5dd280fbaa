import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { manualClock } from '../../electron/core/clock.ts';
import type { Settings } from '../../electron/shared/domain/settings.ts';
import type { Observation } from '../../electron/shared/domain/usage.ts';
import { artifacts, chromiumPerFile, openApp, seriousViolations } from './open-app.ts';
import { settingsWith, weekly } from '../unit/core/schedule/settings-builder.ts';

const zone = 'Europe/Amsterdam';
const local = (iso: string) => DateTime.fromISO(iso, { zone }).toMillis();
const video: Observation = { app: 'firefox', title: 'Cats - YouTube — Mozilla Firefox', site: 'youtube.com' };

const { chromium, cleanups } = chromiumPerFile();

/** Office hours for Professional, which blocks entertainment there (the built-in setting people met). */
const officeDay = (): Settings => {
  const settings = settingsWith(zone, [
    weekly('office', 'office-hours', [5], '09:00', '17:00', { name: 'Office hours' }),
  ]);
  settings.profiles = settings.profiles.map((p) =>
    p.id === 'professional' ? { ...p, actions: { entertainment: 'block' } } : p,
  );
  return settings;
};

const open = (locale: string) =>
  openApp(
    chromium(),
    cleanups,
    {
      clock: manualClock(local('2026-11-20T14:00')),
      zone,
      settings: officeDay(),
      events: [],
      observe: () => video,
      locale,
      preferences: { defaultPauseBudget: 1 },
    },
    '#/overlay',
  );

describe('a block overlay says why, until when and the way out', () => {
  it('explains the block, shows its end and the budget, and snoozes it', async () => {
    const { page, app, problems } = await open('en');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Time away from youtube.com');
    expect(await page.getByTestId('overlay-why').textContent()).toBe(
      'Entertainment is blocked during Office hours: the profile is set to block it there.',
    );
    expect(await page.getByText('Until 5:00 PM').count()).toBe(1);
    expect(await page.getByText('Pauses today: 0 of 1 before a reason is asked.').count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${artifacts}overlay-block.png` });

    await page.getByRole('button', { name: 'Snooze 5 min' }).click();
    await expect.poll(() => app.services.boundaries.status().pauseBudget.used).toBe(1);
    await expect.poll(() => page.locator('main').textContent()).toContain('This window has ended.');
    expect(problems).toEqual([]);
  });

  it('speaks Swedish', async () => {
    const { page } = await open('sv');
    await expect.poll(() => page.getByTestId('overlay-why').textContent()).toContain('är blockerat under');
    expect(await page.getByRole('button', { name: 'Skjut upp 5 min' }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${artifacts}overlay-block-sv.png` });
  });
});
