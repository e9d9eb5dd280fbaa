import { describe, expect, it } from 'vitest';
import { scheduleMarks } from '../../../../renderer/src/charts/schedule-marks.ts';
import type { WindowBand } from '../../../../electron/shared/contract/reports.ts';

const H = 3_600_000;
const band = (windowId: string, kind: WindowBand['kind'], start: number, end: number): WindowBand => ({
  windowId,
  name: windowId,
  kind,
  profileId: 'professional',
  start,
  end,
});

describe('scheduleMarks', () => {
  const marks = [
    { kind: 'profile' as const, profileId: 'private', start: 0, end: 9 * H },
    { kind: 'profile' as const, profileId: 'professional', start: 9 * H, end: 17 * H },
    { kind: 'profile' as const, profileId: 'private', start: 17 * H, end: 24 * H },
  ];
  const windows = [
    band('dinner', 'family-time', 18 * H, 20 * H),
    band('deep', 'focus', 14 * H, 16 * H),
    band('early', 'focus', 6 * H, 8 * H),
    band('office', 'office-hours', 9 * H, 17 * H),
  ];

  it('gives a lane per window kind in the kinds’ order and profile changes as lines', () => {
    const { lanes, changes } = scheduleMarks(marks, windows, 0, 24 * H);
    expect(lanes.map((l) => [l.kind, l.windows.map((w) => [w.windowId, w.left * 24, w.width * 24])])).toEqual(
      [
        ['office-hours', [['office', 9, 8]]],
        [
          'focus',
          [
            ['early', 6, 2],
            ['deep', 14, 2],
          ],
        ],
        ['family-time', [['dinner', 18, 2]]],
      ],
    );
    expect(changes).toEqual([
      { x: 540, profileId: 'professional' },
      { x: 1020, profileId: 'private' },
    ]);
  });

  it('cuts at now: a window under way is drawn up to now, later ones and later changes not at all', () => {
    const { lanes, changes } = scheduleMarks(marks, windows, 0, 15 * H);
    expect(lanes.map((l) => [l.kind, l.windows.map((w) => [w.windowId, w.end / H])])).toEqual([
      ['office-hours', [['office', 15]]],
      [
        'focus',
        [
          ['early', 8],
          ['deep', 15],
        ],
      ],
    ]);
    expect(changes).toEqual([{ x: 540, profileId: 'professional' }]);
  });

  it('draws no line for the profile the day starts in', () => {
    expect(scheduleMarks(marks.slice(0, 1), [], 0, 24 * H)).toEqual({ lanes: [], changes: [] });
  });
});
