import type { PrivacySettings } from '../../shared/contract/privacy.ts';
import type { Observation } from '../../shared/domain/usage.ts';
import { normaliseSite } from './site.ts';

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

const baseName = (path: string): string =>
  path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);

/** True when the observation falls under any exclusion and must leave no trace. */
export function isExcluded(observation: Observation, exclusions: Exclusions): boolean {
  const app = observation.app.toLowerCase();
  const exe = observation.executable ? baseName(observation.executable).toLowerCase() : undefined;
  if (exclusions.apps.some((a) => a.toLowerCase() === app || a.toLowerCase() === exe)) return true;
  const site = observation.site ? normaliseSite(observation.site) : undefined;
  if (
    site &&
    exclusions.sites.some((s) => site === normaliseSite(s) || site.endsWith(`.${normaliseSite(s)}`))
  ) {
    return true;
  }
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
