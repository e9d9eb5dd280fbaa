import { z } from 'zod';
import { call, event } from './define.ts';

/**
 * Parts of a reading the platform withholds until the user allows them: window titles (macOS Screen Recording),
 * browser URLs (macOS Accessibility).
 */
export type TrackingGap = 'titles' | 'urls';

/** A step the user can take so that Balans sees windows on this desktop; the UI says what, why and how. */
export type TrackingStep = 'gnome-extension' | 'kwin-scripting';

/**
 * Why tracking sees only part of what the user does. 'xwayland-only': the Wayland compositor tells no app which
 * window is active, so only X11 apps (running through XWayland) are seen; time in Wayland apps shows as no window.
 */
export type TrackingLimitation = 'xwayland-only';

/**
 * What the UI shows about active-app tracking; 'unavailable' carries the reason (e.g. a Wayland session), 'gaps'
 * what is not recorded until a permission is given, 'limitation' what this desktop hides.
 */
export type TrackingStatus =
  | { state: 'stopped' }
  | { state: 'tracking'; gaps?: TrackingGap[]; limitation?: TrackingLimitation; step?: TrackingStep }
  | { state: 'paused'; until?: number; reason?: string }
  /** `code` names a reason the UI translates (read-only: Balans cannot write its data folder). */
  | { state: 'unavailable'; reason: string; code?: 'read-only'; step?: TrackingStep };

export const trackingCalls = {
  getTrackingStatus: call<TrackingStatus>()(z.void()),
};

export const trackingEvents = {
  /** Tracking started, paused, resumed, stopped, or turned out to be impossible on this desktop. */
  trackingStatus: event<TrackingStatus>(),
};
