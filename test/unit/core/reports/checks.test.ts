import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { AttentionSegment } from '../../../../electron/core/reports/attention.ts';
import {
  checksIn,
  checksReport,
  combineChecks,
  dayChecks,
  median,
} from '../../../../electron/core/reports/checks.ts';
import { dateRangeSpan, periodsIn } from '../../../../electron/core/reports/periods.ts';
import type { CategoryId, Observation } from '../../../../electron/shared/domain/usage.ts';

const M = 60_000;
const zone = 'Europe/Stockholm';
const at = (date: string, time: string) => DateTime.fromISO(`${date}T${time}`, { zone }).toMillis();
const categorise = (o: Observation): CategoryId =>
  o.app === 'Slack' || o.app === 'Mail' ? 'communication' : o.site === 'x.com' ? 'social' : 'work';
const seg = (date: string, time: string, minutes: number, app: string, site?: string): AttentionSegment => {
  const start = at(date, time);
  return { start, end: start + minutes * M, data: site ? { app, site } : { app } };
};
const days = (from: string, to: string) => periodsIn(dateRangeSpan(from, to, zone), 'day', zone);
const kind = (split: ReturnType<typeof combineChecks>, k: 'communication' | 'social') =>
  split.byKind.find((b) => b.kind === k)!;

describe('what counts as a check', () => {
  it('is a move into a kind from anything else: the other kind, work or being away', () => {
    const checks = checksIn(
      [
        seg('2026-03-02', '09:00', 10, 'Code'),
        seg('2026-03-02', '09:10', 2, 'Slack'),
        seg('2026-03-02', '09:12', 3, 'Mail'), // the same kind straight after: the same visit
        seg('2026-03-02', '09:15', 4, 'Firefox', 'x.com'), // the other kind straight after: a social check
        seg('2026-03-02', '09:19', 1, 'Slack'), // and back: a chat check
        seg('2026-03-02', '09:30', 1, 'Slack'), // after 10 minutes away: a new check
      ],
      categorise,
    );
    expect(checks.map((c) => [DateTime.fromMillis(c.at, { zone }).toFormat('HH:mm'), c.kind])).toEqual([
      ['09:10', 'communication'],
      ['09:15', 'social'],
      ['09:19', 'communication'],
      ['09:30', 'communication'],
    ]);
  });
});

describe('checks split by kind over a day and a range', () => {
  // Monday: chat at 09:00, 09:10, 09:40 (gaps 10, 30); social at 12:00. Tuesday: chat at 08:00, 10:00 (gap 120).
  const segments = [
    seg('2026-03-02', '08:30', 30, 'Code'),
    seg('2026-03-02', '09:00', 5, 'Slack'),
    seg('2026-03-02', '09:05', 5, 'Code'),
    seg('2026-03-02', '09:10', 5, 'Slack'),
    seg('2026-03-02', '09:15', 25, 'Code'),
    seg('2026-03-02', '09:40', 5, 'Mail'),
    seg('2026-03-02', '12:00', 15, 'Firefox', 'x.com'),
    seg('2026-03-03', '08:00', 10, 'Slack'),
    seg('2026-03-03', '08:10', 110, 'Code'),
    seg('2026-03-03', '10:00', 10, 'Slack'),
  ];

  it('takes the median over every day’s gaps, not the median of the days’ medians', () => {
    const split = combineChecks(dayChecks(segments, days('2026-03-02', '2026-03-03'), categorise));
    // Gaps 10, 30 and 120: the median is 30 min. The days' medians (20 and 120) would give 70.
    expect(kind(split, 'communication')).toEqual({
      kind: 'communication',
      checks: 5,
      perActiveHour: 5 / (220 / 60),
      medianMsBetweenChecks: 30 * M,
    });
    expect(split.activeMs).toBe(220 * M);
    // One social check: no gap to take a median of.
    expect(kind(split, 'social')).toMatchObject({ checks: 1, medianMsBetweenChecks: null });
  });

  it('never counts the night as a gap: the last check of one day and the first of the next are not a pair', () => {
    const split = combineChecks(dayChecks(segments, days('2026-03-03', '2026-03-03'), categorise));
    expect(kind(split, 'communication').medianMsBetweenChecks).toBe(120 * M);
    const both = checksReport(
      segments,
      periodsIn(dateRangeSpan('2026-03-02', '2026-03-03', zone), 'hour', zone),
      zone,
      categorise,
    );
    // Start-to-start of either kind, per day: 10, 30, 140 (Mail at 09:40 to x.com at 12:00), and 120.
    expect(both.medianMsBetweenChecks).toBe(((30 + 120) / 2) * M);
    expect(both.split).toEqual(
      combineChecks(dayChecks(segments, days('2026-03-02', '2026-03-03'), categorise)),
    );
  });

  it('gives a range exactly what its days give together, a visit over midnight counted on each day', () => {
    const night = [seg('2026-03-02', '23:50', 20, 'Slack'), seg('2026-03-03', '00:10', 5, 'Code')];
    const perDay = dayChecks(night, days('2026-03-02', '2026-03-03'), categorise);
    expect(perDay.map((d) => [d.day, d.byKind[0]!.checks, d.activeMs / M])).toEqual([
      ['2026-03-02', 1, 10],
      ['2026-03-03', 1, 15],
    ]);
    const report = checksReport(
      night,
      periodsIn(dateRangeSpan('2026-03-02', '2026-03-03', zone), 'hour', zone),
      zone,
      categorise,
    );
    expect(report.totalChecks).toBe(2);
    expect(report.split).toEqual(combineChecks(perDay));
  });

  it('counts per hour by kind on a 25-hour day, the repeated hour apart', () => {
    const date = '2026-10-25'; // Stockholm leaves summer time at 03:00, back to 02:00
    const firstTwo = Date.parse(`${date}T00:30Z`); // 02:30 summer time, the first pass
    const secondTwo = firstTwo + 60 * M;
    const report = checksReport(
      [
        { start: firstTwo, end: firstTwo + 5 * M, data: { app: 'Slack' } },
        { start: secondTwo, end: secondTwo + 5 * M, data: { app: 'Firefox', site: 'x.com' } },
      ],
      periodsIn(dateRangeSpan(date, date, zone), 'hour', zone),
      zone,
      categorise,
    );
    expect(report.perHour).toHaveLength(25);
    expect(report.perHour.filter((h) => h.checks > 0).map((h) => [h.hour, h.byKind])).toEqual([
      ['2026-10-25T02:00+02:00', { communication: 1, social: 0 }],
      ['2026-10-25T02:00+01:00', { communication: 0, social: 1 }],
    ]);
  });

  it('says nothing rather than zero per hour when there was no attention', () => {
    expect(combineChecks(dayChecks([], days('2026-03-02', '2026-03-08'), categorise))).toEqual({
      activeMs: 0,
      byKind: [
        { kind: 'communication', checks: 0, perActiveHour: null, medianMsBetweenChecks: null },
        { kind: 'social', checks: 0, perActiveHour: null, medianMsBetweenChecks: null },
      ],
    });
  });
});

describe('median', () => {
  it('averages the two middle values of an even count', () => {
    expect(median([40, 10, 30, 20])).toBe(25);
    expect(median([3])).toBe(3);
    expect(median([])).toBeNull();
  });
});
