/** How often the same notification may be sent again, so a user who stays in an app is not flooded. */
export const SAME_NOTICE_EVERY_MS = 15 * 60_000;
/** At most one restriction notification a minute, whatever the category. */
export const ANY_NOTICE_EVERY_MS = 60_000;

const ANY = '*';

/** Whether a rate-limited notification with this key may be sent at `now`. */
export function mayNotify(notified: Readonly<Record<string, number>>, key: string, now: number): boolean {
  const same = notified[key];
  const any = notified[ANY];
  // A clock that went backwards must not silence notifications for hours: only a past send counts.
  const recent = (at: number | undefined, gap: number) => at !== undefined && at <= now && now - at < gap;
  return !recent(same, SAME_NOTICE_EVERY_MS) && !recent(any, ANY_NOTICE_EVERY_MS);
}

/** The send times after sending `key` at `now`. */
export function noteNotified(
  notified: Readonly<Record<string, number>>,
  key: string,
  now: number,
): Record<string, number> {
  return { ...notified, [key]: now, [ANY]: now };
}
