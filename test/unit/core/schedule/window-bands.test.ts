import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { windowBands } from '../../../../electron/core/schedule/window-bands.ts';
import { oneOff, settingsWith, weekly } from './settings-builder.ts';

const zone = 'Europe/Amsterdam';
const at = (date: string, time: string) => DateTime.fromISO(`${date}T${time}`, { zone }).toMillis();
const day = (date: string) => ({
  start: at(date, '00:00'),
  end: DateTime.fromISO(date, { zone }).plus({ days: 1 }).toMillis(),
});
const FRIDAY = '2026-11-20';
const SATURDAY = '2026-11-21';

describe('windowBands', () => {
  const settings = settingsWith(zone, [
    weekly('office', 'office-hours', [5], '09:00', '17:00'),
    weekly('deep', 'focus', [5], '10:00', '12:00'),
    weekly('dinner', 'family-time', [5], '18:00', '20:00'),
    weekly('night', 'downtime', [5], '22:00', '07:00'),
    oneOff('review', 'focus', `${FRIDAY}T14:00`, `${FRIDAY}T15:00`),
  ]);

  it('gives every window of every kind as an interval of the day, overridden ones too', () => {
    const { start, end } = day(FRIDAY);
    expect(windowBands(settings, start, end).map((b) => [b.kind, b.windowId, b.start, b.end])).toEqual([
      ['office-hours', 'office', at(FRIDAY, '09:00'), at(FRIDAY, '17:00')],
      ['focus', 'deep', at(FRIDAY, '10:00'), at(FRIDAY, '12:00')],
      ['focus', 'review', at(FRIDAY, '14:00'), at(FRIDAY, '15:00')],
      ['downtime', 'night', at(FRIDAY, '22:00'), end],
      ['family-time', 'dinner', at(FRIDAY, '18:00'), at(FRIDAY, '20:00')],
    ]);
  });

  it('draws a window over midnight on the next day too, from the start of that day', () => {
    const { start, end } = day(SATURDAY);
    expect(windowBands(settings, start, end)).toEqual([
      {
        windowId: 'night',
        name: 'night',
        kind: 'downtime',
        profileId: 'private',
        start,
        end: at(SATURDAY, '07:00'),
      },
    ]);
  });

  it('ends an occurrence that was ended early where it was ended', () => {
    const ended = {
      ...settings,
      endedEarly: [{ windowId: 'deep', start: at(FRIDAY, '10:00'), at: at(FRIDAY, '11:15') }],
    };
    const deep = windowBands(ended, day(FRIDAY).start, day(FRIDAY).end).find((b) => b.windowId === 'deep');
    expect(deep?.end).toBe(at(FRIDAY, '11:15'));
  });

  it('is empty for an empty range or a day without windows', () => {
    expect(windowBands(settings, at(FRIDAY, '12:00'), at(FRIDAY, '12:00'))).toEqual([]);
    expect(windowBands(settings, day('2026-11-23').start, day('2026-11-23').end)).toEqual([]);
  });
});
