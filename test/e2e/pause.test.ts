// The last step of the issue-6 scenario: with a focus window open, snooze it from Today with the keyboard, see the
// pause on the day's timeline, and past the daily budget give a reason instead of hitting a wall.
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { manualClock } from '../../electron/core/clock.ts';
import { sampleDayEvents } from '../fixtures/sample-day.ts';
import { chromiumPerFile, artifacts, openApp, seriousViolations } from './open-app.ts';
import { workingWeek } from './seeded-settings.ts';
import { settingsWith, weekly } from '../unit/core/schedule/settings-builder.ts';

const zone = 'Europe/Amsterdam';
// A Friday at 11:00: "Deep work" (focus, 10:30–12:00) is open.
const clock = manualClock(DateTime.fromISO('2026-11-20T11:00', { zone }).toMillis());
const minute = 60_000;

const { chromium, cleanups } = chromiumPerFile();

/** Moves the focus with Tab only, until the focused element is the one named `name`. */
async function tabTo(page: Page, name: string): Promise<void> {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    if (focused === name) return;
  }
  throw new Error(`Tab never reached "${name}"`);
}

describe('Pausing from Today, keyboard only', () => {
  it('snoozes the open window, shows the pause on the timeline, and asks a reason past the budget', async () => {
    const { page, problems, app } = await openApp(chromium(), cleanups, {
      clock,
      zone,
      settings: workingWeek(zone),
      events: sampleDayEvents('2026-11-20', zone),
      preferences: { defaultPauseBudget: 1 },
    });
    await page.getByTestId('open-window').waitFor();
    await expect.poll(() => page.getByTestId('current-pause').textContent()).toBe('No pause in force.');

    await tabTo(page, 'Snooze 15 min');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByTestId('current-pause').textContent())
      .toBe('Snoozed, resumes at 11:15 AM.');
    await expect
      .poll(() => page.getByTestId('pause-budget').textContent())
      .toBe('Pauses today: 1 of 1 before a reason is asked.');

    // Ten minutes later the user is back: resuming ends the pause, and Today shows it on the day's timeline.
    clock.advance(10 * minute);
    await tabTo(page, 'Resume');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('current-pause').textContent()).toBe('No pause in force.');
    await expect
      .poll(() => page.getByTestId('day-timeline').locator('.legend li', { hasText: 'Paused' }).count())
      .toBe(1);

    // The budget is used up: the next snooze asks why, and goes through with the reason typed.
    await tabTo(page, 'Snooze 5 min');
    await page.keyboard.press('Enter');
    const ask = page.getByRole('form', { name: 'Reason for this pause' });
    await ask.waitFor();
    // Focus moves to the field after the form renders: wait for the state asserted, never for time.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('pause-ask-field');
    await page.keyboard.type('Client call ran over');
    await page.screenshot({ path: `${artifacts}pause-reason.png`, fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByTestId('current-pause').textContent())
      .toBe('Snoozed, resumes at 11:15 AM.');
    // The pushed status may arrive before the call's answer: wait for the prompt to close, too.
    await expect.poll(() => ask.count()).toBe(0);
    await page.screenshot({ path: `${artifacts}pause-snoozed.png`, fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);

    const pauses = await app.store.eventsBetween('pause', 0, Number.MAX_SAFE_INTEGER);
    expect(pauses.map((p) => [p.duration / minute, p.data.reason])).toEqual([
      [10, 'snooze'],
      [5, 'snooze: Client call ran over'],
    ]);
    expect(problems).toEqual([]);
  });

  it('in family time a pause needs the parent PIN, asked for right there', async () => {
    const familyClock = manualClock(DateTime.fromISO('2026-11-20T18:30', { zone }).toMillis());
    const { page, problems } = await openApp(chromium(), cleanups, {
      clock: familyClock,
      zone,
      settings: settingsWith(zone, [
        weekly('dinner', 'family-time', [5], '18:00', '20:00', { name: 'Dinner' }),
      ]),
      events: sampleDayEvents('2026-11-20', zone),
      parentPin: '2468',
    });
    await page.getByTestId('open-window').waitFor();
    await tabTo(page, 'Snooze 5 min');
    await page.keyboard.press('Enter');
    const ask = page.getByRole('form', { name: 'Parent PIN for this pause' });
    await ask.waitFor();
    // Focus moves to the field after the form renders: wait for the state asserted, never for time.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('pause-ask-field');
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.type('2468');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByTestId('current-pause').textContent())
      .toBe('Snoozed, resumes at 6:35 PM.');
    await expect.poll(() => ask.count()).toBe(0);
    expect(problems).toEqual([]);
  });
});
