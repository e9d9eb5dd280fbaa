import { describe, expect, it } from 'vitest';
import { pausesReport } from '../../../../electron/core/reports/pauses.ts';
import type { StoredEvent } from '../../../../electron/shared/domain/usage.ts';

type Pause = Extract<StoredEvent, { kind: 'pause' }>;
const M = 60_000;
const pause = (id: string, start: number, minutes: number, data: Pause['data']): Pause => ({
  id,
  kind: 'pause',
  start: start * M,
  duration: minutes * M,
  data,
});

describe('pausesReport', () => {
  it('lists pauses oldest first, cut to the range, and totals them per reason', () => {
    const report = pausesReport(
      [
        pause('3', 300, 10, { scope: 'tracking', reason: 'walk', profileId: 'private' }),
        pause('1', -20, 30, { scope: 'everything', reason: ' walk ' }),
        pause('2', 100, 15, { scope: 'window' }),
        pause('4', 990, 30, { scope: 'tracking', reason: '' }),
      ],
      { start: 0, end: 1000 * M },
    );
    expect(report.pauses).toEqual([
      { start: 0, end: 10 * M, scope: 'everything', reason: 'walk' },
      { start: 100 * M, end: 115 * M, scope: 'window' },
      { start: 300 * M, end: 310 * M, scope: 'tracking', reason: 'walk', profileId: 'private' },
      { start: 990 * M, end: 1000 * M, scope: 'tracking' },
    ]);
    expect(report.totalMs).toBe(45 * M);
    expect(report.byReason).toEqual([
      { reason: null, count: 2, ms: 25 * M },
      { reason: 'walk', count: 2, ms: 20 * M },
    ]);
  });

  it('leaves out pauses entirely outside the range', () => {
    const report = pausesReport([pause('1', 0, 10, { scope: 'tracking', reason: 'lunch' })], {
      start: 10 * M,
      end: 20 * M,
    });
    expect(report).toEqual({ pauses: [], totalMs: 0, byReason: [] });
  });
});
