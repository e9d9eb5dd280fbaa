import { describe, expect, it } from 'vitest';
import { attentionSegments } from '../../../../electron/core/reports/attention.ts';
import { dayTimeline } from '../../../../electron/core/reports/timeline.ts';
import type { TimelineSegment } from '../../../../electron/shared/contract/reports.ts';
import type { PresenceState, StoredEvent } from '../../../../electron/shared/domain/usage.ts';

const M = 60_000;
const t = (minute: number) => minute * M;
const categorise = () => 'work' as const;

const window = (from: number, to: number): Extract<StoredEvent, { kind: 'window' }> => ({
  id: `w${from}`,
  kind: 'window',
  start: t(from),
  duration: t(to - from),
  data: { app: 'Code' },
});
const presence = (from: number, to: number, state: PresenceState) => ({
  start: t(from),
  duration: t(to - from),
  data: { state },
});
const ran = (from: number, to: number) => ({ start: t(from), duration: t(to - from) });
const shape = (segments: TimelineSegment[]) =>
  segments.map((s) => [
    s.kind === 'presence' ? s.state : s.kind === 'gap' ? 'not-running' : s.kind,
    s.start / M,
    s.end / M,
  ]);

describe('dayTimeline: away states and not running', () => {
  // Balans ran 0–100 and 120–200; the window covers all of it; idle, locked and asleep come from presence.
  const windows = [window(0, 100), window(120, 200)];
  const away = [presence(10, 20, 'idle'), presence(30, 45, 'locked'), presence(60, 90, 'asleep')];
  const range = { start: 0, end: t(240) };
  const segments = dayTimeline(
    {
      attention: attentionSegments(windows, away, range),
      presence: away,
      running: [ran(0, 100), ran(120, 200)],
      pauses: [],
      range,
    },
    categorise,
  );

  it('keeps idle, locked and asleep apart, each from its presence event', () => {
    expect(shape(segments)).toEqual([
      ['app', 0, 10],
      ['idle', 10, 20],
      ['app', 20, 30],
      ['locked', 30, 45],
      ['app', 45, 60],
      ['asleep', 60, 90],
      ['app', 90, 100],
      ['not-running', 100, 120],
      ['app', 120, 200],
      ['not-running', 200, 240],
    ]);
  });

  it('calls time with no record at all "not running", never idle, even with no presence event', () => {
    const quiet = dayTimeline(
      { attention: [], presence: [], running: [ran(50, 60)], pauses: [], range },
      categorise,
    );
    expect(shape(quiet)).toEqual([
      ['not-running', 0, 50],
      ['not-running', 60, 240],
    ]);
  });

  it('shows an away state recorded while Balans ran as that state, not as a gap', () => {
    const asleep = [presence(100, 120, 'asleep')];
    const slept = dayTimeline(
      { attention: [], presence: asleep, running: [ran(0, 240)], pauses: [], range },
      categorise,
    );
    expect(shape(slept)).toEqual([['asleep', 100, 120]]);
  });
});
