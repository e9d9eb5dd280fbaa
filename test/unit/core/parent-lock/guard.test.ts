import { describe, expect, it } from 'vitest';
import { weakening, type GuardedChange } from '../../../../electron/core/parent-lock/guard.ts';
import type { FocusWindow, WeeklyWindow } from '../../../../electron/shared/domain/focus-windows.ts';
import type { Settings } from '../../../../electron/shared/domain/settings.ts';
import { at, oneOff, settingsWith, weekly } from '../schedule/settings-builder.ts';

const ZONE = 'Europe/Amsterdam';
/** Wednesday 18 November 2026, 19:30 in Amsterdam. */
const NOW = at('2026-11-18T19:30:00+01:00');
const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7] as const;

/** Family time open now (19:00–21:00) or starting in an hour (20:30–22:00), every day. */
const fixtures = {
  'open now': weekly('family', 'family-time', [...EVERY_DAY], '19:00', '21:00'),
  'starting in an hour': weekly('family', 'family-time', [...EVERY_DAY], '20:30', '22:00'),
};

const withWindows = (windows: FocusWindow[], extra: Partial<Settings> = {}) =>
  settingsWith(ZONE, windows, extra);

type Edit = (family: WeeklyWindow, before: Settings) => Settings;
const editFamily =
  (patch: Partial<WeeklyWindow>): Edit =>
  (family, before) => ({ ...before, windows: [{ ...family, ...patch }] });

/** [what the change is, the change, whether it weakens family time]. */
const settingsCases: [string, Edit, boolean][] = [
  ['delete the window', (_, s) => ({ ...s, windows: [] }), true],
  ['make it downtime', editFamily({ kind: 'downtime' }), true],
  ['make it focus', editFamily({ kind: 'focus' }), true],
  ['drop today (Wednesday)', editFamily({ days: [1, 2, 4, 5, 6, 7] }), true],
  ['drop a later day (Saturday)', editFamily({ days: [1, 2, 3, 4, 5, 7] }), true],
  ['start an hour later', (f, s) => editFamily({ start: later(f.start, 60) })(f, s), true],
  ['end half an hour earlier', (f, s) => editFamily({ end: later(f.end, -30) })(f, s), true],
  ['end an hour later', (f, s) => editFamily({ end: later(f.end, 60) })(f, s), false],
  ['start an hour earlier', (f, s) => editFamily({ start: later(f.start, -60) })(f, s), false],
  ['end after midnight instead', editFamily({ end: '01:00', endsNextDay: true }), false],
  ['skip today', editFamily({ skipDates: ['2026-11-18'] }), true],
  ['skip a day next month', editFamily({ skipDates: ['2026-12-24'] }), true],
  ['skip a day in two years', editFamily({ skipDates: ['2028-06-01'] }), true],
  ['give it another profile', editFamily({ profileId: 'private' }), true],
  ['rename it', editFamily({ name: 'Evening' }), false],
  ['raise its priority', editFamily({ priority: 5 }), false],
  [
    'add a weekly focus window',
    (f, s) => ({ ...s, windows: [f, weekly('f', 'focus', [3], '08:00', '23:00')] }),
    false,
  ],
  [
    'add downtime with a high priority over it',
    (f, s) => ({ ...s, windows: [f, weekly('d', 'downtime', [3], '18:00', '23:00', { priority: 999 })] }),
    false,
  ],
  [
    'add family time of another profile that outranks it',
    (f, s) => ({
      ...s,
      windows: [f, weekly('f2', 'family-time', [3], '18:00', '23:00', { priority: 9, profileId: 'private' })],
    }),
    true,
  ],
  [
    'add more family time of the same profile',
    (f, s) => ({ ...s, windows: [f, weekly('f2', 'family-time', [6], '09:00', '12:00')] }),
    false,
  ],
  ['change the zone to a far one', (_, s) => ({ ...s, timeZone: 'Pacific/Auckland' }), true],
  ['change the zone to "system" (the same zone here)', (_, s) => ({ ...s, timeZone: 'system' }), false],
  ['change the rules', (_, s) => ({ ...s, rules: [] }), false],
  ['change the theme', (_, s) => ({ ...s, theme: 'dark' }), false],
  [
    'switch profile by hand',
    (_, s) => ({ ...s, manualSwitch: { profileId: 'professional', setAt: NOW, until: null } }),
    false,
  ],
];

/** HH:mm moved by some minutes on the same day. */
function later(time: string, minutes: number): string {
  const [h, m] = time.split(':').map(Number) as [number, number];
  const total = h * 60 + m + minutes;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

describe.each(Object.entries(fixtures))('the guard, with family time %s', (_, family) => {
  const before = withWindows([family]);
  it.each(settingsCases)('%s → weakens: %s', (_name, edit, weakens) => {
    const change: GuardedChange = { kind: 'settings', before, after: edit(family, before) };
    expect(weakening(change, NOW, ZONE) !== null).toBe(weakens);
  });

  it('refuses quitting and pausing only while family time is on', () => {
    const on = family.start <= '19:30';
    expect(weakening({ kind: 'quit', familyTimeShown: on }, NOW, ZONE) !== null).toBe(on);
    expect(weakening({ kind: 'pause', settings: before }, NOW, ZONE) !== null).toBe(on);
  });
});

describe('the guard, for changes outside the schedule', () => {
  it('passes a zone change when family time is more than a day away', () => {
    const before = withWindows([weekly('family', 'family-time', [6], '19:00', '21:00')]);
    const after = { ...before, timeZone: 'Pacific/Auckland' };
    expect(weakening({ kind: 'settings', before, after }, NOW, ZONE)).toBeNull();
  });

  it('passes every change when there is no family time at all', () => {
    const before = withWindows([weekly('d', 'downtime', [...EVERY_DAY], '19:00', '21:00')]);
    expect(weakening({ kind: 'settings', before, after: { ...before, windows: [] } }, NOW, ZONE)).toBeNull();
    expect(weakening({ kind: 'pause', settings: before }, NOW, ZONE)).toBeNull();
  });

  it.each([
    ['a one-off made shorter', '2026-11-20T18:00', '2026-11-20T20:00', true],
    ['a one-off moved a day later', '2026-11-21T18:00', '2026-11-21T21:00', true],
    ['a one-off made longer', '2026-11-20T17:00', '2026-11-20T22:00', false],
  ])('%s → weakens: %s', (_name, start, end, weakens) => {
    const family = oneOff('party', 'family-time', '2026-11-20T18:00', '2026-11-20T21:00', {
      profileId: 'family',
    });
    const before = withWindows([family]);
    const after = withWindows([{ ...family, start, end }]);
    expect(weakening({ kind: 'settings', before, after }, NOW, ZONE) !== null).toBe(weakens);
  });

  it('says where family time was lost', () => {
    const family = fixtures['open now'];
    const before = withWindows([family]);
    expect(weakening({ kind: 'settings', before, after: withWindows([]) }, NOW, ZONE)).toEqual({
      reason: 'family-time-removed',
      at: NOW,
    });
  });

  it.each([
    [30, 7, true],
    [null, 30, true],
    [7, 30, false],
    [30, null, false],
    [30, 30, false],
  ] as const)('retention %s → %s days weakens: %s', (before, after, weakens) => {
    expect(weakening({ kind: 'retention', before, after }, NOW, ZONE) !== null).toBe(weakens);
  });

  it('always guards deleting all history and replacing the PIN', () => {
    expect(weakening({ kind: 'delete-everything' }, NOW, ZONE)).toEqual({ reason: 'history-deleted' });
    expect(weakening({ kind: 'replace-pin' }, NOW, ZONE)).toEqual({ reason: 'pin-replaced' });
  });
});
