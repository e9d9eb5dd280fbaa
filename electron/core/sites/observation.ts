import type { Observation } from '../../shared/domain/usage.ts';
import { normaliseAppName } from './app-name.ts';
import { isBrowser, siteFromTitle, normaliseSite } from './site.ts';

/**
 * An observation as Balans records it: the app under its one name and the site filled in (from the source, or
 * read once from a browser's title). The tracker applies it when a window comes into view, the rule tester to its
 * sample, so a typed title is judged exactly as a tracked one.
 */
export function recordedObservation(observation: Observation): Observation {
  const app = normaliseAppName(observation.app);
  const { site: given, ...rest } = observation;
  let site = given ? normaliseSite(given) : '';
  if (!site && observation.title && (isBrowser(observation.app, observation.executable) || isBrowser(app)))
    site = siteFromTitle(observation.title) ?? '';
  return { ...rest, app, ...(site ? { site } : {}) };
}
