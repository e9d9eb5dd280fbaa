import { z } from 'zod';
import { call, event } from './define.ts';

/** What the UI shows about active-app tracking; 'unavailable' carries the reason (e.g. a Wayland session). */
export type TrackingStatus =
  | { state: 'stopped' }
  | { state: 'tracking' }
  | { state: 'paused'; until?: number; reason?: string }
  | { state: 'unavailable'; reason: string };

export const trackingCalls = {
  getTrackingStatus: call<TrackingStatus>()(z.void()),
};

export const trackingEvents = {
  /** Tracking started, paused, resumed, stopped, or turned out to be impossible on this desktop. */
  trackingStatus: event<TrackingStatus>(),
};
