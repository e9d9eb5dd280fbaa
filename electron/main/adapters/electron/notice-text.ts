import { DateTime } from 'luxon';
import type { BoundaryNotice } from '../../../shared/domain/boundaries.ts';
import type { LimitTarget } from '../../../shared/domain/profiles.ts';
import { mainText } from '../../i18n/main-text.ts';

/** Window kinds are named as the window names them (its catalogue's 'kind' section). */
const KIND_KEYS = {
  'office-hours': 'translation:kind.office-hours',
  focus: 'translation:kind.focus',
  downtime: 'translation:kind.downtime',
  'family-time': 'translation:kind.family-time',
} as const;

/** The title and body of a native notification, in the user's language, with times in their zone. */
export function noticeText(
  notice: BoundaryNotice,
  locale: string,
  zone: string,
): { title: string; body: string } {
  const t = mainText(locale);
  const kind = (k: keyof typeof KIND_KEYS) => t(KIND_KEYS[k]);
  const category = (id: string) => t(`translation:category.${id}`, { defaultValue: id });
  const targetName = (target: LimitTarget) =>
    target.kind === 'category' ? category(target.category) : target.kind === 'app' ? target.app : target.site;
  const time = (ms: number) =>
    DateTime.fromMillis(ms, { zone }).setLocale(locale).toLocaleString(DateTime.TIME_SIMPLE);
  switch (notice.key) {
    case 'window-started':
      return notice.kind === 'office-hours'
        ? {
            title: t('notification.officeOpen'),
            body: t('notification.until', { kind: kind(notice.kind), time: time(notice.until) }),
          }
        : {
            title: t('notification.until', { kind: kind(notice.kind), time: time(notice.until) }),
            body: notice.windowName,
          };
    case 'window-soon':
      return {
        title: t('notification.soon', { kind: kind(notice.kind) }),
        body: t('notification.soonBody', { name: notice.windowName, time: time(notice.at) }),
      };
    case 'restricted':
      return {
        title: notice.app,
        body: notice.kind
          ? t(`notification.restricted.${notice.kind}`, {
              app: notice.app,
              category: category(notice.category),
            })
          : t('notification.restrictedAnywhere', { app: notice.app, category: category(notice.category) }),
      };
    case 'limit-heads-up':
      return {
        title: t('notification.headsUp', { minutes: notice.minutesLeft, target: targetName(notice.target) }),
        body: '',
      };
    case 'limit-reached':
      return { title: t('notification.reached', { target: targetName(notice.target) }), body: '' };
    case 'weekly-summary':
      return { title: t('notification.weekly'), body: t('notification.weeklyBody') };
  }
}
