import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { manualClock } from '../../electron/core/clock.ts';
import type { Settings } from '../../electron/shared/domain/settings.ts';
import type { Observation } from '../../electron/shared/domain/usage.ts';
import type { HostAppOptions } from '../host/compose-host.ts';
import { chromiumPerFile, artifacts, openApp } from './open-app.ts';
import { settingsWith, weekly } from '../unit/core/schedule/settings-builder.ts';

const zone = 'Europe/Amsterdam';
const local = (iso: string) => DateTime.fromISO(iso, { zone }).toMillis();

const { chromium, cleanups } = chromiumPerFile();

const schedule = (): Settings => {
  const settings = settingsWith(zone, [
    weekly('work', 'focus', [5], '09:00', '17:00', { name: 'Deep work' }),
    weekly('dinner', 'family-time', [5], '18:00', '20:00', { name: 'Dinner' }),
  ]);
  settings.profiles = settings.profiles.map((p) =>
    p.id === 'professional' ? { ...p, actions: { social: 'nudge' } } : p,
  );
  return settings;
};

/** Opens one of the boundary windows' routes on a host with the real services at a fixed instant. */
async function open(
  route: 'overlay' | 'nudge',
  at: string,
  options: Omit<HostAppOptions, 'clock' | 'zone'> = {},
) {
  const clock = manualClock(local(at));
  const { page, problems, app } = await openApp(
    chromium(),
    cleanups,
    { clock, zone, settings: schedule(), events: [], ...options },
    `#/${route}`,
  );
  return { page, problems, app, clock };
}

describe('the family-time overlay in Chromium, through the contract', () => {
  it('shows the time left counting down, the family message and the buttons, without the sidebar', async () => {
    const { page, problems } = await open('overlay', '2026-11-20T19:55', {
      parentPin: '2468',
      preferences: { familyMessage: 'Dinner together — phones in the basket' },
    });
    await expect.poll(() => page.locator('h1').textContent()).toBe('Family time');
    expect(await page.getByTestId('overlay-message').textContent()).toBe(
      'Dinner together — phones in the basket',
    );
    const countdown = page.getByTestId('overlay-countdown');
    expect(await countdown.textContent()).toMatch(/^(5:00|4:59)$/);
    await expect.poll(() => countdown.textContent(), { timeout: 5000 }).toMatch(/^4:5[0-8]$/);
    expect(await page.getByText('Until 8:00 PM').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'One more minute' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'End now' }).isVisible()).toBe(true);
    expect(await page.locator('nav').count()).toBe(0);
    await page.screenshot({ path: `${artifacts}overlay.png` });
    expect(problems).toEqual([]);
  });

  it('gives one more minute once, then comes back without the button', async () => {
    const { page, app, clock } = await open('overlay', '2026-11-20T19:00', { parentPin: '2468' });
    // The first button has the focus: Enter takes the extra minute.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('One more minute');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('main').textContent()).toContain('This window has ended.');
    expect(app.outputs.at(-2)?.name).toBe('hideOverlay');
    clock.advance(60_000);
    app.services.boundaries.recompute();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Family time');
    expect(await page.getByRole('button', { name: 'One more minute' }).count()).toBe(0);
  });

  it('ends only with the parent PIN, entered with the keyboard; Escape cancels the prompt', async () => {
    const { page, app } = await open('overlay', '2026-11-20T18:30', { parentPin: '2468' });
    await page.getByRole('button', { name: 'End now' }).waitFor();
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('End now');
    await page.keyboard.press('Enter');
    const pin = page.getByLabel('Parent PIN');
    await expect.poll(() => pin.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => pin.count()).toBe(0);

    await page.getByRole('button', { name: 'End now' }).click();
    await pin.waitFor();
    await page.keyboard.type('1111');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('That is not the parent PIN.');
    expect(app.services.boundaries.status().overlay?.kind).toBe('family-time');
    await expect.poll(() => pin.evaluate((el) => (el as HTMLInputElement).value)).toBe('');
    await page.keyboard.type('2468');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('main').textContent()).toContain('This window has ended.');
    expect(app.services.boundaries.status().overlay).toBeNull();
  });

  it('speaks Dutch', async () => {
    const { page } = await open('overlay', '2026-11-20T19:00', { locale: 'nl-NL', parentPin: '2468' });
    await expect.poll(() => page.locator('h1').textContent()).toBe('Gezinstijd');
    await expect.poll(() => page.getByRole('button', { name: 'Nu beëindigen' }).isVisible()).toBe(true);
  });
});

describe('the nudge in Chromium', () => {
  const instagram: Observation = {
    app: 'firefox',
    title: 'Instagram — Mozilla Firefox',
    site: 'instagram.com',
  };

  it('says which window and what the site is set as, and answers with the keyboard', async () => {
    const { page, app, problems } = await open('nudge', '2026-11-20T10:00', { observe: () => instagram });
    await expect
      .poll(() => page.getByTestId('nudge-text').textContent())
      .toBe('You’re in Deep work until 5:00 PM — instagram.com is set as social.');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Back to work');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('main').textContent())
      .toContain('Nothing to nudge about right now.');
    expect(app.services.boundaries.status().nudge).toBeNull();
    expect(app.outputs.at(-2)?.name).toBe('hideNudge');
    await page.screenshot({ path: `${artifacts}nudge.png` });
    expect(problems).toEqual([]);
  });
});
