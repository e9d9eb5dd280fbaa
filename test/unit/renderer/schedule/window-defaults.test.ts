import { describe, expect, it } from 'vitest';
import {
  nextQuarterHourBlock,
  profileForKind,
} from '../../../../renderer/src/features/schedule/window-defaults.ts';

const builtIn = [
  { id: 'professional', name: 'Professional', icon: 'briefcase' },
  { id: 'private', name: 'Private', icon: 'home' },
];

describe('profileForKind', () => {
  it('puts work kinds in Professional and family time in Private', () => {
    expect(profileForKind('focus', builtIn)).toBe('professional');
    expect(profileForKind('office-hours', builtIn)).toBe('professional');
    expect(profileForKind('family-time', builtIn)).toBe('private');
    expect(profileForKind('downtime', builtIn)).toBe('private');
  });

  it("prefers the user's family profile for family time", () => {
    const profiles = [...builtIn, { id: 'gezin', name: 'Gezin', icon: 'home' }];
    expect(profileForKind('family-time', profiles)).toBe('gezin');
    expect(profileForKind('focus', profiles)).toBe('professional');
  });
});

describe('nextQuarterHourBlock', () => {
  const zone = 'Europe/Amsterdam';
  it('starts at the next quarter hour in the settings zone, for two hours', () => {
    expect(nextQuarterHourBlock(Date.parse('2026-11-20T21:02:10+01:00'), zone)).toEqual({
      start: '2026-11-20T21:15',
      end: '2026-11-20T23:15',
    });
    expect(nextQuarterHourBlock(Date.parse('2026-11-20T21:00:00+01:00'), zone).start).toBe(
      '2026-11-20T21:00',
    );
    expect(nextQuarterHourBlock(Date.parse('2026-11-20T23:50:00+01:00'), zone)).toEqual({
      start: '2026-11-21T00:00',
      end: '2026-11-21T02:00',
    });
  });
});
