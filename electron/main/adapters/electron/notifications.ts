import type { Notification as NotificationType, NotificationConstructorOptions } from 'electron';
import type { BoundaryNotice } from '../../../shared/domain/boundaries.ts';
import { noticeText } from './notice-text.ts';

export interface NotifierDeps {
  Notification: { new (options: NotificationConstructorOptions): NotificationType; isSupported(): boolean };
  locale: () => string;
  zone: () => string;
  /** Opens a view of the main window, e.g. 'week' when the weekly summary is clicked. */
  openView: (route: string) => void;
  /** Told when the system refused to show one (e.g. an unsigned macOS build since Electron 42). */
  log: (message: string, error: unknown) => void;
}

/** The most notifications kept alive at once; older ones are let go (their clicks no longer matter). */
export const MAX_LIVE_NOTIFICATIONS = 20;

/**
 * Native notifications for boundary notices; the weekly summary opens the Week view when clicked. Each is kept
 * referenced until it is closed or failed: one that is garbage-collected loses its click.
 */
export function createNotifier(deps: NotifierDeps): ((notice: BoundaryNotice) => void) & { live(): number } {
  const live = new Set<NotificationType>();
  const notify = (notice: BoundaryNotice) => {
    if (!deps.Notification.isSupported()) return;
    const { title, body } = noticeText(notice, deps.locale(), deps.zone());
    const notification = new deps.Notification({ title, body, silent: notice.key !== 'window-soon' });
    const release = () => live.delete(notification);
    notification.on('click', () => deps.openView(notice.key === 'weekly-summary' ? 'week' : 'today'));
    notification.on('close', release);
    notification.on('failed', (_event, error) => {
      release();
      deps.log(`Notification "${title}" could not be shown`, error);
    });
    live.add(notification);
    if (live.size > MAX_LIVE_NOTIFICATIONS) live.delete(live.values().next().value!);
    notification.show();
  };
  return Object.assign(notify, { live: () => live.size });
}
