import { isExcluded, redact, trackingPrivacyOf } from '../../../core/tracking/privacy.ts';
import type { PrivacySettings } from '../../../shared/domain/privacy.ts';
import type { StoredEvent } from '../../../shared/domain/usage.ts';

/**
 * The store's last line of defence for the privacy settings: excluded apps and sites never reach the disk, and
 * titles are dropped when titles are off, whatever the tracker sent. The same rules as the tracker's, applied again.
 */
export function privacyFilter(settings: PrivacySettings): (event: StoredEvent) => StoredEvent | null {
  const privacy = trackingPrivacyOf(settings);
  return (event) => {
    if (event.kind !== 'window') return event;
    if (isExcluded(event.data, privacy.exclusions)) return null;
    const data = redact(event.data, privacy);
    return data === event.data ? event : { ...event, data };
  };
}
