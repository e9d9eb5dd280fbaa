/**
 * Decides what to do when the family-time overlay loses the top of the screen: another window took the focus
 * (covered) or someone closed it. It is put back either way; the parent's log gets one record per incident kind a
 * minute at most, so a child who keeps covering it cannot flood the log (which keeps only its newest records).
 */
export type OverlayIncident = 'overlay-covered' | 'overlay-closed';

/** The least time between two records of the same incident kind. */
export const RECORD_GAP_MS = 60_000;

/** `pending`: shown but not yet seen on top (the compositor has not raised it yet), so not "covered" either. */
type OverlayPlace = 'pending' | 'on-top' | 'covered';

export interface OverlayGuardState {
  /** Each overlay window by its title (unique per window). */
  overlays: Readonly<Record<string, OverlayPlace>>;
  lastRecorded: Readonly<Partial<Record<OverlayIncident, number>>>;
  /** The title of the window with the focus last reported (it may be an overlay before it is known as one). */
  focused: string | null;
}

export type OverlayGuardInput =
  | { type: 'opened'; title: string }
  /** The window no longer exists (Balans closed it, or it was lost). */
  | { type: 'gone'; title: string }
  /** An overlay was closed, killed or crashed by someone other than Balans. */
  | { type: 'closed' }
  /** The window with the focus now (its title), or null when no window has it. */
  | { type: 'focus'; title: string | null };

export interface OverlayGuardStep {
  state: OverlayGuardState;
  /** Titles of the overlays to raise again. */
  restore: string[];
  record?: OverlayIncident;
}

export const initialOverlayGuard = (): OverlayGuardState => ({
  overlays: {},
  lastRecorded: {},
  focused: null,
});

function withRecord(
  state: OverlayGuardState,
  incident: OverlayIncident,
  now: number,
): { state: OverlayGuardState; record?: OverlayIncident } {
  const last = state.lastRecorded[incident];
  if (last !== undefined && now >= last && now - last < RECORD_GAP_MS) return { state };
  return { state: { ...state, lastRecorded: { ...state.lastRecorded, [incident]: now } }, record: incident };
}

export function overlayGuardStep(
  state: OverlayGuardState,
  input: OverlayGuardInput,
  now: number,
): OverlayGuardStep {
  switch (input.type) {
    case 'opened': {
      // the focus report may come before Balans names the window an overlay
      const place = state.focused === input.title ? 'on-top' : 'pending';
      return { state: { ...state, overlays: { ...state.overlays, [input.title]: place } }, restore: [] };
    }
    case 'gone': {
      const { [input.title]: _gone, ...overlays } = state.overlays;
      return { state: { ...state, overlays }, restore: [] };
    }
    case 'closed':
      // the boundary loop opens it again; only the record is decided here
      return { ...withRecord(state, 'overlay-closed', now), restore: [] };
    case 'focus': {
      state = { ...state, focused: input.title };
      const titles = Object.keys(state.overlays);
      if (input.title === null || titles.length === 0) return { state, restore: [] };
      if (titles.includes(input.title)) {
        const overlays = Object.fromEntries(titles.map((title) => [title, 'on-top' as const]));
        return { state: { ...state, overlays }, restore: [] };
      }
      // a window of someone else's has the focus: only overlays seen on top before count as covered
      const lost = titles.filter((title) => state.overlays[title] !== 'pending');
      if (lost.length === 0) return { state, restore: [] };
      const overlays = { ...state.overlays, ...Object.fromEntries(lost.map((t) => [t, 'covered' as const])) };
      return { ...withRecord({ ...state, overlays }, 'overlay-covered', now), restore: lost };
    }
  }
}
