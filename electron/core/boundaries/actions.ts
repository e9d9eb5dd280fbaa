import type { BoundaryNotice, NudgeView, OverlayView } from '../../shared/domain/boundaries.ts';

/**
 * What the policy asks main to do, as data: the boundary service carries each one out through its outputs
 * (native notification, nudge window, overlay on every display) and tests compare them as values. Crossings
 * and family-time gaps are kept in the policy's memory, which the status shows.
 */
export type PolicyAction =
  | { type: 'notify'; notice: BoundaryNotice }
  | { type: 'show-nudge'; nudge: NudgeView }
  | { type: 'hide-nudge' }
  | { type: 'show-overlay'; overlay: OverlayView }
  | { type: 'hide-overlay' };
