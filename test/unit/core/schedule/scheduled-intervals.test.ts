import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { scheduledIntervals } from '../../../../electron/core/schedule/scheduled-intervals.ts';
import { defaultSettings } from '../../../../electron/core/settings/default-settings.ts';
import { weekly } from './settings-builder.ts';

const zone = 'Europe/Amsterdam';
const at = (time: string) => DateTime.fromISO(`2026-11-20T${time}`, { zone }).toMillis();

describe('scheduledIntervals', () => {
  const settings = {
    ...defaultSettings(zone),
    windows: [
      weekly('office', 'office-hours', [5], '09:00', '17:00'),
      weekly('deep', 'focus', [5], '10:00', '12:00'),
    ],
  };

  it('gives the profile spans, private hours outside work and the focus window as the winner', () => {
    const spans = scheduledIntervals(settings, at('00:00'), at('24:00'));
    expect(spans.filter((s) => s.kind === 'profile')).toEqual([
      { kind: 'profile', profileId: 'private', start: at('00:00'), end: at('09:00') },
      { kind: 'profile', profileId: 'professional', start: at('09:00'), end: at('17:00') },
      { kind: 'profile', profileId: 'private', start: at('17:00'), end: at('24:00') },
    ]);
    expect(spans.filter((s) => s.kind === 'private-hours').map((s) => [s.start, s.end])).toEqual([
      [at('00:00'), at('09:00')],
      [at('17:00'), at('24:00')],
    ]);
    expect(spans.filter((s) => s.kind === 'focus-window')).toEqual([
      { kind: 'focus-window', profileId: 'professional', start: at('10:00'), end: at('12:00') },
    ]);
  });

  it('joins the spans that a transition inside one profile would split', () => {
    const spans = scheduledIntervals(settings, at('08:00'), at('13:00'));
    expect(spans.filter((s) => s.kind === 'profile' && s.profileId === 'professional')).toHaveLength(1);
  });

  it('is empty for an empty range', () => {
    expect(scheduledIntervals(settings, at('10:00'), at('10:00'))).toEqual([]);
  });
});
