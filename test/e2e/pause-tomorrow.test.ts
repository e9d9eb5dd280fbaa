import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { manualClock } from '../../electron/core/clock.ts';
import { artifacts, chromiumPerFile, openApp, seriousViolations } from './open-app.ts';

const zone = 'Europe/Amsterdam';
const { chromium, cleanups } = chromiumPerFile();

describe('a pause "until" a time already past today', () => {
  it('says it means tomorrow before and after pausing, in English and Swedish', async () => {
    for (const [locale, hint, status] of [
      ['en', 'That is tomorrow at 8:00 PM.', 'Tracking paused until tomorrow 8:00 PM.'],
      ['sv', 'Det är i morgon kl. 20:00.', 'Registreringen är pausad till i morgon kl. 20:00.'],
    ] as const) {
      const clock = manualClock(DateTime.fromISO('2026-11-20T21:10', { zone }).toMillis());
      const { page, app } = await openApp(chromium(), cleanups, { clock, zone, events: [], locale });
      const field = page.locator('#pause-until');
      await field.waitFor();
      await field.fill('20:00');
      const said = page.getByTestId('pause-until-tomorrow');
      await expect.poll(async () => (await said.textContent())?.replace(/\s/gu, ' ')).toBe(hint);
      expect(await field.getAttribute('aria-describedby')).toBe('pause-until-tomorrow');
      await page.locator('.pause-until button').first().click();
      await expect
        .poll(async () => (await page.getByTestId('current-pause').textContent())?.replace(/\s/gu, ' '))
        .toContain(status);
      expect(app.services.boundaries.status().trackingPausedUntil).toBe(
        DateTime.fromISO('2026-11-21T20:00', { zone }).toMillis(),
      );
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: `${artifacts}pause-tomorrow-${locale}.png`, fullPage: true });
    }
  });
});
