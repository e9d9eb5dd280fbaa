import { BOUNDARY_ACTIONS, type BoundaryAction, type Profile } from '../../shared/domain/profiles.ts';
import type { WindowKind } from '../../shared/domain/focus-windows.ts';
import type { ScheduleSnapshot } from '../../shared/domain/schedule-state.ts';
import type { Settings } from '../../shared/domain/settings.ts';
import { BUILT_IN_CATEGORIES, type CategoryId } from '../../shared/domain/usage.ts';
import type { Occurrence } from './occurrences.ts';

/** How restrictive each kind is; the more restrictive open window wins an overlap. */
export const KIND_RANK: Record<WindowKind, number> = {
  'office-hours': 0,
  focus: 1,
  downtime: 2,
  'family-time': 3,
};

/** The categories office hours are about: used freely inside them, nudged outside them. */
const OFFICE_HOURS_CATEGORIES: readonly CategoryId[] = ['communication', 'social'];

/** A manual switch resolved to real instants. */
export interface ActiveManualSwitch {
  profileId: string;
  start: number;
  /** null: no scheduled change ever ends it. */
  end: number | null;
}

/** What the snapshot needs from the settings, looked up once per computation. */
export interface SnapshotContext {
  defaultProfileId: string;
  profiles: Map<string, Profile>;
  categories: CategoryId[];
  /** Profiles that have office hours somewhere in the week. */
  withOfficeHours: Set<string>;
}

/** Indexes the settings for snapshot building. */
export function snapshotContext(settings: Settings): SnapshotContext {
  return {
    defaultProfileId: settings.defaultProfileId,
    profiles: new Map(settings.profiles.map((p) => [p.id, p])),
    categories: [...BUILT_IN_CATEGORIES, ...settings.categories.map((c) => c.id)],
    withOfficeHours: new Set(
      settings.windows.filter((w) => w.kind === 'office-hours').map((w) => w.profileId),
    ),
  };
}

/**
 * Orders open windows so the winner comes first: the more restrictive kind, then the higher priority, then the
 * one that opened first, then the id (so the order never depends on how the list was built).
 */
export function byPrecedence(a: Occurrence, b: Occurrence): number {
  return (
    KIND_RANK[b.kind] - KIND_RANK[a.kind] ||
    b.priority - a.priority ||
    a.start - b.start ||
    (a.windowId < b.windowId ? -1 : a.windowId > b.windowId ? 1 : 0)
  );
}

/** The state that holds while exactly these windows are open and this manual switch (if any) is in force. */
export function snapshotOf(
  ctx: SnapshotContext,
  open: readonly Occurrence[],
  manual: ActiveManualSwitch | null,
): ScheduleSnapshot {
  const ranked = [...open].sort(byPrecedence);
  const winner = ranked[0];
  const profileId = manual?.profileId ?? winner?.profileId ?? ctx.defaultProfileId;
  const blocking = winner?.kind === 'family-time' || winner?.kind === 'downtime';
  return {
    profileId,
    profileSource: manual ? 'manual' : winner ? 'schedule' : 'default',
    windows: ranked.map((o) => ({
      windowId: o.windowId,
      kind: o.kind,
      profileId: o.profileId,
      start: o.start,
      end: o.end,
    })),
    overlaps: winner
      ? ranked.slice(1).map((o) => ({
          winner: winner.windowId,
          winnerKind: winner.kind,
          overridden: o.windowId,
          overriddenKind: o.kind,
          until: Math.min(winner.end, o.end),
        }))
      : [],
    triggers: triggersFor(ctx, winner?.kind ?? null, profileId),
    overlay:
      winner && blocking
        ? {
            kind: winner.kind as 'family-time' | 'downtime',
            windowId: winner.windowId,
            until: winner.end,
            pinRequired: winner.kind === 'family-time',
          }
        : null,
    manualSwitch: manual ? { profileId: manual.profileId, until: manual.end } : null,
  };
}

/**
 * What each category triggers. Family time and downtime block everything (the overlay covers the screen). In a
 * focus window each category gets the active profile's action. Office hours free communication and social;
 * outside them, a profile that has office hours nudges those two at least.
 */
export function triggersFor(
  ctx: SnapshotContext,
  kind: WindowKind | null,
  profileId: string,
): Record<CategoryId, BoundaryAction> {
  const actions = ctx.profiles.get(profileId)?.actions ?? {};
  const nudgeOutsideOfficeHours = kind !== 'office-hours' && ctx.withOfficeHours.has(profileId);
  const triggers = {} as Record<CategoryId, BoundaryAction>;
  for (const category of ctx.categories) {
    let action: BoundaryAction = 'nothing';
    if (kind === 'family-time' || kind === 'downtime') action = 'block';
    else if (kind === 'focus') action = actions[category] ?? 'nothing';
    else if (kind === 'office-hours')
      action = OFFICE_HOURS_CATEGORIES.includes(category) ? 'nothing' : (actions[category] ?? 'nothing');
    if (nudgeOutsideOfficeHours && OFFICE_HOURS_CATEGORIES.includes(category))
      action = stricter(action, 'nudge');
    triggers[category] = action;
  }
  return triggers;
}

function stricter(a: BoundaryAction, b: BoundaryAction): BoundaryAction {
  return BOUNDARY_ACTIONS.indexOf(a) >= BOUNDARY_ACTIONS.indexOf(b) ? a : b;
}
