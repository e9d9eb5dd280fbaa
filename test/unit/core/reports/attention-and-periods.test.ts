import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { attentionSegments } from '../../../../electron/core/reports/attention.ts';
import { checksReport } from '../../../../electron/core/reports/checks.ts';
import { dateRangeSpan, periodsIn } from '../../../../electron/core/reports/periods.ts';

const M = 60_000;

describe('attention segments', () => {
  it('trims overlapping window events so no time is counted twice', () => {
    const segments = attentionSegments(
      [
        { start: 0, duration: 10 * M, data: { app: 'A' } },
        { start: 5 * M, duration: 10 * M, data: { app: 'B' } },
      ],
      [],
      { start: 0, end: 60 * M },
    );
    expect(segments.map((s) => [s.data.app, s.start / M, s.end / M])).toEqual([
      ['A', 0, 5],
      ['B', 5, 15],
    ]);
  });

  it('shows the union of overlapping records: a later short event never hides the rest of an earlier long one', () => {
    // The clock was set back an hour at minute 60: A covered 0–60 before, B and C cover 0–10 on the second pass.
    const segments = attentionSegments(
      [
        { start: 0, duration: 60 * M, data: { app: 'A' } },
        { start: 0, duration: 5 * M, data: { app: 'B' } },
        { start: 5 * M, duration: 5 * M, data: { app: 'C' } },
      ],
      [],
      { start: 0, end: 60 * M },
    );
    expect(segments.map((s) => [s.data.app, s.start / M, s.end / M])).toEqual([
      ['B', 0, 5],
      ['C', 5, 10],
      ['A', 10, 60],
    ]);
  });

  it('resolves overlapping presence the same way: one pass being idle does not cut the other pass', () => {
    const segments = attentionSegments(
      [{ start: 0, duration: 60 * M, data: { app: 'A' } }],
      [
        { start: 0, duration: 30 * M, data: { state: 'idle' } },
        { start: 0, duration: 60 * M, data: { state: 'active' } },
      ],
      { start: 0, end: 60 * M },
    );
    expect(segments.reduce((sum, s) => sum + s.end - s.start, 0)).toBe(60 * M);
  });

  it('cuts asleep and locked time but keeps time marked active', () => {
    const segments = attentionSegments(
      [{ start: 0, duration: 60 * M, data: { app: 'A' } }],
      [
        { start: 0, duration: 60 * M, data: { state: 'active' } },
        { start: 10 * M, duration: 10 * M, data: { state: 'asleep' } },
        { start: 30 * M, duration: 5 * M, data: { state: 'locked' } },
      ],
      { start: 0, end: 60 * M },
    );
    expect(segments.reduce((sum, s) => sum + s.end - s.start, 0)).toBe(45 * M);
  });
});

describe('local periods', () => {
  it('has 23 hours on the spring-forward day and 25 on the fall-back day, each hour labelled uniquely', () => {
    const zone = 'Europe/Amsterdam';
    expect(periodsIn(dateRangeSpan('2025-03-30', '2025-03-30', zone), 'hour', zone)).toHaveLength(23);
    const fallBack = periodsIn(dateRangeSpan('2025-10-26', '2025-10-26', zone), 'hour', zone);
    expect(fallBack).toHaveLength(25);
    expect(new Set(fallBack.map((h) => h.key)).size).toBe(25);
    const [day] = periodsIn(dateRangeSpan('2025-10-26', '2025-10-26', zone), 'day', zone);
    expect(day!.end - day!.start).toBe(25 * 60 * M);
  });

  it('aligns hours in a half-hour zone to local hours', () => {
    const zone = 'Asia/Kolkata';
    const [first] = periodsIn(dateRangeSpan('2025-03-04', '2025-03-04', zone), 'hour', zone);
    expect(DateTime.fromMillis(first!.start, { zone }).toFormat('HH:mm')).toBe('00:00');
    expect(first!.start % (60 * M)).toBe(30 * M);
  });
});

describe('checks', () => {
  it('counts a return to chat after being away as a new check', () => {
    const zone = 'UTC';
    const hours = periodsIn({ start: 0, end: 2 * 60 * M }, 'hour', zone);
    const chat = (from: number, to: number) => ({ start: from * M, end: to * M, data: { app: 'Slack' } });
    const report = checksReport([chat(0, 5), chat(30, 35)], hours, zone, () => 'communication');
    expect(report.totalChecks).toBe(2);
    expect(report.medianMsBetweenChecks).toBe(30 * M);
  });
});
