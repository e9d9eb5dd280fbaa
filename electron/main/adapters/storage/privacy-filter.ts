import type { PrivacySettings } from '../../../shared/contract/privacy.ts';
import type { StoredEvent } from '../../../shared/domain/usage.ts';

/**
 * The store's last line of defence for the privacy settings: excluded apps and sites never reach the disk, and
 * titles are dropped when titles are off, whatever the tracker sent.
 */
export function privacyFilter(settings: PrivacySettings): (event: StoredEvent) => StoredEvent | null {
  const apps = new Set(settings.excludedApps.map((a) => a.toLowerCase()));
  const sites = settings.excludedSites.map((s) => s.toLowerCase());
  const siteExcluded = (site: string) => {
    const host = site.toLowerCase();
    return sites.some((s) => host === s || host.endsWith(`.${s}`));
  };
  return (event) => {
    if (event.kind !== 'window') return event;
    const { app, site, title } = event.data;
    if (apps.has(app.toLowerCase()) || (site !== undefined && siteExcluded(site))) return null;
    if (settings.recordTitles || title === undefined) return event;
    const { title: _dropped, ...data } = event.data;
    return { ...event, data };
  };
}
