// Issue 12, "states that lie": after each action — snooze, skip, resume, a manual switch and back, End now, a
// pause until a time already past — Today, the tray and the overlay say the same thing at once. Real services on a
// fake clock; the page hears the pushed boundary state over the host's event stream; the tray is its pure model.
import { DateTime } from 'luxon';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { manualClock } from '../../electron/core/clock.ts';
import { trayModel } from '../../electron/main/adapters/electron/tray-model.ts';
import { settingsWith, weekly } from '../unit/core/schedule/settings-builder.ts';
import { artifacts, chromiumPerFile, openApp, seriousViolations } from './open-app.ts';

const zone = 'Europe/Amsterdam';
const at = (time: string) => DateTime.fromISO(`2026-11-20T${time}`, { zone }).toMillis();
// Friday: "Deep focus" 09:00–17:00 (Professional), "Wind down" (downtime) 21:00–23:00.
const settings = settingsWith(zone, [
  weekly('deep', 'focus', [5], '09:00', '17:00', { name: 'Deep focus' }),
  weekly('late', 'downtime', [5], '21:00', '23:00', { name: 'Wind down' }),
]);
const { chromium, cleanups } = chromiumPerFile();

const text = async (page: Page, id: string) =>
  ((await page.getByTestId(id).textContent()) ?? '').replace(/\s/gu, ' ');

describe.each([
  {
    locale: 'en',
    snooze: 'Snooze 15 min',
    skip: 'Skip this window',
    resume: 'Resume',
    snoozed: 'Deep focus (Focus) is snoozed and resumes at 10:15 AM.',
    pauseSnoozed: 'Snoozed, resumes at 10:15 AM.',
    traySnoozed: 'Deep focus · snoozed, resumes at 10:15 AM',
    skipped: 'Deep focus (Focus) is skipped until 5:00 PM.',
    traySkipped: 'Deep focus · skipped until 5:00 PM',
    switchTo: 'Switch to Private',
    today: 'Today',
    manual: 'Chosen by hand until 5:00 PM.',
    trayManual: 'Private, by hand until 5:00 PM',
    back: 'Back to schedule',
    endNow: 'End now',
    ended: 'Wind down (Downtime) was ended early at 9:30 PM.',
    trayEnded: 'Wind down · ended early at 9:30 PM',
    overlayEnded: 'This window has ended.',
    pauseTracking: 'Pause tracking',
    tomorrow: 'Tracking paused until tomorrow 8:00 PM.',
    trayTomorrow: 'Tracking paused until tomorrow 8:00 PM',
  },
  {
    locale: 'nl',
    snooze: '15 min uitstellen',
    skip: 'Dit blok overslaan',
    resume: 'Hervatten',
    snoozed: 'Deep focus (Focus) is uitgesteld en gaat verder om 10:15.',
    pauseSnoozed: 'Uitgesteld, gaat verder om 10:15.',
    traySnoozed: 'Deep focus · uitgesteld, verder om 10:15',
    skipped: 'Deep focus (Focus) is overgeslagen tot 17:00.',
    traySkipped: 'Deep focus · overgeslagen tot 17:00',
    switchTo: 'Overschakelen naar Privé',
    today: 'Vandaag',
    manual: 'Met de hand gekozen tot 17:00.',
    trayManual: 'Privé, met de hand tot 17:00',
    back: 'Terug naar het schema',
    endNow: 'Nu beëindigen',
    ended: 'Wind down (Rusttijd) is om 21:30 vroeg beëindigd.',
    trayEnded: 'Wind down · om 21:30 vroeg beëindigd',
    overlayEnded: 'Dit blok is afgelopen.',
    pauseTracking: 'Bijhouden pauzeren',
    tomorrow: 'Bijhouden gepauzeerd tot morgen 20:00.',
    trayTomorrow: 'Bijhouden gepauzeerd tot morgen 20:00',
  },
])('honest states in $locale', (say) => {
  it('Today, the tray and the overlay agree after every action', async () => {
    const clock = manualClock(at('10:00'));
    const { page, app, problems } = await openApp(chromium(), cleanups, {
      clock,
      zone,
      settings,
      events: [],
      locale: say.locale,
      preferences: { defaultPauseBudget: 10 },
    });
    const tray = () =>
      trayModel(app.services.boundaries.status(), say.locale, app.services.settings.getSettings().profiles);
    const trayLines = () => tray().entries.flatMap((e) => (e.type === 'line' ? [e.label] : []));
    const trayOffers = () =>
      tray().entries.flatMap((e) => (e.type === 'action' && e.enabled ? [e.action] : []));
    const shot = async (name: string) => {
      await page.screenshot({ path: `${artifacts}honest-${name}-${say.locale}.png`, fullPage: true });
      expect(await seriousViolations(page)).toEqual([]);
    };
    await page.getByTestId('open-window').waitFor();
    expect(trayOffers()).toContain('skip');

    // Snooze: Today's panel, its pause line and the tray say when it resumes; no second snooze is offered.
    await page.getByRole('button', { name: say.snooze }).click();
    await expect.poll(() => text(page, 'open-window')).toBe(say.snoozed);
    expect(await text(page, 'current-pause')).toBe(say.pauseSnoozed);
    expect(await page.getByRole('button', { name: say.skip }).count()).toBe(0);
    expect(trayLines()[1]).toBe(say.traySnoozed);
    expect(trayOffers()).not.toContain('skip');
    await shot('snoozed');
    await page.getByRole('button', { name: say.resume }).click();
    await page.getByRole('button', { name: say.skip }).click();
    await expect.poll(() => text(page, 'open-window')).toBe(say.skipped);
    expect(trayLines()[1]).toBe(say.traySkipped);
    await page.getByRole('button', { name: say.resume }).click();
    await page.getByRole('button', { name: say.skip }).waitFor();

    // A switch by hand, from Profiles: Today says until when and offers the way back, as the tray does.
    await page.goto(page.url().replace(/#.*$/u, '') + '#/profiles');
    await page.getByRole('button', { name: say.switchTo }).click();
    await expect.poll(() => app.services.boundaries.status().profileSource).toBe('manual');
    await page.getByRole('link', { name: say.today }).click();
    const manual = page.getByTestId('manual-switch');
    await expect
      .poll(async () => (await manual.textContent())?.replace(/\s/gu, ' '))
      .toBe(say.manual + say.back);
    expect(trayLines()[0]).toBe(say.trayManual);
    expect(trayOffers()).toContain('back-to-schedule');
    await shot('manual');
    await manual.getByRole('button', { name: say.back }).click();
    await expect.poll(() => manual.count()).toBe(0);
    expect(app.services.boundaries.status().profileSource).toBe('schedule');
    expect(trayOffers()).not.toContain('back-to-schedule');

    // Downtime at 21:30, ended from the overlay: the overlay, Today and the tray all say it is over.
    clock.set(at('21:30'));
    app.services.boundaries.recompute();
    const overlay = await chromium().newPage();
    await overlay.goto(page.url().replace(/#.*$/u, '') + '#/overlay');
    await overlay.getByRole('button', { name: say.endNow }).click();
    await expect.poll(() => overlay.locator('.overlay-ended').count()).toBe(1);
    expect(await overlay.locator('.overlay-ended').textContent()).toBe(say.overlayEnded);
    await expect.poll(() => text(page, 'ended-window')).toBe(say.ended);
    expect(await page.getByTestId('open-window').count()).toBe(0);
    expect(await page.getByRole('button', { name: say.snooze }).count()).toBe(0);
    expect(trayLines()[1]).toBe(say.trayEnded);
    expect(trayOffers()).not.toContain('snooze-5');
    await shot('ended');

    // "Until 20:00" at 21:30 is tomorrow, and every place says so.
    await page.locator('#pause-until').fill('20:00');
    await page.getByRole('button', { name: say.pauseTracking, exact: true }).click();
    await expect.poll(() => text(page, 'current-pause')).toBe(say.tomorrow);
    expect(trayLines()).toContain(say.trayTomorrow);
    await shot('tomorrow');
    expect(problems).toEqual([]);
  });
});
