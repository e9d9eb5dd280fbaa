import type { SystemPreferences } from 'electron';
import type { Options as GetWindowsOptions } from 'get-windows';
import type { TrackingGap } from '../../../shared/contract/tracking.ts';

/** What the platform lets Balans see of the active window; macOS asks the user for each. */
export interface WindowAccess {
  /** Screen Recording (macOS): without it window titles are empty. */
  screen: 'not-determined' | 'granted' | 'denied' | 'restricted' | 'unknown';
  /** Accessibility (macOS): only needed for a browser's URL. */
  accessibility: boolean;
}

/**
 * The get-windows options for this access. get-windows checks (and prompts for) both permissions by default and
 * returns nothing when either is missing; Balans asks only for what it has been granted, so app names are always
 * recorded, titles when Screen Recording is allowed, and URLs only when wanted and Accessibility is allowed.
 */
export function getWindowsOptions(access: WindowAccess, wantUrls: boolean): GetWindowsOptions {
  return {
    accessibilityPermission: wantUrls && access.accessibility,
    screenRecordingPermission: access.screen === 'granted',
  };
}

/** What is missing from the readings with this access, for the tracking status. */
export function trackingGaps(access: WindowAccess, wantUrls: boolean): TrackingGap[] {
  return [
    ...(access.screen === 'granted' ? [] : (['titles'] as const)),
    ...(wantUrls && !access.accessibility ? (['urls'] as const) : []),
  ];
}

/** What macOS lets Balans see now (asked at each read: a permission given in System Settings applies at once). */
export function systemWindowAccess(
  preferences: Pick<SystemPreferences, 'getMediaAccessStatus' | 'isTrustedAccessibilityClient'>,
  platform: NodeJS.Platform,
): WindowAccess {
  if (platform !== 'darwin') return { screen: 'granted', accessibility: true };
  return {
    screen: preferences.getMediaAccessStatus('screen'),
    accessibility: preferences.isTrustedAccessibilityClient(false),
  };
}
