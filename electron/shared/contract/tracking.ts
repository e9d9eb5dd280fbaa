import { z } from 'zod';
import { call, event } from './define.ts';

/**
 * Parts of a reading the platform withholds until the user allows them: window titles (macOS Screen Recording),
 * browser URLs (macOS Accessibility).
 */
export type TrackingGap = 'titles' | 'urls';

/**
 * What the UI shows about active-app tracking; 'unavailable' carries the reason (e.g. a Wayland session), 'gaps'
 * what is not recorded until a permission is given.
 */
export type TrackingStatus =
  | { state: 'stopped' }
  | { state: 'tracking'; gaps?: TrackingGap[] }
  | { state: 'paused'; until?: number; reason?: string }
  /** `code` names a reason the UI translates (read-only: Balans cannot write its data folder). */
  | { state: 'unavailable'; reason: string; code?: 'read-only' };

export const trackingCalls = {
  getTrackingStatus: call<TrackingStatus>()(z.void()),
};

export const trackingEvents = {
  /** Tracking started, paused, resumed, stopped, or turned out to be impossible on this desktop. */
  trackingStatus: event<TrackingStatus>(),
};
