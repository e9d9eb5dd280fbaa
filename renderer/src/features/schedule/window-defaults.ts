import { DateTime } from 'luxon';
import type { WindowKind } from '../../../../electron/shared/domain/focus-windows.ts';
import type { Profile } from '../../../../electron/shared/domain/profiles.ts';

/** Words a family profile goes by in the three languages, for finding the user's own one. */
const FAMILY = /famil|gezin|barn|kids|kinderen/iu;

/**
 * The profile a window of a kind belongs to unless the user picks another: work kinds to Professional; family
 * time and downtime to the user's family profile (by its icon or name) if there is one, else Private.
 */
export function profileForKind(
  kind: WindowKind,
  profiles: readonly Pick<Profile, 'id' | 'name' | 'icon'>[],
): string {
  if (kind === 'focus' || kind === 'office-hours')
    return profiles.some((p) => p.id === 'professional')
      ? 'professional'
      : (profiles[0]?.id ?? 'professional');
  const family = profiles.find(
    (p) => p.id !== 'professional' && p.id !== 'private' && (p.icon === 'people' || FAMILY.test(p.name)),
  );
  return family?.id ?? 'private';
}

/**
 * A new one-off's times: from the next quarter hour after `now` (main's clock, in the settings' zone) for two
 * hours, as stored local date-times.
 */
export function nextQuarterHourBlock(now: number, zone: string): { start: string; end: string } {
  const local = DateTime.fromMillis(now, { zone: zone === 'system' ? 'local' : zone });
  const start = local
    .startOf('hour')
    .plus({ minutes: Math.ceil((local.minute + local.second / 60) / 15) * 15 });
  const format = (d: DateTime) => d.toFormat("yyyy-MM-dd'T'HH:mm");
  return { start: format(start), end: format(start.plus({ hours: 2 })) };
}
