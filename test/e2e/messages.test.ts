import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../../electron/shared/domain/usage.ts';
import { sampleDayEvents } from '../fixtures/sample-day.ts';
import { artifacts, chromiumPerFile, openApp, seriousViolations } from './open-app.ts';

const zone = 'Europe/Amsterdam';
const now = DateTime.fromISO('2026-11-20T18:00', { zone });
const clock = { now: () => now.toMillis() };
const at = (iso: string) => DateTime.fromISO(iso, { zone }).toMillis();
const pause = (id: string, start: string, reason: string): StoredEvent => ({
  id,
  kind: 'pause',
  start: at(start),
  duration: 15 * 60_000,
  data: { scope: 'window', reason },
});
// A week with use in it: the report shows its pauses next to the time.
const events = [
  ...sampleDayEvents('2026-11-17', zone),
  pause('pin', '2026-11-17T19:00', 'end-with-pin'),
  pause('doctor', '2026-11-18T10:00', 'pause-everything: doctor on the phone'),
];

const { chromium, cleanups } = chromiumPerFile();

describe('every message in the language of the screen', () => {
  it('shows recorded pause reasons as sentences, in English and Dutch', async () => {
    for (const [locale, pin, doctor] of [
      ['en', 'Ended early with the parent PIN', 'Paused everything: “doctor on the phone”'],
      ['nl', 'Vroeg beëindigd met de ouderpincode', 'Alles gepauzeerd: “doctor on the phone”'],
    ] as const) {
      const { page } = await openApp(chromium(), cleanups, { clock, zone, events, locale }, '#/week');
      const reasons = page.getByTestId('pause-reasons');
      await expect.poll(() => reasons.textContent()).toContain(pin);
      const text = await page.locator('main').textContent();
      expect(text).toContain(doctor);
      expect(text).not.toMatch(/end-with-pin|pause-everything/u);
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: `${artifacts}pause-reasons-${locale}.png`, fullPage: true });
    }
  });

  it('says a failed call in Swedish, without the developer message', async () => {
    const { page } = await openApp(
      chromium(),
      cleanups,
      { clock, zone, events, locale: 'sv', failCall: (name) => name === 'getTodayView' },
      '',
    );
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('Något gick fel i Balans.');
    expect(await alert.textContent()).not.toMatch(/failed|getTodayView/u);
  });
});
