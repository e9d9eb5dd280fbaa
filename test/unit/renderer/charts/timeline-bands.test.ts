import { describe, expect, it } from 'vitest';
import { bandRects, timelineBands } from '../../../../renderer/src/charts/timeline-bands.ts';
import type { DayTimeline } from '../../../../electron/shared/contract/reports.ts';

const M = 60_000;
const timeline = (segments: DayTimeline['segments']): DayTimeline => ({
  date: '2026-11-20',
  zone: 'UTC',
  segments,
  schedule: [],
  windows: [],
  clockSetBack: [],
});

describe('timelineBands', () => {
  it('keeps each away state, pauses and not running as themselves, each with its own pattern', () => {
    const bands = timelineBands(
      timeline([
        { kind: 'gap', start: 0, end: 10 * M },
        { kind: 'app', start: 10 * M, end: 20 * M, app: 'Code', category: 'work' },
        { kind: 'presence', start: 20 * M, end: 30 * M, state: 'idle' },
        { kind: 'presence', start: 30 * M, end: 32 * M, state: 'locked' },
        { kind: 'presence', start: 32 * M, end: 34 * M, state: 'asleep' },
        { kind: 'pause', start: 34 * M, end: 35 * M, scope: 'tracking' },
      ]),
      0,
      60 * M,
    );
    expect(bands.map((b) => [b.group, b.color, b.start / M, b.end / M])).toEqual([
      ['gap', 'url(#timeline-gap)', 0, 10],
      ['work', '#0072B2', 10, 20],
      ['idle', 'url(#timeline-idle)', 20, 30],
      ['locked', 'url(#timeline-locked)', 30, 32],
      ['asleep', 'url(#timeline-asleep)', 32, 34],
      ['pause', 'url(#timeline-pause)', 34, 35],
      ['empty', 'transparent', 35, 60],
    ]);
    expect(bands[1]).toMatchObject({ detail: 'Code' });
  });

  it('never calls time no segment covers "not running": only the report’s gaps are', () => {
    const bands = timelineBands(
      timeline([{ kind: 'app', start: 10 * M, end: 20 * M, app: 'Code', category: 'work' }]),
      0,
      30 * M,
    );
    expect(bands.map((b) => b.group)).toEqual(['empty', 'work', 'empty']);
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
      ['empty', '', 9, 10],
    ]);
  });

  it('places each band along the bar by its share of the range', () => {
    const bands = timelineBands(
      timeline([{ kind: 'app', start: 10 * M, end: 20 * M, app: 'A', category: 'other' }]),
      0,
      40 * M,
    );
    expect(bandRects(bands, 100, 400)).toEqual([
      { x: 100, width: 100 },
      { x: 200, width: 100 },
      { x: 300, width: 200 },
    ]);
  });
});
