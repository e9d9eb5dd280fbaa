import {
  CHECK_KINDS,
  type CheckKind,
  type ChecksReport,
  type ChecksSplit,
  type HourChecks,
} from '../../shared/contract/reports.ts';
import type { AttentionSegment } from './attention.ts';
import { memoCategorise, type Categorise } from './categorise.ts';
import { periodIndex, splitAtPeriods, type Period } from './periods.ts';

/**
 * Segments of one kind closer than this count as one visit: moving from the chat app to the mail app, or a title
 * change inside one, is not a new check.
 */
export const SAME_VISIT_MS = 1000;

/** One check: the moment attention moved into an app of `kind`. */
export interface Check {
  at: number;
  kind: CheckKind;
}

/** One local day's checks as a range needs them: a median over days needs the gaps themselves, not medians. */
export interface DayChecks {
  day: string;
  /** Attention time in the day (any app): what "per active hour" divides by. */
  activeMs: number;
  /** Per kind of CHECK_KINDS, in that order: the checks and the start-to-start gaps between them that day. */
  byKind: { kind: CheckKind; checks: number; gapsMs: number[] }[];
}

const isKind = (category: string): category is CheckKind =>
  (CHECK_KINDS as readonly string[]).includes(category);

/**
 * The checks in a sorted run of segments: each time attention moves into a communication or social app from
 * anything that is not that kind (another category, the other kind, or being away). The one place a check is
 * decided; every figure below counts these.
 */
export function checksIn(segments: readonly AttentionSegment[], categorise: Categorise): Check[] {
  const checks: Check[] = [];
  let previous: { end: number; category: string } | undefined;
  for (const segment of segments) {
    const category = categorise(segment.data);
    const continues =
      previous !== undefined &&
      previous.category === category &&
      segment.start - previous.end <= SAME_VISIT_MS;
    if (isKind(category) && !continues) checks.push({ at: segment.start, kind: category });
    previous = { end: segment.end, category };
  }
  return checks;
}

const gapsOf = (starts: readonly number[]): number[] => starts.slice(1).map((at, i) => at - starts[i]!);

/**
 * Each day's checks, active time and gaps per kind; `days` are local days, sorted and contiguous. Segments are cut
 * at midnight and each day is counted on its own, as the per-day facts count it: a visit over midnight is a check on
 * both days.
 */
export function dayChecks(
  segments: readonly AttentionSegment[],
  days: readonly Period[],
  categorise: Categorise,
): (DayChecks & { checks: Check[] })[] {
  const category = memoCategorise(categorise);
  const own: AttentionSegment[][] = days.map(() => []);
  const sorted = [...segments].sort((a, b) => a.start - b.start);
  for (const piece of splitAtPeriods(sorted, days)) own[periodIndex(days, piece.start)]?.push(piece);
  return days.map((day, index) => {
    const pieces = own[index]!;
    const checks = checksIn(pieces, category);
    return {
      day: day.key,
      activeMs: pieces.reduce((sum, s) => sum + s.end - s.start, 0),
      checks,
      byKind: CHECK_KINDS.map((kind) => {
        const starts = checks.filter((c) => c.kind === kind).map((c) => c.at);
        return { kind, checks: starts.length, gapsMs: gapsOf(starts) };
      }),
    };
  });
}

/**
 * The split figures of a day or a range from its days: checks and active time are summed, and the median gap is
 * taken over every day's gaps together (a gap never spans two days).
 */
export function combineChecks(days: readonly Pick<DayChecks, 'activeMs' | 'byKind'>[]): ChecksSplit {
  const activeMs = days.reduce((sum, d) => sum + d.activeMs, 0);
  return {
    activeMs,
    byKind: CHECK_KINDS.map((kind) => {
      const mine = days.map((d) => d.byKind.find((k) => k.kind === kind)!);
      const checks = mine.reduce((sum, k) => sum + k.checks, 0);
      return {
        kind,
        checks,
        perActiveHour: activeMs === 0 ? null : checks / (activeMs / 3_600_000),
        medianMsBetweenChecks: median(mine.flatMap((k) => k.gapsMs)),
      };
    }),
  };
}

/** The local days the hours fall in, as periods (hours are sorted and contiguous). */
function daysOfHours(hours: readonly Period[]): Period[] {
  const days: Period[] = [];
  for (const hour of hours) {
    const key = hour.key.slice(0, 10);
    const last = days.at(-1);
    if (last?.key === key) last.end = hour.end;
    else days.push({ key, start: hour.start, end: hour.end });
  }
  return days;
}

/**
 * Checks per hour, in all and per kind, over the days `hours` cover. The overall median is taken over start-to-start
 * times of consecutive checks (of either kind) on the same day.
 */
export function checksReport(
  segments: readonly AttentionSegment[],
  hours: readonly Period[],
  zone: string,
  categorise: Categorise,
): ChecksReport {
  const perHour: HourChecks[] = hours.map((h) => ({
    hour: h.key,
    start: h.start,
    checks: 0,
    byKind: { communication: 0, social: 0 },
  }));
  const days = dayChecks(segments, daysOfHours(hours), categorise);
  const between: number[] = [];
  for (const day of days) {
    for (const check of day.checks) {
      const hour = perHour[periodIndex(hours, check.at)]!;
      hour.checks++;
      hour.byKind[check.kind]++;
    }
    between.push(...gapsOf(day.checks.map((c) => c.at)));
  }
  return {
    zone,
    perHour,
    totalChecks: days.reduce((sum, d) => sum + d.checks.length, 0),
    medianMsBetweenChecks: median(between),
    split: combineChecks(days),
  };
}

/** The median, averaging the two middle values of an even count; null when empty. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
