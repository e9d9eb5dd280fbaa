// Defect 8 of issue 15: notifications are kept alive until closed (a collected one loses its click), and one the
// system refuses (unsigned macOS builds since Electron 42) is logged instead of vanishing.
import { EventEmitter } from 'node:events';
import type { NotificationConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import {
  createNotifier,
  MAX_LIVE_NOTIFICATIONS,
} from '../../../../../electron/main/adapters/electron/notifications.ts';
import type { BoundaryNotice } from '../../../../../electron/shared/domain/boundaries.ts';

const weekly: BoundaryNotice = { key: 'weekly-summary' } as BoundaryNotice;

function notifier() {
  const shown: FakeNotification[] = [];
  const logged: string[] = [];
  const opened: string[] = [];
  class FakeNotification extends EventEmitter {
    static isSupported = () => true;
    readonly options: NotificationConstructorOptions;
    constructor(options: NotificationConstructorOptions) {
      super();
      this.options = options;
    }
    show() {
      shown.push(this);
    }
  }
  const notify = createNotifier({
    Notification: FakeNotification as never,
    locale: () => 'en',
    zone: () => 'UTC',
    openView: (route) => opened.push(route),
    log: (message, error) => logged.push(`${message}: ${String(error)}`),
  });
  return { notify, shown, logged, opened };
}

describe('notifications', () => {
  it('stay referenced until closed, and a click still opens the view', () => {
    const { notify, shown, opened } = notifier();
    notify(weekly);
    expect(notify.live()).toBe(1);
    shown[0]!.emit('click');
    expect(opened).toEqual(['week']);
    shown[0]!.emit('close');
    expect(notify.live()).toBe(0);
  });

  it('log a notification the system refused and let it go', () => {
    const { notify, shown, logged } = notifier();
    notify(weekly);
    shown[0]!.emit('failed', {}, 'Notifications are not allowed for this app');
    expect(logged).toEqual([
      'Notification "Your week in Balans" could not be shown: Notifications are not allowed for this app',
    ]);
    expect(notify.live()).toBe(0);
  });

  it('keep at most a bounded number alive', () => {
    const { notify } = notifier();
    for (let i = 0; i < MAX_LIVE_NOTIFICATIONS + 5; i++) notify(weekly);
    expect(notify.live()).toBe(MAX_LIVE_NOTIFICATIONS);
  });
});
