import type { Observation } from '../../shared/domain/usage.ts';
import { BROWSER_PATTERN, KNOWN_SITES } from './default-rules.ts';

/** Finds the site a browser window shows, from the observation's site or its title; built once, used per event. */
export interface SiteDetector {
  /** Lower-case host without `www.`, or '' when there is none. */
  siteOf(observation: Observation): string;
}

// Browsers separate the page title, the site name and their own name with a dash, bar, middle dot or slash.
const SEPARATOR = /\s+[-–—|·•/]\s+/;
// A notification counter in front of the title: "(3) Facebook".
const COUNTER = /^\(\d+\+?\)\s*/;
const HOST = /^(?:https?:\/\/)?((?:[a-z0-9-]+\.)+[a-z]{2,})(?:[/:?#]\S*)?$/i;

/** Normalises a host for comparison: lower case, no `www.` or trailing dot. */
export function normaliseSite(site: string): string {
  return site
    .trim()
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(/\.$/, '');
}

/** Builds a detector from a catalogue of site names (defaults to the built-in one). */
export function createSiteDetector(catalogue = KNOWN_SITES, browser = BROWSER_PATTERN): SiteDetector {
  const byName = new Map<string, string>();
  for (const { site, names } of catalogue) for (const name of names) byName.set(name.toLowerCase(), site);
  const isBrowser = (o: Observation) =>
    browser.test(o.app) || (o.executable !== undefined && browser.test(o.executable));
  return {
    siteOf(observation) {
      if (observation.site) return normaliseSite(observation.site);
      if (!observation.title || !isBrowser(observation)) return '';
      const segments = observation.title.replace(COUNTER, '').split(SEPARATOR);
      // The site name is usually the last segment before the browser's name, so look from the end.
      for (let i = segments.length - 1; i >= 0; i--) {
        const segment = segments[i]!.replace(COUNTER, '').trim();
        const known = byName.get(segment.toLowerCase());
        if (known) return known;
        const host = HOST.exec(segment);
        if (host) return normaliseSite(host[1]!);
      }
      return '';
    },
  };
}
