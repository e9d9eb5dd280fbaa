import type { TrackingGap, TrackingLimitation, TrackingStep } from '../../../shared/contract/tracking.ts';

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
  /** The source cannot see windows here; `reason` is shown to the user as is, with the step that would help. */
  | { type: 'unavailable'; reason: string; step?: TrackingStep }
  /** What follows is seen only in part (e.g. X11 apps through XWayland); sent before the first observation. */
  | { type: 'limited'; limitation: TrackingLimitation; step?: TrackingStep };

export type WindowListener = (signal: WindowSignal) => void;

/** A source of "active window changed" reports; X11 and the Wayland compositors push them, get-windows is polled. */
export interface WindowSource {
  /** Which implementation this is, for logs and the status shown in the UI. */
  readonly kind: 'x11' | 'wlroots' | 'kwin' | 'gnome' | 'polled' | 'unavailable';
  /** Starts reporting; the current window is reported first. Failures arrive as an 'unavailable' signal. */
  start(listener: WindowListener): Promise<void>;
  stop(): Promise<void>;
  /** What its readings lack now and the user can change (macOS permissions); none when omitted. */
  gaps?(): readonly TrackingGap[];
}

/**
 * The longest app, title, executable or site string Balans takes from any window source. Any web page sets its
 * tab's title, so a title is untrusted input of any length; everything after the source (privacy filters, site
 * detection, rule matching, storage) sees at most this much. 1,000 characters keeps every real title whole.
 */
export const MAX_OBSERVED_LENGTH = 1_000;

/**
 * Wraps a listener so every observation from any source is bounded before anything else reads it. The tracking
 * service passes its listener through this for every source it starts: the one place titles are cut.
 */
export function boundedSignals(listener: WindowListener): WindowListener {
  return (signal) => {
    if (signal.type !== 'observation') return listener(signal);
    const { app, title, executable, site, pid } = signal.observation;
    listener({
      type: 'observation',
      observation: {
        app: bounded(app),
        ...(title !== undefined && { title: bounded(title) }),
        ...(executable !== undefined && { executable: bounded(executable) }),
        ...(site !== undefined && { site: bounded(site) }),
        ...(pid !== undefined && { pid }),
      },
    });
  };
}

/** The first MAX_OBSERVED_LENGTH UTF-16 units, never ending in half a surrogate pair. */
function bounded(text: string): string {
  if (text.length <= MAX_OBSERVED_LENGTH) return text;
  const cut = text.slice(0, MAX_OBSERVED_LENGTH);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
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
