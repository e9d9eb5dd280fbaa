import { afterAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../../../electron/core/clock.ts';
import { composeHostApp } from '../../../host/compose-host.ts';
import type { TrackingStatus } from '../../../../electron/shared/contract/tracking.ts';

/** The tracker as app-services sees it, keeping the threshold it was given. */
const tracker = {
  idleMs: 0,
  status: (): TrackingStatus => ({ state: 'tracking' }),
  setPrivacy: () => {},
  pause: () => {},
  resume: () => {},
  setIdleThreshold(ms: number) {
    tracker.idleMs = ms;
  },
};
const host = composeHostApp({ events: [], tracking: tracker });
afterAll(() => host.close());

describe('preference calls', () => {
  it('starts the tracker with the idle threshold from the settings and changes it with the setting', async () => {
    expect(tracker.idleMs).toBe(3 * 60_000);
    expect(await host.dispatch('setPreferences', { idleThresholdMinutes: 10 })).toEqual({
      ok: true,
      data: {
        idleThresholdMinutes: 10,
        theme: 'system',
        language: 'system',
        familyMessage: '',
        pauseBudget: 3,
      },
    });
    expect(tracker.idleMs).toBe(10 * 60_000);
  });

  it('keeps the theme and language in the settings, leaving other fields alone', async () => {
    await host.dispatch('setPreferences', { theme: 'dark' });
    await host.dispatch('setPreferences', { language: 'sv' });
    expect(host.services.settings.getSettings()).toMatchObject({
      idleThresholdMinutes: 10,
      theme: 'dark',
      language: 'sv',
    });
  });

  it('gives the boundaries the family message and the pause budget as soon as they are saved', async () => {
    await host.dispatch('setPreferences', { familyMessage: '  Phones in the basket  ', pauseBudget: 1 });
    expect(host.services.settings.getSettings()).toMatchObject({
      familyMessage: 'Phones in the basket',
      pauseBudget: 1,
    });
    expect(host.services.boundaries.status().pauseBudget.budget).toBe(1);
  });

  it.each([
    [{ idleThresholdMinutes: 0 }],
    [{ idleThresholdMinutes: 61 }],
    [{ idleThresholdMinutes: 2.5 }],
    [{ theme: 'sepia' }],
    [{ language: 'de' }],
    [{ colour: 'red' }],
  ])('refuses %j as invalid-input', async (input) => {
    expect(await host.dispatch('setPreferences', input)).toMatchObject({ ok: false, code: 'invalid-input' });
  });

  it('turns start at login on and off through its port', async () => {
    expect(await host.dispatch('getStartAtLogin', undefined)).toEqual({ ok: true, data: { enabled: false } });
    expect(await host.dispatch('setStartAtLogin', { enabled: true })).toEqual({
      ok: true,
      data: { enabled: true },
    });
    expect(host.services.startAtLogin.get()).toBe(true);
    expect(await host.dispatch('setStartAtLogin', { enabled: 'yes' })).toMatchObject({
      code: 'invalid-input',
    });
  });
});

describe('deleting everything with a parent PIN set', () => {
  it('is locked without the PIN or with a wrong one, and deletes with the right one', async () => {
    const clock = manualClock(Date.parse('2026-11-18T12:00:00Z'));
    const locked = composeHostApp({ clock, events: [], parentPin: '2468' });
    try {
      await locked.ready;
      locked.store.write([{ id: 'w', kind: 'window', start: 0, duration: 1000, data: { app: 'x' } }]);
      expect(await locked.dispatch('deleteEverything', { confirm: true })).toMatchObject({
        code: 'pin-required',
      });
      expect(await locked.dispatch('deleteEverything', { confirm: true, pin: '1111' })).toMatchObject({
        code: 'pin-wrong',
      });
      expect(await locked.dispatch('deleteEverything', { confirm: true, pin: 'abcd' })).toMatchObject({
        code: 'invalid-input',
      });
      expect(await locked.store.eventsBetween('window', 0, 10_000)).toHaveLength(1);
      clock.advance(60_000); // past the wait a wrong PIN earns
      expect(await locked.dispatch('deleteEverything', { confirm: true, pin: '2468' })).toEqual({
        ok: true,
        data: { deletedEvents: 1 },
      });
    } finally {
      locked.close();
    }
  });

  it('deletes without a PIN when none is set', async () => {
    const open = composeHostApp({ events: [] });
    try {
      open.store.write([{ id: 'w', kind: 'window', start: 0, duration: 1000, data: { app: 'x' } }]);
      expect(await open.dispatch('deleteEverything', { confirm: true })).toEqual({
        ok: true,
        data: { deletedEvents: 1 },
      });
    } finally {
      open.close();
    }
  });
});
