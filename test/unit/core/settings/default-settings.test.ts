import { describe, expect, it } from 'vitest';
import { checkSettings } from '../../../../electron/core/settings/check-settings.ts';
import { defaultSettings } from '../../../../electron/core/settings/default-settings.ts';
import { settingsSchema } from '../../../../electron/shared/domain/settings.ts';
import type { BalansError } from '../../../../electron/shared/result.ts';

describe('default settings', () => {
  it('pass the schema and every check', () => {
    const settings = defaultSettings('Europe/Amsterdam');
    expect(settingsSchema.parse(settings)).toEqual(settings);
    expect(() => checkSettings(settings)).not.toThrow();
  });

  it('have the two built-in profiles, Private as default, and no windows', () => {
    const settings = defaultSettings();
    expect(settings.profiles.map((p) => p.id)).toEqual(['professional', 'private']);
    expect(settings).toMatchObject({ defaultProfileId: 'private', windows: [], timeZone: 'system' });
  });
});

describe('checkSettings', () => {
  const codeOf = (mutate: (s: ReturnType<typeof defaultSettings>) => void) => {
    const s = defaultSettings('UTC');
    mutate(s);
    try {
      checkSettings(s);
      return null;
    } catch (error) {
      return (error as BalansError).code;
    }
  };

  it.each([
    [
      'a duplicate profile name',
      (s) => s.profiles.push({ ...s.profiles[0]!, id: 'other', name: ' professional ' }),
      'conflict',
    ],
    ['an action for an unknown category', (s) => (s.profiles[0]!.actions.games = 'block'), 'not-found'],
    [
      'a limit on an unknown category',
      (s) =>
        s.profiles[0]!.limits.push({ target: { kind: 'category', category: 'games' }, minutesPerDay: 30 }),
      'not-found',
    ],
    ['an unknown default profile', (s) => (s.defaultProfileId = 'ghost'), 'not-found'],
    [
      'an override with a regex RE2 cannot run',
      (s) =>
        s.profiles[1]!.ruleOverrides.push({
          id: 'x',
          field: 'title',
          match: 'regex',
          pattern: '(a)\\1',
          category: 'work',
        }),
      'invalid-input',
    ],
  ] as [string, (s: ReturnType<typeof defaultSettings>) => void, string][])(
    'refuses %s',
    (_label, mutate, code) => {
      expect(codeOf(mutate)).toBe(code);
    },
  );
});
