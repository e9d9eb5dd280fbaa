import { describe, expect, it } from 'vitest';
import { attentionSegments } from '../../../../electron/core/reports/attention.ts';
import { checksReport } from '../../../../electron/core/reports/checks.ts';
import { boundaryCrossings, withinProfile } from '../../../../electron/core/reports/crossings.ts';
import { longestFocusStretch } from '../../../../electron/core/reports/focus-stretch.ts';
import { periodsIn } from '../../../../electron/core/reports/periods.ts';
import { dayTimeline } from '../../../../electron/core/reports/timeline.ts';
import { periodTotals, piecesOf } from '../../../../electron/core/reports/totals.ts';
import type { StoredEvent } from '../../../../electron/shared/domain/usage.ts';
import {
  at,
  categorise,
  DAY_END,
  DAY_START,
  intervals,
  pauses,
  presence,
  running,
  windows,
  ZONE,
} from '../../../fixtures/day-fixture.ts';

const S = 1000;
const M = 60 * S;
const range = { start: DAY_START, end: DAY_END };
const windowEvents = windows as Extract<StoredEvent, { kind: 'window' }>[];
const attention = attentionSegments(windowEvents, presence, range);

describe('reports on the fixture day (figures computed by hand in day-fixture.ts terms)', () => {
  it('attributes 7 h 45 min: 10 h running minus the lunch gap, idle, lock, pause and the last idle', () => {
    // 36000 s (08–18) − 3600 gap − 1200 idle − 600 locked − 1800 pause − 900 idle = 27900 s
    expect(attention.reduce((sum, s) => sum + s.end - s.start, 0)).toBe(27_900 * S);
  });

  it('totals the day per category, app and site', () => {
    const [day] = periodTotals(
      piecesOf(attention, periodsIn(range, 'day', ZONE)),
      periodsIn(range, 'day', ZONE),
      categorise,
    );
    expect(day!.period).toBe('2025-03-04');
    expect(day!.totalMs).toBe(27_900 * S);
    expect(day!.byCategory).toEqual([
      { category: 'work', ms: 23_610 * S }, // Code 21810 s + GitHub 1800 s
      { category: 'social', ms: 2400 * S }, // x.com 600 s + reddit 1800 s
      { category: 'communication', ms: 1890 * S }, // Slack 1410 s + Mail 480 s
    ]);
    expect(day!.byApp).toEqual([
      { app: 'Code', category: 'work', ms: 21_810 * S },
      { app: 'Firefox', category: 'social', ms: 2400 * S },
      { app: 'Firefox', category: 'work', ms: 1800 * S },
      { app: 'Slack', category: 'communication', ms: 1410 * S },
      { app: 'Mail', category: 'communication', ms: 480 * S },
    ]);
    expect(day!.bySite).toEqual([
      { site: 'github.com', category: 'work', ms: 1800 * S },
      { site: 'reddit.com', category: 'social', ms: 1800 * S },
      { site: 'x.com', category: 'social', ms: 600 * S },
    ]);
  });

  it('totals per local hour, with idle time missing from the 10:00 hour', () => {
    const hours = periodsIn(range, 'hour', ZONE);
    expect(hours).toHaveLength(24);
    const totals = periodTotals(piecesOf(attention, hours), hours, categorise);
    const hour = (h: number) => totals.find((t) => t.start === at(h))!;
    expect(hour(8).period).toBe('2025-03-04T08:00+01:00');
    expect(hour(8).totalMs).toBe(60 * M);
    expect(hour(10).totalMs).toBe(40 * M); // 10:20–10:30 Code, Slack 2, Mail 8, 10:40–11:00 Code
    expect(hour(12).totalMs).toBe(0);
    expect(hour(15).totalMs).toBe(30 * M); // paused until 15:30
  });

  it('restricts totals to a profile’s hours', () => {
    const work = withinProfile(attention, intervals, 'work');
    expect(work.reduce((sum, s) => sum + s.end - s.start, 0)).toBe((27_900 - 900) * S); // not 17:30–17:45 Code
  });

  it('builds the timeline: gaps, away time and the pause shown as such, apps in between', () => {
    const segments = dayTimeline({ attention, presence, running, pauses, range }, categorise);
    const brief = segments.map((s) => [
      s.kind === 'app' ? s.app : s.kind === 'presence' ? s.state : s.kind,
      localTime(s.start),
      localTime(s.end),
    ]);
    expect(brief).toEqual([
      ['gap', '00:00:00', '08:00:00'],
      ['Code', '08:00:00', '08:30:00'],
      ['Slack', '08:30:00', '08:30:20'],
      ['Code', '08:30:20', '09:10:00'],
      ['Firefox', '09:10:00', '09:15:00'],
      ['Firefox', '09:15:00', '09:45:00'],
      ['Code', '09:45:00', '10:00:00'],
      ['idle', '10:00:00', '10:20:00'],
      ['Code', '10:20:00', '10:30:00'],
      ['Slack', '10:30:00', '10:32:00'],
      ['Mail', '10:32:00', '10:40:00'],
      ['Code', '10:40:00', '11:40:00'],
      ['Slack', '11:40:00', '12:00:00'],
      ['gap', '12:00:00', '13:00:00'],
      ['locked', '13:00:00', '13:10:00'],
      ['Code', '13:10:00', '14:00:00'],
      ['Firefox', '14:00:00', '14:05:00'],
      ['Slack', '14:05:00', '14:06:00'],
      ['Code', '14:06:00', '15:00:00'],
      ['pause', '15:00:00', '15:30:00'],
      ['Code', '15:30:00', '16:30:00'],
      ['Slack', '16:30:00', '16:30:10'],
      ['Code', '16:30:10', '17:00:00'],
      ['Firefox', '17:00:00', '17:30:00'],
      ['Code', '17:30:00', '17:45:00'],
      ['idle', '17:45:00', '18:00:00'],
      ['gap', '18:00:00', '24:00:00'],
    ]);
    expect(segments.find((s) => s.kind === 'app' && s.site === 'reddit.com')).toMatchObject({
      category: 'social',
    });
  });

  it('counts 8 checks, 5 of communication and 3 of social, and the median gaps of each', () => {
    const report = checksReport(attention, periodsIn(range, 'hour', ZONE), ZONE, categorise);
    // Into chat at 08:30, 10:30 (Mail at 10:32 continues it), 11:40, 14:05 (straight from x.com: a chat check of
    // its own), 16:30; into social at 09:10, 14:00, 17:00. Start-to-start of either kind: 40, 80, 70, 140, 5, 145,
    // 30 min → median 70.
    expect(report.totalChecks).toBe(8);
    expect(report.medianMsBetweenChecks).toBe(70 * M);
    const perHour = Object.fromEntries(
      report.perHour.filter((h) => h.checks > 0).map((h) => [h.hour.slice(11, 13), h.checks]),
    );
    expect(perHour).toEqual({ '08': 1, '09': 1, '10': 1, '11': 1, '14': 2, '16': 1, '17': 1 });
    expect(report.perHour.find((h) => h.hour.slice(11, 13) === '14')!.byKind).toEqual({
      communication: 1,
      social: 1,
    });
    // 7 h 45 min of attention. Chat gaps 120, 70, 145, 145 → (120 + 145) / 2; social gaps 290, 180 → 235.
    expect(report.split).toEqual({
      activeMs: 27_900 * S,
      byKind: [
        { kind: 'communication', checks: 5, perActiveHour: 5 / 7.75, medianMsBetweenChecks: 132.5 * M },
        { kind: 'social', checks: 3, perActiveHour: 3 / 7.75, medianMsBetweenChecks: 235 * M },
      ],
    });
  });

  it('finds work in private hours and social time in the focus window', () => {
    const crossings = boundaryCrossings(attention, intervals, categorise);
    expect(crossings.workInPrivateMs).toBe(15 * M); // Code 17:30–17:45
    expect(crossings.socialInFocusMs).toBe(5 * M); // x.com 14:00–14:05
    expect(crossings.segments).toEqual([
      { kind: 'social-in-focus', start: at(14), end: at(14, 5), app: 'Firefox', site: 'x.com' },
      { kind: 'work-in-private', start: at(17, 30), end: at(17, 45), app: 'Code' },
    ]);
  });

  it('finds the longest focus stretch, tolerating a 10 s glance at Slack', () => {
    const { longest, toleranceMs } = longestFocusStretch(attention, categorise);
    expect(toleranceMs).toBe(30 * S);
    // 15:30–17:00: 60 min + 29 min 50 s of Code around 10 s of Slack.
    expect(longest).toEqual({ start: at(15, 30), end: at(17), workMs: 5390 * S, interruptions: 1 });
  });

  it('with no tolerance, the same glance splits the stretch and the earliest full hour wins', () => {
    const { longest } = longestFocusStretch(attention, categorise, 0);
    expect(longest).toEqual({ start: at(10, 40), end: at(11, 40), workMs: 60 * M, interruptions: 0 });
  });
});

function localTime(ms: number): string {
  const seconds = Math.round((ms - DAY_START) / S);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
}
