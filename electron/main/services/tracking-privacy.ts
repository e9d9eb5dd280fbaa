import type { TrackingPrivacy } from '../../core/tracking/privacy.ts';
import type { PrivacySettings } from '../../shared/contract/privacy.ts';

/** Titles of private-browsing windows, which must leave no trace whatever the user's own exclusions are. */
export const PRIVATE_BROWSING_TITLES = ['Private Browsing', 'InPrivate', 'Incognito'];

/** The tracker's view of the privacy settings the user keeps (stored with the usage data). */
export function trackingPrivacyOf(settings: PrivacySettings): TrackingPrivacy {
  return {
    recordTitles: settings.recordTitles,
    exclusions: {
      apps: settings.excludedApps,
      sites: settings.excludedSites,
      titleKeywords: PRIVATE_BROWSING_TITLES,
    },
  };
}
