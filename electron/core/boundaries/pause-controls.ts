import type { BoundaryPreferences, PauseKind, SnoozeMinutes } from '../../shared/domain/boundaries.ts';
import type { ScheduleState } from '../../shared/domain/schedule-state.ts';
import type { PauseScope } from '../../shared/domain/usage.ts';
import { BalansError } from '../../shared/result.ts';
import { activePauses, graceKey, occurrenceKey } from './memory.ts';
import type { ActivePause, BoundaryMemory } from '../../shared/domain/boundary-memory.ts';
import { budgetOf, budgetProfileOf, isBudgeted, pausesUsed } from './pause-budget.ts';

const MINUTE = 60_000;
/** "Pause everything until" reaches at most a day ahead; longer is a setting, not a pause. */
export const LONGEST_PAUSE_MS = 24 * 60 * MINUTE;

/** What every pause control needs: the instant, the schedule then, the local day and the preferences. */
export interface PauseContext {
  now: number;
  day: string;
  state: ScheduleState;
  preferences: BoundaryPreferences;
  /** The settings' default profile: the schedule's profile when no window is open. */
  defaultProfileId: string;
}

/** A pause request as the user made it. */
export interface PauseRequest {
  reason?: string;
  /** The parent PIN was checked for this request (main checks it; the policy only needs the fact). */
  withPin?: boolean;
}

export interface PauseOutcome {
  memory: BoundaryMemory;
  pause: ActivePause;
}

/** Snoozes the window that is open now for 5, 15 or 30 minutes (never past its end). */
export function snooze(
  memory: BoundaryMemory,
  ctx: PauseContext,
  minutes: SnoozeMinutes,
  request: PauseRequest = {},
): PauseOutcome {
  const window = openWindow(ctx, memory);
  return addPause(memory, ctx, 'snooze', 'window', Math.min(ctx.now + minutes * MINUTE, window.end), request);
}

/** Skips the rest of the window that is open now. */
export function skip(memory: BoundaryMemory, ctx: PauseContext, request: PauseRequest = {}): PauseOutcome {
  return addPause(memory, ctx, 'skip', 'window', openWindow(ctx, memory).end, request);
}

/** Stops tracking (and so nudges) until `until`. */
export function pauseTracking(
  memory: BoundaryMemory,
  ctx: PauseContext,
  until: number,
  request: PauseRequest = {},
): PauseOutcome {
  return addPause(memory, ctx, 'pause-tracking', 'tracking', checkUntil(ctx, until), request);
}

/** Pauses windows, nudges and tracking until `until`. */
export function pauseEverything(
  memory: BoundaryMemory,
  ctx: PauseContext,
  until: number,
  request: PauseRequest = {},
): PauseOutcome {
  return addPause(memory, ctx, 'pause-everything', 'everything', checkUntil(ctx, until), request);
}

/** One more minute of family time or downtime: once per occurrence (whatever its window id), no PIN, no budget. */
export function oneMoreMinute(memory: BoundaryMemory, ctx: PauseContext): PauseOutcome {
  const window = openWindow(ctx, memory);
  if (!ctx.state.overlay)
    throw new BalansError('conflict', 'One more minute is only for family time and downtime.');
  const key = graceKey(window.kind, window.start);
  if (memory.oneMoreMinuteUsed.includes(key))
    throw new BalansError('conflict', 'One more minute was already used in this window.');
  const outcome = addPause(memory, ctx, 'one-more-minute', 'window', Math.min(ctx.now + MINUTE, window.end), {
    withPin: true,
  });
  return { ...outcome, memory: { ...outcome.memory, oneMoreMinuteUsed: [...memory.oneMoreMinuteUsed, key] } };
}

/** Ends the family time or downtime that is open now; for family time main has checked the parent PIN first. */
export function endNow(memory: BoundaryMemory, ctx: PauseContext, reason?: string): PauseOutcome {
  const window = openWindow(ctx, memory);
  if (!ctx.state.overlay) throw new BalansError('conflict', 'No family time or downtime is on now.');
  return addPause(memory, ctx, 'end-with-pin', 'window', window.end, { withPin: true, reason });
}

/** Ends every pause in force now; returns them with their real (shorter) end, to record again. */
export function resume(
  memory: BoundaryMemory,
  now: number,
): { memory: BoundaryMemory; ended: ActivePause[] } {
  const running = new Set(activePauses(memory, now).filter((p) => p.kind !== 'end-with-pin'));
  const ended = [...running].map((p) => ({ ...p, end: now }));
  return {
    memory: { ...memory, pauses: memory.pauses.map((p) => (running.has(p) ? { ...p, end: now } : p)) },
    ended,
  };
}

/** The window open now; one the user ended early is over, so nothing can snooze, skip or end it again. */
function openWindow(ctx: PauseContext, memory: BoundaryMemory) {
  const window = ctx.state.windows[0];
  if (!window) throw new BalansError('conflict', 'No window is open now.');
  const key = occurrenceKey(window.windowId, window.start);
  if (activePauses(memory, ctx.now).some((p) => p.windowKey === key && p.kind === 'end-with-pin'))
    throw new BalansError('conflict', 'window-ended: this window was ended early.');
  return window;
}

function checkUntil(ctx: PauseContext, until: number): number {
  if (!(until > ctx.now)) throw new BalansError('invalid-input', 'A pause must end in the future.');
  if (until - ctx.now > LONGEST_PAUSE_MS)
    throw new BalansError('invalid-input', 'A pause lasts at most a day.');
  return until;
}

/** Family time can only be paused with the PIN; past the budget a typed reason is asked (friction, not a wall). */
function addPause(
  memory: BoundaryMemory,
  ctx: PauseContext,
  kind: PauseKind,
  scope: PauseScope,
  end: number,
  request: PauseRequest,
): PauseOutcome {
  const withPin = request.withPin === true;
  if (ctx.state.overlay?.kind === 'family-time' && !withPin)
    throw new BalansError('pin-required', 'Family time can only be paused with the parent PIN.');
  const reason = request.reason?.trim() || undefined;
  const profileId = ctx.state.profileId;
  const charged = budgetProfileOf(ctx.state, ctx.defaultProfileId);
  if (
    isBudgeted(kind) &&
    !reason &&
    pausesUsed(memory, charged, ctx.day) >= budgetOf(ctx.preferences, charged)
  )
    throw new BalansError('conflict', 'reason-required: the daily pause budget is used up; say why.');
  const window = scope === 'window' ? ctx.state.windows[0] : undefined;
  const pause: ActivePause = {
    id: `pause-${kind}-${ctx.now}`,
    kind,
    scope,
    start: ctx.now,
    end,
    profileId,
    withPin,
    day: ctx.day,
    ...(charged !== profileId ? { budgetProfileId: charged } : {}),
    ...(window ? { windowId: window.windowId, windowKey: occurrenceKey(window.windowId, window.start) } : {}),
    ...(reason ? { reason } : {}),
  };
  return { memory: { ...memory, pauses: [...memory.pauses, pause] }, pause };
}
