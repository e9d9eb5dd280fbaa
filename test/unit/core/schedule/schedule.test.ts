import { describe, expect, it } from 'vitest';
import { stateAt, transitions } from '../../../../electron/core/schedule/schedule.ts';
import type { ScheduleState } from '../../../../electron/shared/domain/schedule-state.ts';
import { at, oneOff, settingsWith, weekly } from './settings-builder.ts';

// 2025-06-02 is a Monday; Amsterdam is at +02:00 in June.
const AMS = 'Europe/Amsterdam';
const mon = (time: string) => at(`2025-06-02T${time}:00+02:00`);
const tue = (time: string) => at(`2025-06-03T${time}:00+02:00`);
const openIds = (s: ScheduleState) => s.windows.map((w) => w.windowId);

describe('midnight-crossing windows', () => {
  const settings = settingsWith(AMS, [weekly('bedtime', 'downtime', [1], '22:00', '06:30')]);

  it.each([
    ['Monday 21:59', mon('21:59'), []],
    ['Monday 22:00', mon('22:00'), ['bedtime']],
    ['Tuesday 03:00', tue('03:00'), ['bedtime']],
    ['Tuesday 06:29', tue('06:29'), ['bedtime']],
    ['Tuesday 06:30', tue('06:30'), []],
    ['Tuesday 22:30 (not a Tuesday window)', tue('22:30'), []],
  ])('%s', (_label, instant, expected) => {
    expect(openIds(stateAt(settings, instant))).toEqual(expected);
  });

  it('shows the overlay until the window ends, on the next day', () => {
    const state = stateAt(settings, mon('23:00'));
    expect(state.overlay).toEqual({
      kind: 'downtime',
      windowId: 'bedtime',
      until: tue('06:30'),
      pinRequired: false,
    });
    expect(state.next?.at).toBe(tue('06:30'));
  });

  it('wraps Sunday night into Monday morning', () => {
    const sunday = settingsWith(AMS, [weekly('sun', 'downtime', [7], '23:00', '01:00')]);
    expect(openIds(stateAt(sunday, mon('00:30')))).toEqual(['sun']);
    expect(openIds(stateAt(sunday, mon('01:00')))).toEqual([]);
  });

  it('lets a 24-hour window (start = end, next day) run a whole day', () => {
    const allDay = settingsWith(AMS, [weekly('day', 'focus', [1], '00:00', '00:00', { endsNextDay: true })]);
    const state = stateAt(allDay, mon('12:00'));
    expect(state.windows[0]).toMatchObject({ start: mon('00:00'), end: tue('00:00') });
  });
});

describe('overlaps', () => {
  const workday = weekly('workday', 'focus', [1, 2, 3, 4, 5], '09:00', '17:00');
  const dinner = weekly('dinner', 'family-time', [1], '16:00', '20:00');

  it('lets the more restrictive kind win and explains the override until the earlier end', () => {
    const state = stateAt(settingsWith(AMS, [workday, dinner]), mon('16:30'));
    expect(openIds(state)).toEqual(['dinner', 'workday']);
    expect(state.profileId).toBe('family');
    expect(state.overlaps).toEqual([
      {
        winner: 'dinner',
        winnerKind: 'family-time',
        overridden: 'workday',
        overriddenKind: 'focus',
        until: mon('17:00'),
      },
    ]);
    expect(state.overlay).toMatchObject({ kind: 'family-time', pinRequired: true, until: mon('20:00') });
    expect(Object.values(state.triggers).every((a) => a === 'block')).toBe(true);
  });

  it('breaks a tie of kinds by priority, then by the earlier start, then by id', () => {
    const a = weekly('a', 'focus', [1], '09:00', '12:00');
    const b = weekly('b', 'focus', [1], '10:00', '11:00', { profileId: 'private' });
    expect(stateAt(settingsWith(AMS, [a, b]), mon('10:30')).windows[0]?.windowId).toBe('a');
    const bFirst = { ...b, priority: 5 };
    expect(stateAt(settingsWith(AMS, [a, bFirst]), mon('10:30')).windows[0]?.windowId).toBe('b');
    const same = weekly('c', 'focus', [1], '09:00', '12:00');
    expect(stateAt(settingsWith(AMS, [same, a]), mon('10:30')).windows[0]?.windowId).toBe('a');
  });

  it('keeps focus over office hours that fall inside it', () => {
    const office = weekly('office', 'office-hours', [1], '10:00', '11:00');
    const state = stateAt(settingsWith(AMS, [workday, office]), mon('10:15'));
    expect(state.windows[0]?.windowId).toBe('workday');
    expect(state.overlaps[0]).toMatchObject({ winner: 'workday', overridden: 'office', until: mon('11:00') });
  });
});

describe('what categories trigger', () => {
  const focus = weekly('focus', 'focus', [1], '09:00', '12:00');
  const office = weekly('office', 'office-hours', [1], '13:00', '14:00');

  it('gives each category the active profile action inside focus, outside office hours nudging at least', () => {
    const state = stateAt(settingsWith(AMS, [focus, office]), mon('10:00'));
    expect(state.triggers).toEqual({
      work: 'nothing',
      communication: 'nudge', // Professional says notify; outside office hours it is nudged
      social: 'nudge',
      entertainment: 'block',
      other: 'nothing',
    });
  });

  it('frees communication and social inside office hours', () => {
    const state = stateAt(settingsWith(AMS, [focus, office]), mon('13:30'));
    expect(state.triggers).toMatchObject({
      communication: 'nothing',
      social: 'nothing',
      entertainment: 'block',
    });
  });

  it('triggers nothing outside windows for a profile without office hours', () => {
    const state = stateAt(settingsWith(AMS, [focus]), mon('20:00'));
    expect(state.profileSource).toBe('default');
    expect(Object.values(state.triggers).every((a) => a === 'nothing')).toBe(true);
  });

  it('includes user-defined categories', () => {
    const settings = settingsWith(AMS, [focus], { categories: [{ id: 'news', name: 'News' }] });
    settings.profiles[0]!.actions.news = 'notify';
    expect(stateAt(settings, mon('10:00')).triggers.news).toBe('notify');
  });
});

describe('exceptions', () => {
  const workday = weekly('workday', 'focus', [1, 2, 3, 4, 5], '09:00', '17:00', {
    skipDates: ['2025-06-02'],
  });
  const night = weekly('night', 'downtime', [7, 1], '22:00', '06:00', { skipDates: ['2025-06-02'] });

  it('skips an occurrence on a skip date', () => {
    expect(openIds(stateAt(settingsWith(AMS, [workday]), mon('10:00')))).toEqual([]);
    expect(openIds(stateAt(settingsWith(AMS, [workday]), tue('10:00')))).toEqual(['workday']);
  });

  it('skips by the date an occurrence starts on, so last night still ends on the skip date', () => {
    const settings = settingsWith(AMS, [night]);
    expect(openIds(stateAt(settings, mon('05:00')))).toEqual(['night']);
    expect(openIds(stateAt(settings, mon('23:00')))).toEqual([]);
  });
});

describe('one-off windows', () => {
  const trip = oneOff('trip', 'downtime', '2025-06-02T18:00', '2025-06-04T09:00', { profileId: 'private' });

  it('is open between its local date-times, across days', () => {
    const settings = settingsWith(AMS, [trip]);
    expect(openIds(stateAt(settings, mon('17:59')))).toEqual([]);
    expect(openIds(stateAt(settings, tue('12:00')))).toEqual(['trip']);
    expect(stateAt(settings, mon('12:00')).next?.at).toBe(mon('18:00'));
  });

  it('finds a one-off window far in the future as the next transition', () => {
    const later = oneOff('later', 'focus', '2027-01-04T09:00', '2027-01-04T10:00');
    expect(stateAt(settingsWith(AMS, [later]), mon('12:00')).next?.at).toBe(at('2027-01-04T09:00:00+01:00'));
  });
});

describe('manual switches', () => {
  const workday = weekly('workday', 'focus', [1, 2, 3, 4, 5], '09:00', '17:00');
  const dinner = weekly('dinner', 'family-time', [1], '18:00', '20:00');

  it('lasts until the chosen time', () => {
    const settings = settingsWith(AMS, [workday], {
      manualSwitch: { profileId: 'private', setAt: mon('10:00'), until: mon('13:00') },
    });
    const during = stateAt(settings, mon('12:00'));
    expect(during).toMatchObject({ profileId: 'private', profileSource: 'manual' });
    expect(during.manualSwitch).toEqual({ profileId: 'private', until: mon('13:00') });
    expect(during.next?.at).toBe(mon('13:00'));
    expect(stateAt(settings, mon('13:00'))).toMatchObject({
      profileId: 'professional',
      profileSource: 'schedule',
    });
  });

  it('lasts until the next scheduled change when no time is chosen', () => {
    const settings = settingsWith(AMS, [workday], {
      manualSwitch: { profileId: 'private', setAt: mon('10:00'), until: null },
    });
    expect(stateAt(settings, mon('16:59')).profileId).toBe('private');
    expect(stateAt(settings, mon('16:59')).manualSwitch?.until).toBe(mon('17:00'));
    expect(stateAt(settings, mon('17:00'))).toMatchObject({ profileId: 'private', profileSource: 'default' });
    expect(stateAt(settings, tue('10:00')).profileSource).toBe('schedule');
  });

  it('does not apply before it was made', () => {
    const settings = settingsWith(AMS, [workday], {
      manualSwitch: { profileId: 'private', setAt: mon('10:00'), until: null },
    });
    expect(stateAt(settings, mon('09:30')).profileId).toBe('professional');
  });

  it('changes the profile but not family time: the overlay stays', () => {
    const settings = settingsWith(AMS, [dinner], {
      manualSwitch: { profileId: 'professional', setAt: mon('18:30'), until: mon('23:00') },
    });
    const state = stateAt(settings, mon('19:00'));
    expect(state.profileId).toBe('professional');
    expect(state.overlay?.kind).toBe('family-time');
  });
});

describe('transitions', () => {
  const settings = settingsWith(AMS, [
    weekly('workday', 'focus', [1, 2, 3, 4, 5], '09:00', '17:00'),
    weekly('dinner', 'family-time', [1], '16:00', '20:00'),
  ]);

  it('lists every change of a day in order, each with the state that follows it', () => {
    const list = transitions(settings, mon('00:00'), tue('00:00'));
    expect(list.map((t) => t.at)).toEqual([mon('09:00'), mon('16:00'), mon('17:00'), mon('20:00')]);
    expect(list.map((t) => openIds({ ...t.state, at: t.at, next: null }))).toEqual([
      ['workday'],
      ['dinner', 'workday'],
      ['dinner'],
      [],
    ]);
  });

  it('includes a change exactly at `to` and excludes one exactly at `from`', () => {
    expect(transitions(settings, mon('09:00'), mon('16:00')).map((t) => t.at)).toEqual([mon('16:00')]);
  });

  it('is empty for an empty or reversed range', () => {
    expect(transitions(settings, mon('12:00'), mon('12:00'))).toEqual([]);
    expect(transitions(settings, mon('12:00'), mon('11:00'))).toEqual([]);
  });

  it('has no next transition when nothing is scheduled', () => {
    expect(stateAt(settingsWith(AMS, []), mon('12:00')).next).toBeNull();
  });
});

describe('time zones', () => {
  const windows = [weekly('workday', 'focus', [1], '09:00', '17:00')];

  it('keeps local hours when the zone changes', () => {
    const ams = transitions(settingsWith(AMS, windows), mon('00:00'), tue('00:00'));
    const ny = transitions(
      settingsWith('America/New_York', windows),
      mon('00:00'),
      at('2025-06-03T12:00:00-04:00'),
    );
    expect(ams[0]?.at).toBe(mon('09:00'));
    expect(ny[0]?.at).toBe(at('2025-06-02T09:00:00-04:00'));
  });

  it("follows the computer's zone for 'system'", () => {
    const systemZone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
    const system = stateAt(settingsWith('system', windows), mon('12:00'));
    const explicit = stateAt(settingsWith(systemZone, windows), mon('12:00'));
    expect(system).toEqual(explicit);
  });

  it('refuses an unknown zone', () => {
    expect(() => stateAt(settingsWith('Mars/Olympus_Mons', windows), mon('12:00'))).toThrow(RangeError);
  });
});
