import { z } from 'zod';
import { call, event } from './define.ts';
import type { BoundaryStatus } from '../domain/boundaries.ts';
import { pinSchema } from './parent-lock.ts';
import { TEXT_LENGTHS } from '../domain/text-lengths.ts';

/** Why the user pauses past the daily budget (or any time they like to say). */
const reason = z.string().trim().max(TEXT_LENGTHS.sentence).optional();
const instant = z.number().int().nonnegative();

export const boundaryCalls = {
  /** What the boundaries are doing now: window, overlay, nudge, pauses, budget. */
  getBoundaryState: call<BoundaryStatus>()(z.void()),
  /** Snoozes the open window for 5, 15 or 30 minutes; family time needs the PIN. */
  snooze: call<BoundaryStatus>()(
    z
      .object({
        minutes: z.union([z.literal(5), z.literal(15), z.literal(30)]),
        reason,
        pin: pinSchema.optional(),
      })
      .strict(),
  ),
  /** Skips the rest of the open window; family time needs the PIN. */
  skip: call<BoundaryStatus>()(z.object({ reason, pin: pinSchema.optional() }).strict()),
  /** Stops tracking until a time (at most a day ahead). */
  pauseTracking: call<BoundaryStatus>()(
    z.object({ until: instant, reason, pin: pinSchema.optional() }).strict(),
  ),
  /** Pauses windows, nudges and tracking until a time (at most a day ahead). */
  pauseEverything: call<BoundaryStatus>()(
    z.object({ until: instant, reason, pin: pinSchema.optional() }).strict(),
  ),
  /** Ends every pause in force now. */
  resume: call<BoundaryStatus>()(z.void()),
  /** One more minute of family time or downtime, once per window. */
  oneMoreMinute: call<BoundaryStatus>()(z.void()),
  /** Ends family time (with the parent PIN) or downtime now. */
  endFamilyTimeWithPin: call<BoundaryStatus>()(z.object({ pin: pinSchema.optional(), reason }).strict()),
  /** The user's answer to a nudge. */
  answerNudge: call<BoundaryStatus>()(
    z.object({ answer: z.enum(['back-to-work', 'five-more-minutes']) }).strict(),
  ),
};

export const boundaryEvents = {
  /** The boundary status changed (transition, overlay, nudge, pause). */
  boundaryState: event<BoundaryStatus>(),
};
