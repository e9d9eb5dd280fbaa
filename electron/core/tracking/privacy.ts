import type { PrivacySettings } from '../../shared/domain/privacy.ts';
import type { Observation } from '../../shared/domain/usage.ts';
import { appKey } from '../sites/app-name.ts';
import { siteWithin } from '../sites/site.ts';

/** What is never recorded: whole apps, sites, and windows whose title contains a keyword (private browsing). */
export interface Exclusions {
  /** App names or executable file names, matched case-insensitively. */
  apps: readonly string[];
  /** Sites; "example.com" also excludes its subdomains. */
  sites: readonly string[];
  /** Title fragments, e.g. "Private Browsing" or "Incognito". */
  titleKeywords: readonly string[];
}

/** The privacy settings the tracker applies before anything is written. */
export interface TrackingPrivacy {
  /** When false, window titles are dropped before storing (the site, if any, is kept). */
  recordTitles: boolean;
  exclusions: Exclusions;
}

export const NO_EXCLUSIONS: Exclusions = { apps: [], sites: [], titleKeywords: [] };

export const DEFAULT_PRIVACY: TrackingPrivacy = { recordTitles: true, exclusions: NO_EXCLUSIONS };

/** True when the observation falls under any exclusion and must leave no trace. */
export function isExcluded(observation: Observation, exclusions: Exclusions): boolean {
  const app = appKey(observation.app);
  const exe = observation.executable ? appKey(observation.executable) : undefined;
  if (exclusions.apps.some((a) => appKey(a) === app || appKey(a) === exe)) return true;
  // The site is the recorded one (filled in by the tracker before exclusions are applied).
  if (exclusions.sites.some((s) => siteWithin(observation.site, s))) return true;
  const title = observation.title?.toLowerCase();
  return (
    title !== undefined && exclusions.titleKeywords.some((k) => k !== '' && title.includes(k.toLowerCase()))
  );
}

/** The observation as it may be stored: without its title when titles are not recorded. */
export function redact(observation: Observation, privacy: TrackingPrivacy): Observation {
  if (privacy.recordTitles || observation.title === undefined) return observation;
  const { title: _title, ...rest } = observation;
  return rest;
}

/** Titles of private-browsing windows, which must leave no trace whatever the user's own exclusions are. */
export const PRIVATE_BROWSING_TITLES = ['Private Browsing', 'InPrivate', 'Incognito'];

/** The privacy settings the user keeps (stored with the usage data), as the tracker and the store apply them. */
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
