/**
 * Today's usage as a running total: seeded once from the store, then grown from the events the tracker records,
 * so the policy and the limit bar read one measurement without re-reading the day on every step. Pure: the
 * instant and the zone are passed in; main holds the value and does the reading.
 */
import { DateTime } from 'luxon';
import type { StoredEvent, UsageEvent } from '../../shared/domain/usage.ts';
import { clipToDay } from './limits.ts';

export interface TodayUsage {
  /** The local day the total is for, [start, end). */
  readonly day: { readonly start: number; readonly end: number };
  readonly zone: string;
  /** The latest instant seen: an earlier one means the clock was set back. */
  readonly seenUntil: number;
  /** Window events that reach into the day or later, by id (the tracker upserts a growing event). */
  readonly events: ReadonlyMap<string, UsageEvent>;
}

/** The start and end of the local day holding `at`. */
export function dayAround(at: number, zone: string): { start: number; end: number } {
  const start = DateTime.fromMillis(at, { zone }).startOf('day');
  return { start: start.toMillis(), end: start.plus({ days: 1 }).toMillis() };
}

const endOf = (e: UsageEvent) => e.start + e.duration;

function withEvents(usage: TodayUsage, events: readonly StoredEvent[]): TodayUsage {
  const next = new Map(usage.events);
  for (const e of events) {
    if (e.kind !== 'window') continue;
    // An event that ended before the day began never counts; an upsert replaces the earlier version.
    if (endOf(e) <= usage.day.start) next.delete(e.id);
    else next.set(e.id, { start: e.start, duration: e.duration, data: e.data });
  }
  return { ...usage, events: next };
}

/** The total for the day holding `at`, from that day's stored window events. */
export function seedTodayUsage(stored: readonly StoredEvent[], at: number, zone: string): TodayUsage {
  const empty: TodayUsage = { day: dayAround(at, zone), zone, seenUntil: at, events: new Map() };
  return withEvents(empty, stored);
}

/** Adds what the tracker just recorded. */
export function recordUsage(usage: TodayUsage, events: readonly StoredEvent[]): TodayUsage {
  return withEvents(usage, events);
}

/**
 * Moves the total to `at`: the same day stays; a later day (midnight passed, in the same zone) starts from the
 * events that reach into it. A clock set back, or a zone change that moves the day earlier, cannot be answered
 * from memory: 'reseed' says the day must be read from the store again.
 */
export function advanceUsage(usage: TodayUsage, at: number, zone: string): TodayUsage | 'reseed' {
  if (at < usage.seenUntil) return 'reseed';
  const day = dayAround(at, zone);
  if (day.start === usage.day.start && zone === usage.zone) return { ...usage, seenUntil: at };
  if (zone !== usage.zone || day.start < usage.day.end) return 'reseed';
  const events = new Map([...usage.events].filter(([, e]) => endOf(e) > day.start));
  return { day, zone, seenUntil: at, events };
}

/** The day's window events up to `at`, clipped to the day: what limits count. */
export function usageUntil(usage: TodayUsage, at: number): UsageEvent[] {
  return clipToDay([...usage.events.values()], usage.day.start, Math.min(at, usage.day.end));
}
