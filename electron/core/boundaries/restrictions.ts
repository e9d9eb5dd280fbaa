import type { BoundaryNotice, NudgeView, OverlayView } from '../../shared/domain/boundaries.ts';
import { BOUNDARY_ACTIONS, type BoundaryAction, type Profile } from '../../shared/domain/profiles.ts';
import type { OpenWindow } from '../../shared/domain/schedule-state.ts';
import type { CategoryId, Observation, UsageEvent } from '../../shared/domain/usage.ts';
import { limitStage, readLimits, type ObservationReader } from './limits.ts';

/** The stricter of two boundary actions (nothing < notify < nudge < block). */
export function stricter(a: BoundaryAction, b: BoundaryAction): BoundaryAction {
  return BOUNDARY_ACTIONS.indexOf(a) >= BOUNDARY_ACTIONS.indexOf(b) ? a : b;
}

/** What the app or site in front of the user calls for now. */
export interface Restriction {
  action: BoundaryAction;
  reason: 'window' | 'limit';
  category: CategoryId;
  /** The site when there is one, else the app: what the user would call it. */
  subject: string;
}

export interface RestrictionInput {
  observation: Observation;
  category: CategoryId;
  reader: ObservationReader;
  profile: Profile | undefined;
  /** What the winning window makes of the category ('nothing' when it is paused or none is open). */
  windowAction: BoundaryAction;
  today: readonly UsageEvent[];
  /** Limits already announced today, by key; updated in place by the caller with the returned announcements. */
  announced: Readonly<Record<string, 'heads-up' | 'reached'>>;
}

export interface RestrictionOutcome {
  restriction: Restriction;
  /** Heads-ups (80 %) and limit-reached notices due now, once a day each. */
  notices: BoundaryNotice[];
  announced: Record<string, 'heads-up' | 'reached'>;
}

/**
 * Combines the window's trigger with the profile's daily limits. A reached limit triggers the profile's action
 * for the limit's category (at least a notification: a limit the user set should never pass silently).
 */
export function restrictionFor(input: RestrictionInput): RestrictionOutcome {
  const { observation, category, profile } = input;
  const notices: BoundaryNotice[] = [];
  const announced = { ...input.announced };
  let limitAction: BoundaryAction = 'nothing';
  for (const reading of readLimits(profile, input.today, observation, input.reader)) {
    const stage = limitStage(reading);
    const { target, minutesPerDay } = reading.limit;
    if (stage === 'heads-up' && !announced[reading.key]) {
      announced[reading.key] = 'heads-up';
      const minutesLeft = Math.ceil((minutesPerDay * 60_000 - reading.usedMs) / 60_000);
      notices.push({ key: 'limit-heads-up', target, minutesPerDay, minutesLeft });
    }
    if (stage === 'reached' && announced[reading.key] !== 'reached') {
      announced[reading.key] = 'reached';
      notices.push({ key: 'limit-reached', target, minutesPerDay });
    }
    if (stage === 'reached' && reading.current) {
      const targetCategory = target.kind === 'category' ? target.category : category;
      limitAction = stricter(limitAction, stricter(profile?.actions[targetCategory] ?? 'notify', 'notify'));
    }
  }
  const subject = observation.site || observation.app;
  const byLimit = BOUNDARY_ACTIONS.indexOf(limitAction) > BOUNDARY_ACTIONS.indexOf(input.windowAction);
  return {
    restriction: {
      action: stricter(input.windowAction, limitAction),
      reason: byLimit ? 'limit' : 'window',
      category,
      subject,
    },
    notices,
    announced,
  };
}

/** The nudge for a restriction: in words, "You're in Focus until 12:00 — LinkedIn is set as private". */
export function nudgeView(
  restriction: Restriction,
  window: OpenWindow | undefined,
  windowName: string | null,
  profileId: string,
): NudgeView {
  const byWindow = restriction.reason === 'window' && window !== undefined;
  return {
    reason: restriction.reason,
    category: restriction.category,
    subject: restriction.subject,
    windowKind: byWindow ? window.kind : null,
    windowName: byWindow ? windowName : null,
    until: byWindow ? window.end : null,
    profileId,
  };
}

/** The overlay that blocks an app: until the user leaves it, or the window ends. */
export function blockOverlay(
  restriction: Restriction,
  window: OpenWindow | undefined,
  windowName: string | null,
): OverlayView {
  const byWindow = restriction.reason === 'window' && window !== undefined;
  return {
    kind: 'block',
    windowId: byWindow ? window.windowId : null,
    windowName: byWindow ? windowName : null,
    until: byWindow ? window.end : null,
    message: '',
    oneMoreMinute: false,
    pinRequired: false,
    category: restriction.category,
    subject: restriction.subject,
  };
}
