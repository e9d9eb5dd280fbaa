import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { manualClock } from '../../../../../electron/core/clock.ts';
import { compileRules } from '../../../../../electron/core/rules/matcher.ts';
import { defaultSettings } from '../../../../../electron/core/settings/default-settings.ts';
import {
  SettingsStore,
  type SettingsStoreOptions,
} from '../../../../../electron/main/adapters/settings/settings-store.ts';
import { SETTINGS_MIGRATIONS } from '../../../../../electron/main/adapters/settings/settings-migrations.ts';
import type { Settings } from '../../../../../electron/shared/domain/settings.ts';

let dir: string;
const clock = manualClock(Date.parse('2025-06-02T10:00:00Z'));
const STAMP = '2025-06-02T10-00-00-000Z';

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'balans-settings-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const store = (extra: Partial<SettingsStoreOptions> = {}) =>
  new SettingsStore({
    cwd: dir,
    Store: Conf,
    clock,
    defaults: () => defaultSettings('Europe/Amsterdam'),
    check: (s) => void compileRules(s),
    ...extra,
  });

const files = () => readdirSync(dir).sort();
const read = (name: string) => readFileSync(join(dir, name), 'utf8');
const custom = (): Settings => ({
  ...defaultSettings('Europe/Amsterdam'),
  defaultProfileId: 'professional',
  timeZone: 'Asia/Tokyo',
});

/** Saves `custom()` as a good save, so both the file and its backup hold it. */
function withGoodSave(): void {
  store().load();
  store().save(custom());
}

describe('first start and round trip', () => {
  it('writes the defaults and a backup on a first start, with no notice', () => {
    const loaded = store().load();
    expect(loaded).toEqual({ settings: defaultSettings('Europe/Amsterdam'), notice: null });
    expect(files()).toEqual(['settings.backup.json', 'settings.json']);
    expect(JSON.parse(read('settings.backup.json'))).toEqual(JSON.parse(read('settings.json')));
  });

  it('reads back what was saved, in a new instance', () => {
    withGoodSave();
    expect(store().load()).toEqual({ settings: custom(), notice: null });
  });

  it('refuses to save invalid settings and leaves both files untouched', () => {
    withGoodSave();
    const before = [read('settings.json'), read('settings.backup.json')];
    const s = store();
    s.load();
    expect(() => s.save({ ...custom(), defaultProfileId: 'nobody' })).toThrow();
    const badRegex = {
      ...custom(),
      rules: [
        { id: 'r', field: 'title' as const, match: 'regex' as const, pattern: '(?<=a)b', category: 'work' },
      ],
    };
    expect(() => s.save(badRegex)).toThrow();
    expect([read('settings.json'), read('settings.backup.json')]).toEqual(before);
  });
});

describe('a settings file with a regex rule RE2 cannot run (accepted by older versions)', () => {
  it('loads everything else, takes out only that rule, keeps the file as it was and says which', () => {
    withGoodSave();
    const rules = [
      { id: 'r1', field: 'title', match: 'regex', pattern: 'youtube(?!.*music)', category: 'entertainment' },
      { id: 'r2', field: 'app', match: 'exact', pattern: 'Slack', category: 'communication' },
    ];
    const original = JSON.stringify({ ...custom(), rules });
    writeFileSync(join(dir, 'settings.json'), original);
    const loaded = store().load();
    expect(loaded.settings.timeZone).toBe('Asia/Tokyo');
    expect(loaded.settings.rules.map((r) => r.id)).toEqual(['r2']);
    const keptAs = `settings.rules-${STAMP}.json`;
    expect(loaded.notice).toEqual({
      level: 'warning',
      key: 'storage.rulesDropped',
      values: { patterns: 'youtube(?!.*music)', keptAs },
    });
    expect(read(keptAs)).toBe(original);
    expect(JSON.parse(read('settings.json')).rules.map((r: { id: string }) => r.id)).toEqual(['r2']);
  });
});

describe('an unusable settings file', () => {
  it.each([
    ['truncated JSON', '{"version": 1, "timeZone": "Europe/Ams', 'unreadable'],
    ['wrong types', JSON.stringify({ ...custom(), windows: 'none', profiles: 3 }), 'invalid'],
    ['not an object', '[1, 2, 3]', 'invalid'],
    ['no version', JSON.stringify({ ...custom(), version: undefined }), 'invalid'],
    ['a broken link', JSON.stringify({ ...custom(), defaultProfileId: 'ghost' }), 'invalid'],
  ])('with %s is kept aside byte for byte and the backup is loaded', (_label, content, reason) => {
    withGoodSave();
    writeFileSync(join(dir, 'settings.json'), content);
    const loaded = store().load();
    const keptAs = `settings.${reason}-${STAMP}.json`;
    expect(loaded.settings).toEqual(custom());
    expect(loaded.notice).toEqual({
      level: 'warning',
      key: 'settings.recovered.backup',
      values: { reason, keptAs },
    });
    expect(read(keptAs)).toBe(content);
    expect(JSON.parse(read('settings.json'))).toEqual(custom());
    expect(store().load().notice).toBeNull();
  });

  it('from a future version is kept aside; with a future backup too, the defaults load and both copies stay', () => {
    const future = JSON.stringify({ ...custom(), version: 7, somethingNew: true });
    writeFileSync(join(dir, 'settings.json'), future);
    writeFileSync(join(dir, 'settings.backup.json'), future);
    const loaded = store().load();
    expect(loaded.settings).toEqual(defaultSettings('Europe/Amsterdam'));
    expect(loaded.notice).toEqual({
      level: 'error',
      key: 'settings.recovered.defaults',
      values: { reason: 'future-version', keptAs: `settings.future-version-${STAMP}.json` },
    });
    expect(read(`settings.future-version-${STAMP}.json`)).toBe(future);
    expect(read(`settings.backup.future-version-${STAMP}.json`)).toBe(future);
  });

  it('loads the defaults when there is no backup', () => {
    writeFileSync(join(dir, 'settings.json'), '{"version": 1,');
    const loaded = store().load();
    expect(loaded.settings).toEqual(defaultSettings('Europe/Amsterdam'));
    expect(loaded.notice?.key).toBe('settings.recovered.defaults');
    expect(read(`settings.unreadable-${STAMP}.json`)).toBe('{"version": 1,');
  });

  it('keeps an unreadable backup aside too before loading the defaults', () => {
    writeFileSync(join(dir, 'settings.json'), '{');
    writeFileSync(join(dir, 'settings.backup.json'), '{"versi');
    const loaded = store().load();
    expect(loaded.notice?.key).toBe('settings.recovered.defaults');
    expect(read(`settings.unreadable-${STAMP}.json`)).toBe('{');
    expect(read(`settings.backup.unreadable-${STAMP}.json`)).toBe('{"versi');
    expect(JSON.parse(read('settings.backup.json'))).toEqual(JSON.parse(read('settings.json')));
  });

  it('never overwrites an earlier copy kept in the same millisecond', () => {
    writeFileSync(join(dir, 'settings.json'), '{');
    store().load();
    writeFileSync(join(dir, 'settings.json'), '{{');
    store().load();
    expect(read(`settings.unreadable-${STAMP}.json`)).toBe('{');
    expect(read(`settings.unreadable-${STAMP}-2.json`)).toBe('{{');
  });
});

describe('migrations', () => {
  // A made-up version 0 without categories, to exercise the mechanism (version 1 is the first real format).
  const v0 = () => {
    const { categories: _c, ...rest } = custom();
    return { ...rest, version: 0 };
  };
  const migrations = {
    ...SETTINGS_MIGRATIONS,
    0: (old: Record<string, unknown>) => ({ ...old, categories: [] }),
  };

  it('runs each step up to the current version, saves the result and keeps the old file', () => {
    writeFileSync(join(dir, 'settings.json'), JSON.stringify(v0()));
    const loaded = store({ migrations }).load();
    expect(loaded).toEqual({ settings: custom(), notice: null });
    expect(JSON.parse(read('settings.json'))).toEqual(custom());
    expect(JSON.parse(read(`settings.v0-${STAMP}.json`))).toEqual(v0());
  });

  it('moves a version 1 file to version 2 with the idle threshold, theme and language as before', () => {
    const { idleThresholdMinutes: _i, theme: _t, language: _l, ...rest } = { ...custom(), version: 1 };
    // Version 1 kept a PIN hash in the settings; the PIN now lives in the parent lock, so it must not linger here.
    const v1 = { ...rest, parentPin: { salt: '0'.repeat(32), hash: 'a'.repeat(64) } };
    writeFileSync(join(dir, 'settings.json'), JSON.stringify(v1));
    const loaded = store().load();
    expect(loaded.notice).toBeNull();
    expect(loaded.settings).toEqual({
      ...custom(),
      idleThresholdMinutes: 3,
      theme: 'system',
      language: 'system',
    });
    expect(read('settings.json')).not.toContain('parentPin');
    expect(JSON.parse(read(`settings.v1-${STAMP}.json`))).toEqual(v1);
  });

  it('treats a version with no migration step as unusable', () => {
    writeFileSync(join(dir, 'settings.json'), JSON.stringify(v0()));
    const loaded = store().load();
    expect(loaded.notice?.values).toMatchObject({ reason: 'invalid' });
    expect(JSON.parse(read(`settings.invalid-${STAMP}.json`))).toEqual(v0());
  });
});

describe('what conf alone would do', () => {
  it('throws on unreadable JSON without clearInvalidConfig, and empties the file with it', () => {
    writeFileSync(join(dir, 'settings.json'), '{"version": 1');
    expect(() => new Conf({ cwd: dir, configName: 'settings' })).toThrow(SyntaxError);
    new Conf({ cwd: dir, configName: 'settings', clearInvalidConfig: true });
    expect(read('settings.json')).toBe('{}');
  });
});
