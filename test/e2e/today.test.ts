import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { detectWindowSource } from '../../electron/main/adapters/os/detect-window-source.ts';
import type { PresenceSource } from '../../electron/main/adapters/os/presence-source.ts';
import { TrackingService } from '../../electron/main/services/tracking-service.ts';
import { SettingsStore, type StoreClass } from '../../electron/main/adapters/settings/settings-store.ts';
import { checkSettings } from '../../electron/core/settings/check-settings.ts';
import { defaultSettings } from '../../electron/core/settings/default-settings.ts';
import { sampleDayEvents } from '../fixtures/sample-day.ts';
import type { HostAppOptions } from '../host/compose-host.ts';
import { failingSource } from '../host/failing-source.ts';
import { chromiumPerFile, artifacts, openApp } from './open-app.ts';
import { systemScheduler } from '../../electron/main/adapters/scheduler.ts';

const zone = 'Europe/Amsterdam';
const now = DateTime.fromISO('2026-11-20T16:00', { zone });
const clock = { now: () => now.toMillis() };

const { chromium, cleanups } = chromiumPerFile();

/** Opens Today on a host composed with the real services, at this file's clock and zone. */
async function open(options: Omit<HostAppOptions, 'clock' | 'zone'> = {}) {
  const { page, problems, app } = await openApp(chromium(), cleanups, { clock, zone, ...options });
  return { page, problems, services: app.services };
}

const sample = sampleDayEvents('2026-11-20', zone);
/** Someone at the keyboard who never locks or sleeps: the OS side of presence, which a chromium() host has not got. */
const idlePresence: PresenceSource = { idleMs: () => 0, onSignal: () => () => undefined };

describe('Today in Chromium, through the contract, against the real core', () => {
  it('renders the chart and the top apps from the core totals, with no CSP violation', async () => {
    const { page, problems, services } = await open({ events: sample });
    const chart = page.getByTestId('category-chart');
    await chart.locator('.recharts-bar-rectangle').first().waitFor();

    // What the core says for that day, asked directly rather than through the page.
    const expected = await services.today.getDayTotals('2026-11-20');
    expect(expected.totalMs).toBe(342 * 60_000);
    expect(await chart.locator('.recharts-bar-rectangle').count()).toBe(expected.byCategory.length);
    await expect.poll(() => page.getByTestId('today-total').textContent()).toContain('5 hr 42 min');
    // One row per app (a browser once, whatever categories its tabs fell in), in the view's order.
    const apps = (await services.views.getTodayView()).apps;
    // The tables below the charts are drawn in the render after them (useFirstFrameDrawn): wait for the rows.
    const appRows = page.locator('.top-apps tbody tr[data-app] th');
    await expect.poll(() => appRows.count()).toBeGreaterThan(0);
    const rows = await appRows.allTextContents();
    expect(rows).toEqual(apps.slice(0, 8).map((app) => app.app));
    expect(new Set(rows).size).toBe(rows.length);
    expect(await page.getByTestId('today-date').textContent()).toBe('Friday, November 20, 2026');
    expect(await chart.getAttribute('aria-label')).toBe('Bar chart of time per category today');
    await page.screenshot({ path: `${artifacts}today.png`, fullPage: true });
    expect(problems).toEqual([]);
  });

  it('shows the empty state when nothing was tracked', async () => {
    const { page } = await open({ events: [] });
    await expect
      .poll(() => page.locator('.state-empty').textContent())
      .toContain('Nothing tracked yet today');
  });

  it('shows the error state with the reason and recovers on retry', async () => {
    let failing = true;
    const { page } = await open({
      events: sample,
      source: (store) => failingSource(store, () => failing),
    });
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('Something went wrong inside Balans.');
    failing = false;
    await alert.getByRole('button', { name: 'Try again' }).click();
    await page.getByTestId('category-chart').locator('.recharts-bar-rectangle').first().waitFor();
  });

  it('answers malformed input from the page with a typed error, not a crash', async () => {
    const { page } = await open({ events: sample });
    await page.getByTestId('today-total').waitFor();
    const result = await page.evaluate(() =>
      (
        window as unknown as { balans: { getDayTotals(input: unknown): Promise<unknown> } }
      ).balans.getDayTotals({
        date: 'yesterday',
      }),
    );
    expect(result).toMatchObject({ ok: false, code: 'invalid-input' });
    expect(await page.getByTestId('today-total').isVisible()).toBe(true);
  });

  it('navigates between views with the keyboard and speaks Dutch and Swedish', async () => {
    const { page } = await open({ events: sample, locale: 'nl-NL' });
    await expect.poll(() => page.locator('h1').textContent()).toBe('Vandaag');
    await page.getByRole('link', { name: 'Planning' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Planning');
    const swedish = await open({ events: sample, locale: 'sv-SE' });
    await expect.poll(() => swedish.page.locator('h1').textContent()).toBe('I dag');
    await expect
      .poll(() => swedish.page.getByTestId('today-date').textContent())
      .toBe('fredag 20 november 2026');
  });
});

describe('tracking status in the window', () => {
  it('says so when this desktop cannot be tracked, instead of recording nothing silently', async () => {
    const source = detectWindowSource({
      platform: 'linux',
      env: { XDG_SESSION_TYPE: 'wayland', XDG_CURRENT_DESKTOP: 'GNOME' },
    });
    const sink = { write: () => undefined };
    const tracking = new TrackingService({
      source,
      presence: idlePresence,
      clock,
      sink,
      scheduler: systemScheduler,
    });
    await tracking.start();
    const { page } = await open({ events: [], tracking });
    await expect
      .poll(() => page.getByTestId('tracking-notice').textContent())
      .toMatch(/^Nothing is being recorded: .*cannot reach the D-Bus session bus/);
    await tracking.stop();
  });

  it('says what step would help, why and how, when KWin refuses the window script', async () => {
    const source = detectWindowSource({
      platform: 'linux',
      env: { XDG_SESSION_TYPE: 'wayland', XDG_CURRENT_DESKTOP: 'KDE' },
      kwin: () => ({
        kind: 'kwin',
        start: async (listener) =>
          listener({ type: 'unavailable', reason: 'KWin refused the script', step: 'kwin-scripting' }),
        stop: async () => {},
      }),
    });
    const sink = { write: () => undefined };
    const tracking = new TrackingService({
      source,
      presence: idlePresence,
      clock,
      sink,
      scheduler: systemScheduler,
    });
    await tracking.start();
    const { page } = await open({ events: [], tracking });
    await expect
      .poll(() => page.getByTestId('tracking-notice').textContent())
      .toMatch(
        /^Nothing is being recorded: KWin refused the script What helps: allow KWin scripts\. Why: .* How: /,
      );
    await tracking.stop();
  });

  it('on GNOME with XWayland: records X11 apps and says how to switch on the extension', async () => {
    const source = detectWindowSource({
      platform: 'linux',
      env: { XDG_SESSION_TYPE: 'wayland', XDG_CURRENT_DESKTOP: 'GNOME', DISPLAY: ':0' },
      gnome: () => ({
        kind: 'gnome',
        start: async (listener) =>
          listener({ type: 'unavailable', reason: 'no extension', step: 'gnome-extension' }),
        stop: async () => {},
      }),
      x11: () => ({
        kind: 'x11',
        start: async (listener) => listener({ type: 'observation', observation: { app: 'XTerm' } }),
        stop: async () => {},
      }),
    });
    const tracking = new TrackingService({
      scheduler: systemScheduler,
      source,
      presence: idlePresence,
      clock,
      sink: { write: () => undefined },
    });
    await tracking.start();
    const { page } = await open({ events: [], tracking, locale: 'nl' });
    await expect
      .poll(() => page.getByTestId('tracking-notice').textContent())
      .toMatch(
        /^Alleen X11-apps .* Wat helpt: de GNOME Shell-extensie van Balans aanzetten\. Waarom: .* Hoe: /,
      );
    await tracking.stop();
  });

  it('says when only X11 apps can be seen (XWayland), while recording them', async () => {
    const source = detectWindowSource({
      platform: 'linux',
      env: { XDG_SESSION_TYPE: 'wayland', XDG_CURRENT_DESKTOP: 'GNOME', DISPLAY: ':0' },
      x11: () => ({
        kind: 'x11',
        start: async (listener) => listener({ type: 'observation', observation: { app: 'XTerm' } }),
        stop: async () => {},
      }),
    });
    const sink = { write: () => undefined };
    const tracking = new TrackingService({
      source,
      presence: idlePresence,
      clock,
      sink,
      scheduler: systemScheduler,
    });
    await tracking.start();
    const { page } = await open({ events: [], tracking });
    await expect
      .poll(() => page.getByTestId('tracking-notice').textContent())
      .toMatch(/^Only X11 apps \(running through XWayland\) are recorded/);
    await tracking.stop();
  });
});

describe('notices from start-up', () => {
  it('tells the user, in their language, that a corrupt settings file was set aside', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'balans-e2e-settings-'));
    writeFileSync(join(dir, 'settings.json'), '{"version": 1, "profiles": [');
    const settingsStore = new SettingsStore({
      cwd: dir,
      Store: Conf as unknown as StoreClass,
      clock,
      defaults: () => defaultSettings(zone),
      check: checkSettings,
    });
    const { page } = await open({ events: sample, settingsStore, locale: 'nl' });
    const notice = page.getByTestId('notice');
    await expect
      .poll(() => notice.textContent())
      .toMatch(/^Je instellingenbestand was onleesbaar en er was geen bruikbare reservekopie/);
    const keptAs = readdirSync(dir).find((name) => name.startsWith('settings.unreadable-'));
    expect(keptAs).toBeDefined();
    expect(await notice.textContent()).toContain(keptAs);
    await notice.getByRole('button', { name: 'Sluiten' }).click();
    await expect.poll(() => page.getByTestId('notice').count()).toBe(0);
  });
});

describe('the language picker in Settings', () => {
  it('keeps the chosen language for the next start', async () => {
    const { page } = await open({ events: sample, locale: 'en' });
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByLabel('Language').selectOption('sv');
    await page.getByRole('link', { name: 'I dag' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('I dag');
    await page.reload();
    await expect.poll(() => page.locator('h1').textContent()).toBe('I dag');
  });
});

describe('a clock set back while tracking', () => {
  it('says so under the timeline, in the user’s language', async () => {
    const at = (time: string) => DateTime.fromISO(`2026-11-20T${time}`, { zone }).toMillis();
    const H = 3_600_000;
    // Recorded 14:00–17:00, then the clock was set back from 17:00 to 16:00 (this file's "now").
    const events: HostAppOptions['events'] = [
      { id: 'r1', kind: 'running', start: at('14:00'), duration: 3 * H, data: {} },
      {
        id: 'w1',
        kind: 'window',
        start: at('14:00'),
        duration: 3 * H,
        data: { app: 'Code', title: 'main.ts' },
      },
      { id: 'c1', kind: 'clock', start: at('16:00'), duration: H, data: {} },
    ];
    const { page } = await open({ events, locale: 'nl-NL' });
    const note = page.getByTestId('clock-set-back');
    await expect.poll(() => note.textContent()).toContain('is de klok van de computer 1 uur teruggezet');
    expect(await note.textContent()).toMatch(/^Om 16:00 /);
  });
});
