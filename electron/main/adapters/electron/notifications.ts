import type { Notification as NotificationType, NotificationConstructorOptions } from 'electron';
import type { BoundaryNotice } from '../../../shared/domain/boundaries.ts';
import { noticeText } from './notice-text.ts';

export interface NotifierDeps {
  Notification: { new (options: NotificationConstructorOptions): NotificationType; isSupported(): boolean };
  locale: () => string;
  zone: () => string;
  /** Opens a view of the main window, e.g. 'week' when the weekly summary is clicked. */
  openView: (route: string) => void;
}

/** Native notifications for boundary notices; the weekly summary opens the Week view when clicked. */
export function createNotifier(deps: NotifierDeps): (notice: BoundaryNotice) => void {
  return (notice) => {
    if (!deps.Notification.isSupported()) return;
    const { title, body } = noticeText(notice, deps.locale(), deps.zone());
    const notification = new deps.Notification({ title, body, silent: notice.key !== 'window-soon' });
    notification.on('click', () => deps.openView(notice.key === 'weekly-summary' ? 'week' : 'today'));
    notification.show();
  };
}
