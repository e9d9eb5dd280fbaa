import { describe, expect, it } from 'vitest';
import type { AttentionSegment } from '../../../../electron/core/reports/attention.ts';
import { boundaryCrossings, type ScheduledInterval } from '../../../../electron/core/reports/crossings.ts';
import type { CategoryId, Observation } from '../../../../electron/shared/domain/usage.ts';

const M = 60_000;
const categorise = (o: Observation): CategoryId =>
  o.app === 'Code' ? 'work' : o.site === 'x.com' || o.site === 'reddit.com' ? 'social' : 'other';
const seg = (from: number, to: number, data: Observation): AttentionSegment => ({
  start: from * M,
  end: to * M,
  data,
});
const intervals: ScheduledInterval[] = [
  { kind: 'focus-window', profileId: 'professional', start: 0, end: 60 * M },
  { kind: 'private-hours', profileId: 'private', start: 60 * M, end: 120 * M },
];

describe('boundary crossings, one row per visit', () => {
  it('joins touching pieces of one app and site (a title change) and keeps the profile it crossed into', () => {
    const crossings = boundaryCrossings(
      [
        seg(10, 12, { app: 'Firefox', site: 'x.com', title: 'Home', profileId: 'professional' }),
        seg(12, 15, { app: 'Firefox', site: 'x.com', title: 'Notifications', profileId: 'professional' }),
        seg(15, 16, { app: 'Firefox', site: 'reddit.com', profileId: 'professional' }),
        seg(20, 21, { app: 'Firefox', site: 'x.com', profileId: 'professional' }),
        seg(55, 70, { app: 'Code', profileId: 'professional' }),
        seg(70, 75, { app: 'Code', profileId: 'private' }),
      ],
      intervals,
      categorise,
    );
    expect(
      crossings.segments.map((s) => [s.kind, s.start / M, s.end / M, s.site ?? s.app, s.profileId]),
    ).toEqual([
      ['social-in-focus', 10, 15, 'x.com', 'professional'],
      ['social-in-focus', 15, 16, 'reddit.com', 'professional'],
      ['social-in-focus', 20, 21, 'x.com', 'professional'],
      // Only the part inside private hours crosses; a profile switch under the same app is a new row.
      ['work-in-private', 60, 70, 'Code', 'professional'],
      ['work-in-private', 70, 75, 'Code', 'private'],
    ]);
    expect(crossings.socialInFocusMs).toBe(7 * M);
    expect(crossings.workInPrivateMs).toBe(15 * M);
  });
});
