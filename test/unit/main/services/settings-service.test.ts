import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { manualClock } from '../../../../electron/core/clock.ts';
import { categorise } from '../../../../electron/core/rules/matcher.ts';
import { checkSettings } from '../../../../electron/core/settings/check-settings.ts';
import { defaultSettings } from '../../../../electron/core/settings/default-settings.ts';
import { SettingsStore } from '../../../../electron/main/adapters/settings/settings-store.ts';
import type { WindowInput } from '../../../../electron/core/settings/edits.ts';
import {
  SettingsService,
  type SettingsPersistence,
} from '../../../../electron/main/services/settings-service.ts';
import type { AppNotice } from '../../../../electron/shared/contract/app.ts';
import type { Settings } from '../../../../electron/shared/domain/settings.ts';
import { BalansError, type ErrorCode } from '../../../../electron/shared/result.ts';

const NOW = Date.parse('2025-06-02T10:00:00+02:00'); // a Monday in Amsterdam

/** Settings kept in memory, as the file would keep them. */
function memoryStore(
  initial: Settings = defaultSettings('Europe/Amsterdam'),
): SettingsPersistence & { saved: Settings | null } {
  return {
    saved: null,
    load: () => ({ settings: structuredClone(initial), notice: null }),
    save(settings) {
      this.saved = structuredClone(settings);
    },
  };
}

function service(store = memoryStore()) {
  const clock = manualClock(NOW);
  return { svc: new SettingsService({ store, clock }), store, clock };
}

function codeOf(action: () => unknown): ErrorCode | null {
  try {
    action();
    return null;
  } catch (error) {
    if (error instanceof BalansError) return error.code;
    throw error;
  }
}

const focus = (extra: Partial<WindowInput> = {}): WindowInput =>
  ({
    type: 'weekly',
    name: 'Deep work',
    kind: 'focus',
    profileId: 'professional',
    days: [1, 2, 3, 4, 5],
    start: '09:00',
    end: '12:00',
    ...extra,
  }) as WindowInput;

describe('profiles', () => {
  const family = { name: 'Family', colour: '#e08a1e', icon: 'people' };

  it('creates a profile with an id from its name, and saves it', () => {
    const { svc, store } = service();
    expect(svc.saveProfile(family)).toMatchObject({
      id: 'family',
      ruleOverrides: [],
      limits: [],
      actions: {},
    });
    expect(store.saved?.profiles.map((p) => p.id)).toEqual(['professional', 'private', 'family']);
  });

  it('refuses a duplicate name, ignoring case, as a conflict', () => {
    const { svc } = service();
    expect(codeOf(() => svc.saveProfile({ ...family, name: 'PRIVATE' }))).toBe('conflict');
  });

  it('refuses to update an unknown profile as not-found', () => {
    const { svc } = service();
    expect(codeOf(() => svc.saveProfile({ ...family, id: 'ghost' }))).toBe('not-found');
  });

  it('keeps built-in profiles and profiles in use, deletes unused ones', () => {
    const { svc } = service();
    svc.saveProfile(family);
    svc.saveWindow(focus({ profileId: 'family' }));
    expect(codeOf(() => svc.deleteProfile('professional'))).toBe('conflict');
    expect(codeOf(() => svc.deleteProfile('family'))).toBe('conflict');
    expect(codeOf(() => svc.deleteProfile('nobody'))).toBe('not-found');
    svc.deleteWindow('deep-work');
    svc.deleteProfile('family');
    expect(svc.getSettings().profiles.map((p) => p.id)).toEqual(['professional', 'private']);
  });
});

describe('windows', () => {
  it('creates a window with defaults filled in', () => {
    const { svc } = service();
    expect(svc.saveWindow(focus())).toMatchObject({
      id: 'deep-work',
      priority: 0,
      endsNextDay: false,
      skipDates: [],
    });
  });

  it.each([
    ['end before start without crossing midnight', focus({ start: '22:00', end: '06:00' }), 'invalid-input'],
    ['zero length', focus({ start: '09:00', end: '09:00' }), 'invalid-input'],
    [
      'crossing midnight for more than a day',
      focus({ start: '09:00', end: '10:00', endsNextDay: true }),
      'invalid-input',
    ],
    [
      'one-off ending before it starts',
      {
        type: 'one-off',
        name: 'x',
        kind: 'focus',
        profileId: 'private',
        start: '2025-06-03T10:00',
        end: '2025-06-03T09:00',
      },
      'invalid-input',
    ],
    ['unknown profile', focus({ profileId: 'ghost' }), 'not-found'],
  ] as [string, WindowInput, ErrorCode][])('refuses %s', (_label, input, code) => {
    const { svc, store } = service();
    expect(codeOf(() => svc.saveWindow(input))).toBe(code);
    expect(store.saved).toBeNull();
    expect(svc.getSettings().windows).toEqual([]);
  });

  it('accepts a window crossing midnight when it says so', () => {
    const { svc } = service();
    const saved = svc.saveWindow(
      focus({ kind: 'downtime', start: '22:00', end: '06:00', endsNextDay: true }),
    );
    expect(saved).toMatchObject({ type: 'weekly', endsNextDay: true });
  });

  it('refuses two windows with the same name', () => {
    const { svc } = service();
    svc.saveWindow(focus());
    expect(codeOf(() => svc.saveWindow(focus({ start: '13:00', end: '17:00' })))).toBe('conflict');
  });

  it('replaces a window by id and refuses an unknown id', () => {
    const { svc } = service();
    const w = svc.saveWindow(focus());
    svc.saveWindow({ ...focus({ end: '12:30' }), id: w.id });
    expect(svc.getSettings().windows).toMatchObject([{ id: 'deep-work', end: '12:30' }]);
    expect(codeOf(() => svc.saveWindow({ ...focus(), id: 'ghost' }))).toBe('not-found');
  });
});

describe('rules and categories', () => {
  it('replaces the rule list, gives new rules ids and recompiles the matcher', () => {
    const { svc } = service();
    const rules = svc.setRules([{ field: 'app', match: 'exact', pattern: 'Firefox', category: 'work' }]);
    expect(rules[0]?.id).toMatch(/^rule-firefox/);
    expect(categorise(svc.rules(), { app: 'firefox' })).toBe('work');
  });

  it.each([
    ['a regex that does not compile', '(unclosed', 'invalid-input'],
    ['a regex with a lookahead (RE2 cannot run it)', 'foo(?=bar)', 'invalid-input'],
  ])('refuses %s', (_label, pattern, code) => {
    const { svc } = service();
    const before = svc.getSettings().rules;
    expect(codeOf(() => svc.setRules([{ field: 'title', match: 'regex', pattern, category: 'work' }]))).toBe(
      code,
    );
    expect(svc.getSettings().rules).toEqual(before);
  });

  it('refuses a rule for an unknown category, accepts it once the category exists', () => {
    const { svc } = service();
    const rule = { field: 'site' as const, match: 'exact' as const, pattern: 'nos.nl', category: 'news' };
    expect(codeOf(() => svc.setRules([rule]))).toBe('not-found');
    expect(svc.saveCategory({ name: 'News' })).toEqual({ id: 'news', name: 'News' });
    svc.setRules([rule]);
    expect(codeOf(() => svc.deleteCategory('news'))).toBe('conflict');
  });

  it('refuses a category that clashes with a built-in one', () => {
    const { svc } = service();
    expect(codeOf(() => svc.saveCategory({ name: 'Social' }))).toBe('conflict');
  });
});

describe('manual switches and the schedule view', () => {
  it('switches until the next scheduled change, then ends the switch on request', () => {
    const { svc } = service();
    svc.saveWindow(focus());
    const view = svc.switchProfile('private', null);
    expect(view.now).toMatchObject({ profileId: 'private', profileSource: 'manual' });
    expect(view.now.manualSwitch?.until).toBe(Date.parse('2025-06-02T12:00:00+02:00'));
    expect(svc.endManualSwitch().now).toMatchObject({ profileId: 'professional', profileSource: 'schedule' });
  });

  it.each([
    ['an end in the past', 'private', NOW - 1, 'invalid-input'],
    ['an unknown profile', 'ghost', null, 'not-found'],
  ] as const)('refuses %s', (_label, profileId, until, code) => {
    const { svc } = service();
    expect(codeOf(() => svc.switchProfile(profileId, until))).toBe(code);
  });

  it('lists the upcoming transitions of the asked days', () => {
    const { svc } = service();
    svc.saveWindow(focus());
    expect(svc.scheduleState(1).upcoming.map((t) => t.at)).toEqual([
      Date.parse('2025-06-02T12:00:00+02:00'),
      Date.parse('2025-06-03T09:00:00+02:00'),
    ]);
    // Monday's end, Tuesday to Friday (open and close), next Monday's start.
    expect(svc.scheduleState(7).upcoming).toHaveLength(10);
  });

  it('refuses an unknown time zone and follows a new one', () => {
    const { svc } = service();
    svc.saveWindow(focus());
    expect(codeOf(() => svc.setTimeZone('Europe/Atlantis'))).toBe('invalid-input');
    svc.setTimeZone('Asia/Tokyo');
    expect(svc.scheduleState(1).upcoming[0]?.at).toBe(Date.parse('2025-06-03T09:00:00+09:00'));
  });
});

describe('with the real settings file', () => {
  it('keeps changes across restarts and forwards a recovery notice', () => {
    const dir = mkdtempSync(join(tmpdir(), 'balans-service-'));
    try {
      const clock = manualClock(NOW);
      const store = () =>
        new SettingsStore({
          cwd: dir,
          Store: Conf,
          clock,
          defaults: () => defaultSettings('Europe/Amsterdam'),
          check: checkSettings,
        });
      new SettingsService({ store: store(), clock }).saveWindow(focus());
      expect(new SettingsService({ store: store(), clock }).getSettings().windows).toHaveLength(1);

      writeFileSync(join(dir, 'settings.json'), '{"trunc');
      const notices: AppNotice[] = [];
      const recovered = new SettingsService({ store: store(), clock, notify: (n) => notices.push(n) });
      expect(notices.map((n) => n.key)).toEqual(['settings.recovered.backup']);
      expect(recovered.getSettings().windows).toHaveLength(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
