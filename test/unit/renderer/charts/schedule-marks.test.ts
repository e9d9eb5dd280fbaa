import { describe, expect, it } from 'vitest';
import { scheduleMarks } from '../../../../renderer/src/charts/schedule-marks.ts';

const H = 3_600_000;

describe('scheduleMarks', () => {
  const marks = [
    { kind: 'profile' as const, profileId: 'private', start: 0, end: 9 * H },
    { kind: 'profile' as const, profileId: 'professional', start: 9 * H, end: 17 * H },
    { kind: 'profile' as const, profileId: 'private', start: 17 * H, end: 24 * H },
    { kind: 'focus-window' as const, profileId: 'professional', start: 10 * H, end: 12 * H },
    { kind: 'focus-window' as const, profileId: 'professional', start: 14 * H, end: 16 * H },
  ];

  it('gives focus windows as areas and profile changes as lines, in minutes from the start', () => {
    expect(scheduleMarks(marks, 0, 24 * H)).toEqual({
      focus: [
        { x1: 600, x2: 720 },
        { x1: 840, x2: 960 },
      ],
      changes: [
        { x: 540, profileId: 'professional' },
        { x: 1020, profileId: 'private' },
      ],
    });
  });

  it('cuts at now: a window under way is drawn up to now, later ones and later changes not at all', () => {
    expect(scheduleMarks(marks, 0, 11 * H)).toEqual({
      focus: [{ x1: 600, x2: 660 }],
      changes: [{ x: 540, profileId: 'professional' }],
    });
  });

  it('draws no line for the profile the day starts in', () => {
    expect(scheduleMarks(marks.slice(0, 1), 0, 24 * H).changes).toEqual([]);
  });
});
