import { describe, expect, it } from 'vitest';
import { noticeText } from '../../../../../electron/main/adapters/electron/notice-text.ts';
import type { BoundaryNotice } from '../../../../../electron/shared/domain/boundaries.ts';
import { WINDOW_KINDS } from '../../../../../electron/shared/domain/focus-windows.ts';
import { BUILT_IN_CATEGORIES } from '../../../../../electron/shared/domain/usage.ts';

const zone = 'Europe/Amsterdam';
const at = Date.UTC(2026, 10, 18, 17, 0);

/** Every notice Balans can send: each key, with every window kind and every built-in category it can name. */
function everyNotice(): BoundaryNotice[] {
  const notices: BoundaryNotice[] = [{ key: 'weekly-summary' }];
  for (const kind of WINDOW_KINDS) {
    notices.push({ key: 'window-started', kind, windowName: 'Dinner', until: at });
    for (const category of BUILT_IN_CATEGORIES)
      notices.push({ key: 'restricted', category, app: 'Discord', kind });
  }
  for (const kind of ['family-time', 'downtime'] as const)
    notices.push({ key: 'window-soon', kind, windowName: 'Dinner', at });
  for (const category of BUILT_IN_CATEGORIES) {
    notices.push({ key: 'restricted', category, app: 'Discord', kind: null });
    const target = { kind: 'category' as const, category };
    notices.push({ key: 'limit-heads-up', target, minutesPerDay: 30, minutesLeft: 6 });
    notices.push({ key: 'limit-reached', target, minutesPerDay: 30 });
  }
  return notices;
}

/** A category id as code spells it, or what an empty placeholder leaves behind ("during .", "  "). */
const LEAK = /\b(work|communication|social|entertainment)\b|\s[.,:]|\s{2}|\{\{|^\s|\s$/;

describe.each(['en', 'nl', 'sv'])('notifications in %s', (locale) => {
  it('never show a raw category id or an empty placeholder', () => {
    const bad = everyNotice().flatMap((notice) => {
      const { title, body } = noticeText(notice, locale, zone);
      return [title, body]
        .filter((text) => text !== '' && LEAK.test(text))
        .map((text) => `${notice.key}: ${text}`);
    });
    expect(bad).toEqual([]);
  });

  // Every tray state (open, snoozed, skipped, ended, paused, switched by hand): test/unit/main/adapters/electron/
  // tray-model.test.ts, which checks each label against this same leak pattern.
});
