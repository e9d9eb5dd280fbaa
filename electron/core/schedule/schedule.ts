/**
 * The schedule engine: for any instant, which profile is active, which windows are open, what each category
 * triggers and what changes next. Pure: the caller passes the instant (from an injected Clock).
 *
 * Overlap rule: when windows overlap, the most restrictive kind wins (family time > downtime > focus > office
 * hours); between windows of the same kind the higher `priority` wins, then the one that opened first, then the
 * lower id. Only the winner decides what categories trigger; the others are reported as overlaps
 * ({winner, overridden, until}) so the UI can say "Family time overrides Focus until 20:00".
 *
 * Active profile: a manual switch in force, else the winning window's profile, else the default profile. A
 * manual switch changes the profile only: open windows (and a family-time overlay) stay open.
 *
 * Local time (Luxon, in the settings' zone; 'system' follows the computer's zone): weekly windows are wall-clock
 * times, so a window keeps its local hours across DST and across a change of zone, and a window that spans a
 * clock change lasts an hour more or less in real time. A start or end the clocks skip (02:30 on a
 * spring-forward day) moves forward by the skipped length (03:30); a time that happens twice (02:30 on a
 * fall-back day) means its first occurrence (both as in RFC 5545). A window that becomes empty that way
 * (02:00–03:00 on a spring-forward day) does not happen that day. Skip dates and weekdays refer to the local
 * date on which an occurrence starts. Details and examples: docs/schedule.md.
 */
import type { ScheduleState, ScheduleTransition } from '../../shared/domain/schedule-state.ts';
import type { Settings } from '../../shared/domain/settings.ts';
import { checkZone, DAY } from './local-time.ts';
import { occurrencesBetween, planWindows, type WindowPlan } from './occurrences.ts';
import { snapshotContext, snapshotOf, type ActiveManualSwitch, type SnapshotContext } from './snapshot.ts';

/** How far ahead `stateAt` looks for the next change when weekly windows exist (they repeat every week). */
const LOOK_AHEAD = 400 * DAY;
/** Weekly windows are expanded a little over a week at a time while looking ahead. */
const CHUNK = 8 * DAY;

interface Prepared {
  plan: WindowPlan;
  ctx: SnapshotContext;
  manual: ActiveManualSwitch | null;
}

/** The schedule at an instant (ms since epoch), with the next transition after it (null if none within a year). */
export function stateAt(settings: Settings, instant: number): ScheduleState {
  const prepared = prepare(settings);
  const open = occurrencesBetween(prepared.plan, instant, instant).filter(
    (o) => o.start <= instant && instant < o.end,
  );
  const snapshot = snapshotOf(prepared.ctx, open, manualAt(prepared.manual, instant));
  return { at: instant, ...snapshot, next: nextTransition(prepared, instant) };
}

/** Every change of the schedule in (from, to], in strictly increasing order; each holds until the next. */
export function transitions(settings: Settings, from: number, to: number): ScheduleTransition[] {
  return sweep(prepare(settings), from, to);
}

function prepare(settings: Settings): Prepared {
  checkZone(settings.timeZone);
  const plan = planWindows(settings.windows, settings.timeZone);
  return { plan, ctx: snapshotContext(settings), manual: resolveManualSwitch(settings, plan) };
}

/** A manual switch as instants; one without `until` ends at the first scheduled change after it was made. */
function resolveManualSwitch(settings: Settings, plan: WindowPlan): ActiveManualSwitch | null {
  const manual = settings.manualSwitch;
  if (!manual) return null;
  if (manual.until !== null)
    return manual.until > manual.setAt ? { ...manual, start: manual.setAt, end: manual.until } : null;
  return { profileId: manual.profileId, start: manual.setAt, end: nextWindowBoundary(plan, manual.setAt) };
}

function manualAt(manual: ActiveManualSwitch | null, t: number): ActiveManualSwitch | null {
  return manual && manual.start <= t && (manual.end === null || t < manual.end) ? manual : null;
}

/** The first instant after `after` at which a window opens or closes, or null if none does. */
function nextWindowBoundary(plan: WindowPlan, after: number): number | null {
  const horizon = lookAheadLimit(plan, after, null);
  const step = chunkSize(plan, after, horizon);
  let best = Infinity;
  for (let from = after; from < horizon; from += step) {
    const to = Math.min(from + step, horizon);
    for (const o of occurrencesBetween(plan, from, to)) {
      const boundary = o.start > after ? o.start : o.end;
      if (boundary > after && boundary < best) best = boundary;
    }
    // A window already open may close after `to`; a later chunk can still hold an earlier opening.
    if (best <= to) break;
  }
  return best === Infinity ? null : best;
}

/** The first transition after `instant`, looking ahead chunk by chunk. */
function nextTransition(prepared: Prepared, instant: number): ScheduleTransition | null {
  const horizon = lookAheadLimit(prepared.plan, instant, prepared.manual);
  const step = chunkSize(prepared.plan, instant, horizon);
  for (let from = instant; from < horizon; from += step) {
    const found = sweep(prepared, from, Math.min(from + step, horizon), 1);
    if (found[0]) return found[0];
  }
  return null;
}

function lookAheadLimit(plan: WindowPlan, after: number, manual: ActiveManualSwitch | null): number {
  let limit = plan.weekly.length > 0 ? after + LOOK_AHEAD : after;
  for (const o of plan.oneOff) limit = Math.max(limit, o.end);
  if (manual) limit = Math.max(limit, manual.start, manual.end ?? 0);
  return limit;
}

/** Without weekly windows, one step covers everything (one-off windows cost the same in any range). */
function chunkSize(plan: WindowPlan, from: number, horizon: number): number {
  return plan.weekly.length > 0 ? CHUNK : Math.max(horizon - from, 1);
}

/**
 * Walks the boundaries in (from, to]: at each, some window opens or closes or the manual switch starts or ends,
 * so every boundary is a change (occurrences are never empty and a window id opens at most once per instant).
 */
function sweep(prepared: Prepared, from: number, to: number, limit = Infinity): ScheduleTransition[] {
  if (!(to > from)) return [];
  const occurrences = occurrencesBetween(prepared.plan, from, to).sort((a, b) => a.start - b.start);
  const inRange = (t: number) => t > from && t <= to;
  const boundaries: number[] = [];
  for (const o of occurrences) {
    if (inRange(o.start)) boundaries.push(o.start);
    if (inRange(o.end)) boundaries.push(o.end);
  }
  const manual = prepared.manual;
  if (manual && inRange(manual.start)) boundaries.push(manual.start);
  if (manual?.end != null && inRange(manual.end)) boundaries.push(manual.end);
  boundaries.sort((a, b) => a - b);

  const result: ScheduleTransition[] = [];
  let open = occurrences.filter((o) => o.start <= from && o.end > from);
  let next = occurrences.findIndex((o) => o.start > from);
  if (next < 0) next = occurrences.length;
  let previous = NaN;
  for (const at of boundaries) {
    if (at === previous) continue;
    previous = at;
    while (next < occurrences.length && occurrences[next]!.start <= at) open.push(occurrences[next++]!);
    open = open.filter((o) => o.end > at);
    result.push({ at, state: snapshotOf(prepared.ctx, open, manualAt(manual, at)) });
    if (result.length >= limit) break;
  }
  return result;
}
