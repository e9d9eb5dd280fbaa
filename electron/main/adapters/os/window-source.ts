import type { TrackingGap } from '../../../shared/contract/tracking.ts';

/** What a window source reports about the window that has the user's attention. */
export interface WindowObservation {
  /** The app's name (X11: the WM_CLASS class; macOS/Windows: the owner's name). */
  app: string;
  title?: string;
  executable?: string;
  pid?: number;
  /** The site, when the platform reports the browser's URL. */
  site?: string;
}

/** One report from a window source. */
export type WindowSignal =
  | { type: 'observation'; observation: WindowObservation }
  /** No window has focus (the desktop, or the last window closed). */
  | { type: 'none' }
  /** The source cannot see windows here; `reason` is shown to the user as is. */
  | { type: 'unavailable'; reason: string };

export type WindowListener = (signal: WindowSignal) => void;

/** A source of "active window changed" reports; X11 pushes them, get-windows is polled. */
export interface WindowSource {
  /** Which implementation this is, for logs and the status shown in the UI. */
  readonly kind: 'x11' | 'polled' | 'unavailable';
  /** Starts reporting; the current window is reported first. Failures arrive as an 'unavailable' signal. */
  start(listener: WindowListener): Promise<void>;
  stop(): Promise<void>;
  /** What its readings lack now and the user can change (macOS permissions); none when omitted. */
  gaps?(): readonly TrackingGap[];
}

/** The sentence the UI shows when active-app tracking cannot work on this desktop. */
export function unavailableReason(detail: string): string {
  return `active-app tracking is not available on this desktop: ${detail}`;
}

/** A source that only says why tracking cannot work here, so the UI can tell the user instead of recording nothing. */
export function unavailableWindowSource(detail: string): WindowSource {
  return {
    kind: 'unavailable',
    start: async (listener) => listener({ type: 'unavailable', reason: unavailableReason(detail) }),
    stop: async () => {},
  };
}

/** True when two observations describe the same window state (a source reports only changes). */
export function sameObservation(a: WindowObservation | undefined, b: WindowObservation | undefined): boolean {
  return (
    a?.app === b?.app &&
    a?.title === b?.title &&
    a?.executable === b?.executable &&
    a?.pid === b?.pid &&
    a?.site === b?.site
  );
}
