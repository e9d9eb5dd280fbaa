import { describe, expect, it } from 'vitest';
import { stateAt, transitions } from '../../../../electron/core/schedule/schedule.ts';
import type { Weekday } from '../../../../electron/shared/domain/focus-windows.ts';
import { at, settingsWith, weekly } from './settings-builder.ts';

// Expected instants are written with explicit offsets, so they do not depend on Luxon.
const HOUR = 3_600_000;
const pad = (h: number) => String(h).padStart(2, '0');

interface Change {
  zone: string;
  date: string;
  /** The day before, for overnight windows. */
  eve: string;
  /** ISO weekday of `date`. */
  weekday: Weekday;
  /** Offsets before and after the change. */
  before: string;
  after: string;
}

/** Spring forward: local times from `hour`:00 to `hour+1`:00 do not exist. */
const spring: (Change & { hour: number })[] = [
  {
    zone: 'Europe/Amsterdam',
    date: '2025-03-30',
    eve: '2025-03-29',
    weekday: 7,
    before: '+01:00',
    after: '+02:00',
    hour: 2,
  },
  {
    zone: 'Europe/Stockholm',
    date: '2025-03-30',
    eve: '2025-03-29',
    weekday: 7,
    before: '+01:00',
    after: '+02:00',
    hour: 2,
  },
  {
    zone: 'America/New_York',
    date: '2025-03-09',
    eve: '2025-03-08',
    weekday: 7,
    before: '-05:00',
    after: '-04:00',
    hour: 2,
  },
  {
    zone: 'Australia/Sydney',
    date: '2025-10-05',
    eve: '2025-10-04',
    weekday: 7,
    before: '+10:00',
    after: '+11:00',
    hour: 2,
  },
];

/** Fall back: local times from `hour`:00 to `hour+1`:00 happen twice. */
const autumn: (Change & { hour: number })[] = [
  {
    zone: 'Europe/Amsterdam',
    date: '2025-10-26',
    eve: '2025-10-25',
    weekday: 7,
    before: '+02:00',
    after: '+01:00',
    hour: 2,
  },
  {
    zone: 'Europe/Stockholm',
    date: '2025-10-26',
    eve: '2025-10-25',
    weekday: 7,
    before: '+02:00',
    after: '+01:00',
    hour: 2,
  },
  {
    zone: 'America/New_York',
    date: '2025-11-02',
    eve: '2025-11-01',
    weekday: 7,
    before: '-04:00',
    after: '-05:00',
    hour: 1,
  },
  {
    zone: 'Australia/Sydney',
    date: '2025-04-06',
    eve: '2025-04-05',
    weekday: 7,
    before: '+11:00',
    after: '+10:00',
    hour: 2,
  },
];

/** The open window's real [start, end) for a weekly window on the change day (or starting the evening before). */
function occurrence(c: Change, start: string, end: string, onEve = false) {
  const eveWeekday = (((c.weekday + 5) % 7) + 1) as Weekday;
  const window = weekly('w', 'focus', [onEve ? eveWeekday : c.weekday], start, end);
  const settings = settingsWith(c.zone, [window]);
  const list = transitions(settings, at(`${c.eve}T00:00:00${c.before}`), at(`${c.date}T23:59:00${c.after}`));
  const opened = list.find((t) => t.state.windows.length > 0);
  return opened ? { start: opened.at, end: opened.state.windows[0]!.end, settings } : null;
}

describe.each(spring)('spring forward in $zone on $date', (c) => {
  const h = c.hour;

  it(`moves a start in the skipped hour forward by the skip (${pad(h)}:30 → ${pad(h + 1)}:30)`, () => {
    const o = occurrence(c, `${pad(h)}:30`, `${pad(h + 2)}:00`);
    expect(o?.start).toBe(at(`${c.date}T${pad(h + 1)}:30:00${c.after}`));
    expect(o?.end).toBe(at(`${c.date}T${pad(h + 2)}:00:00${c.after}`));
  });

  it('shortens a window across the skipped hour by an hour', () => {
    const o = occurrence(c, `${pad(h - 1)}:00`, `${pad(h + 2)}:00`);
    expect(o?.start).toBe(at(`${c.date}T${pad(h - 1)}:00:00${c.before}`));
    expect(o!.end - o!.start).toBe(2 * HOUR);
  });

  it('drops a window that is exactly the skipped hour', () => {
    expect(occurrence(c, `${pad(h)}:00`, `${pad(h + 1)}:00`)).toBeNull();
  });

  it('shortens an overnight window by an hour', () => {
    const o = occurrence(c, '22:00', '07:00', true);
    expect(o?.start).toBe(at(`${c.eve}T22:00:00${c.before}`));
    expect(o?.end).toBe(at(`${c.date}T07:00:00${c.after}`));
    expect(o!.end - o!.start).toBe(8 * HOUR);
  });

  it('reports the window open just after the clocks jump', () => {
    const o = occurrence(c, `${pad(h - 1)}:00`, `${pad(h + 2)}:00`)!;
    const justAfter = at(`${c.date}T${pad(h + 1)}:00:00${c.after}`);
    expect(stateAt(o.settings, justAfter).windows.map((w) => w.windowId)).toEqual(['w']);
  });
});

describe.each(autumn)('fall back in $zone on $date', (c) => {
  const h = c.hour;

  it(`starts a window in the repeated hour at its first occurrence (${pad(h)}:30)`, () => {
    const o = occurrence(c, `${pad(h)}:30`, `${pad(h + 2)}:00`);
    expect(o?.start).toBe(at(`${c.date}T${pad(h)}:30:00${c.before}`));
    expect(o?.end).toBe(at(`${c.date}T${pad(h + 2)}:00:00${c.after}`));
    expect(o!.end - o!.start).toBe(2.5 * HOUR);
  });

  it('lengthens a window across the repeated hour by an hour', () => {
    const o = occurrence(c, `${pad(h - 1)}:00`, `${pad(h + 2)}:00`);
    expect(o!.end - o!.start).toBe(4 * HOUR);
  });

  it('gives a window that is exactly the repeated hour both passes of it', () => {
    const o = occurrence(c, `${pad(h)}:00`, `${pad(h + 1)}:00`);
    expect(o?.start).toBe(at(`${c.date}T${pad(h)}:00:00${c.before}`));
    expect(o!.end - o!.start).toBe(2 * HOUR);
  });

  it('lengthens an overnight window by an hour', () => {
    const o = occurrence(c, '22:00', '07:00', true);
    expect(o!.end - o!.start).toBe(10 * HOUR);
  });

  it('keeps the window open during the second pass of the repeated hour', () => {
    const o = occurrence(c, `${pad(h)}:00`, `${pad(h + 1)}:00`)!;
    const secondPass = at(`${c.date}T${pad(h)}:30:00${c.after}`);
    expect(stateAt(o.settings, secondPass).windows.map((w) => w.windowId)).toEqual(['w']);
  });
});

describe('one-off windows at a clock change', () => {
  it('places a one-off start in the skipped hour like a weekly one', () => {
    const settings = settingsWith('Europe/Amsterdam', [
      {
        id: 'o',
        name: 'o',
        type: 'one-off',
        kind: 'focus',
        profileId: 'professional',
        priority: 0,
        start: '2025-03-30T02:30',
        end: '2025-03-30T05:00',
      },
    ]);
    const list = transitions(settings, at('2025-03-30T00:00:00+01:00'), at('2025-03-30T12:00:00+02:00'));
    expect(list.map((t) => t.at)).toEqual([at('2025-03-30T03:30:00+02:00'), at('2025-03-30T05:00:00+02:00')]);
  });
});
