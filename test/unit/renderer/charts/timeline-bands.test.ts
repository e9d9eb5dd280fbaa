import { describe, expect, it } from 'vitest';
import { timelineBands, timelineRow } from '../../../../renderer/src/charts/timeline-bands.ts';
import type { DayTimeline } from '../../../../electron/shared/contract/reports.ts';

const M = 60_000;
const timeline = (segments: DayTimeline['segments']): DayTimeline => ({
  date: '2026-11-20',
  zone: 'UTC',
  segments,
  schedule: [],
  clockSetBack: [],
});

describe('timelineBands', () => {
  it('fills uncovered time with gaps and keeps idle and pauses as themselves', () => {
    const bands = timelineBands(
      timeline([
        { kind: 'app', start: 10 * M, end: 20 * M, app: 'Code', category: 'work' },
        { kind: 'presence', start: 20 * M, end: 30 * M, state: 'idle' },
        { kind: 'pause', start: 30 * M, end: 35 * M, scope: 'tracking' },
      ]),
      0,
      60 * M,
    );
    expect(bands.map((b) => [b.group, b.start / M, b.end / M])).toEqual([
      ['gap', 0, 10],
      ['work', 10, 20],
      ['idle', 20, 30],
      ['pause', 30, 35],
      ['gap', 35, 60],
    ]);
    expect(bands[1]).toMatchObject({ color: '#0072B2', detail: 'Code' });
  });

  it('joins neighbours of the same app and clips to the range', () => {
    const bands = timelineBands(
      timeline([
        { kind: 'app', start: -5 * M, end: 5 * M, app: 'firefox', site: 'x.com', category: 'social' },
        { kind: 'app', start: 5 * M, end: 9 * M, app: 'firefox', site: 'x.com', category: 'social' },
      ]),
      0,
      10 * M,
    );
    expect(bands.map((b) => [b.group, b.detail, b.start / M, b.end / M])).toEqual([
      ['social', 'firefox · x.com', 0, 9],
      ['gap', '', 9, 10],
    ]);
  });

  it('makes one stacked row whose parts add up to the range', () => {
    const bands = timelineBands(
      timeline([{ kind: 'app', start: 10 * M, end: 20 * M, app: 'A', category: 'other' }]),
      0,
      30 * M,
    );
    const row = timelineRow(bands);
    expect(row).toEqual({ row: 'day', b0: 10, b1: 10, b2: 10 });
  });
});
