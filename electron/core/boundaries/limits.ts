import type {
  DailyLimit,
  LimitProgress,
  LimitStage,
  LimitTarget,
  Profile,
} from '../../shared/domain/profiles.ts';
import type { CategoryId, Observation, UsageEvent } from '../../shared/domain/usage.ts';
import { appKey } from '../sites/app-name.ts';
import { normaliseSite, siteWithin } from '../sites/site.ts';

/** The share of a limit at which the heads-up comes. */
export const HEADS_UP_SHARE = 0.8;

/** How to read an observation for limits: its category (the site is the observation's own field). */
export interface ObservationReader {
  categoryOf(observation: Observation): CategoryId;
}

/** One daily limit measured against today's time. */
export interface LimitReading {
  limit: DailyLimit;
  key: string;
  usedMs: number;
  /** The observation in front of the user counts towards this limit. */
  current: boolean;
}

/** A stable key per limit target, for announcing each limit once a day. */
export function limitKey(target: LimitTarget): string {
  switch (target.kind) {
    case 'category':
      return `category:${target.category}`;
    case 'app':
      return `app:${appKey(target.app)}`;
    case 'site':
      return `site:${normaliseSite(target.site)}`;
  }
}

function counts(target: LimitTarget, observation: Observation, reader: ObservationReader): boolean {
  switch (target.kind) {
    case 'category':
      return reader.categoryOf(observation) === target.category;
    case 'app':
      return appKey(observation.app) === appKey(target.app);
    case 'site':
      return siteWithin(observation.site, target.site);
  }
}

/**
 * Reads every limit of the profile against today's events (stored plus live, already clipped to today) and the
 * observation in front of the user.
 */
export function readLimits(
  profile: Pick<Profile, 'limits'> | undefined,
  today: readonly UsageEvent[],
  observation: Observation | null,
  reader: ObservationReader,
): LimitReading[] {
  return (profile?.limits ?? []).map((limit) => {
    let usedMs = 0;
    for (const event of today) if (counts(limit.target, event.data, reader)) usedMs += event.duration;
    return {
      limit,
      key: limitKey(limit.target),
      usedMs,
      current: observation !== null && counts(limit.target, observation, reader),
    };
  });
}

/** Where a reading stands: under 80 %, past the heads-up, or at the limit. */
export function limitStage(reading: Pick<LimitReading, 'limit' | 'usedMs'>): LimitStage {
  const limitMs = reading.limit.minutesPerDay * 60_000;
  if (reading.usedMs >= limitMs) return 'reached';
  return reading.usedMs >= limitMs * HEADS_UP_SHARE ? 'heads-up' : 'under';
}

/** The events of one day up to `to`, clipped to [from, to): limits count that day's time only. */
export function clipToDay(events: readonly UsageEvent[], from: number, to: number): UsageEvent[] {
  const clipped: UsageEvent[] = [];
  for (const e of events) {
    const start = Math.max(from, e.start);
    const end = Math.min(to, e.start + e.duration);
    if (end > start) clipped.push({ start, duration: end - start, data: e.data });
  }
  return clipped;
}

/**
 * Progress toward each daily limit of the profile: the same readings and stages the policy acts on, so the bar
 * a screen draws reaches 100 % at the minute the nudge comes.
 */
export function limitProgress(
  profile: Pick<Profile, 'limits'> | undefined,
  day: readonly UsageEvent[],
  reader: ObservationReader,
): LimitProgress[] {
  return readLimits(profile, day, null, reader).map((reading) => ({
    limit: reading.limit,
    usedMs: reading.usedMs,
    allowedMs: reading.limit.minutesPerDay * 60_000,
    stage: limitStage(reading),
  }));
}
