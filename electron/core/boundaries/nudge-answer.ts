import type { BoundaryMemory } from '../../shared/domain/boundary-memory.ts';

/** The two answers the nudge offers. */
export type NudgeAnswer = 'back-to-work' | 'five-more-minutes';

const MINUTE = 60_000;
/** After "back to work" the nudge stays away a minute: long enough to switch, short enough to notice staying. */
const BACK_TO_WORK_GRACE_MS = MINUTE;

/** Hides the nudge: for five minutes, or a short grace after "back to work"; it returns if the user stays. */
export function answerNudge(memory: BoundaryMemory, now: number, answer: NudgeAnswer): BoundaryMemory {
  if (!memory.nudge) return memory;
  const hiddenUntil = now + (answer === 'five-more-minutes' ? 5 * MINUTE : BACK_TO_WORK_GRACE_MS);
  return { ...memory, nudge: { ...memory.nudge, hiddenUntil } };
}
