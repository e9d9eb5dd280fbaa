import type { BoundaryAction } from './profiles.ts';
import type { WindowKind } from './focus-windows.ts';
import type { CategoryId } from './usage.ts';

/** One occurrence of a window that is open: its real start and end instants (ms since epoch). */
export interface OpenWindow {
  windowId: string;
  kind: WindowKind;
  profileId: string;
  start: number;
  end: number;
}

/** Why a window that is open has no effect: another window wins until `until` (data the UI translates). */
export interface Overlap {
  winner: string;
  winnerKind: WindowKind;
  overridden: string;
  overriddenKind: WindowKind;
  until: number;
}

/** The full-screen overlay of family time or downtime. */
export interface Overlay {
  kind: 'family-time' | 'downtime';
  windowId: string;
  until: number;
  /** Family time can only be ended early with the parent PIN. */
  pinRequired: boolean;
}

/** Where the active profile comes from. */
export type ProfileSource = 'manual' | 'schedule' | 'default';

/** Everything that holds between two transitions; it only changes at a transition. */
export interface ScheduleSnapshot {
  profileId: string;
  profileSource: ProfileSource;
  /** Open windows, the winning one first. */
  windows: OpenWindow[];
  overlaps: Overlap[];
  /** What using each category triggers right now. */
  triggers: Record<CategoryId, BoundaryAction>;
  overlay: Overlay | null;
  /** The manual switch in force, with the instant it ends (null: it never ends on its own). */
  manualSwitch: { profileId: string; until: number | null } | null;
}

/** A change of the schedule: from `at` on, `state` holds. */
export interface ScheduleTransition {
  at: number;
  state: ScheduleSnapshot;
}

/** The schedule at one instant, with the next change. */
export interface ScheduleState extends ScheduleSnapshot {
  at: number;
  next: ScheduleTransition | null;
}
