import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../../electron/core/settings/default-settings.ts';
import { withoutCategory, withoutProfile } from '../../../../electron/core/settings/reassign.ts';
import type { Settings } from '../../../../electron/shared/domain/settings.ts';

const base = (): Settings => {
  const settings = defaultSettings('UTC');
  return {
    ...settings,
    categories: [{ id: 'news', name: 'News' }],
    profiles: [
      ...settings.profiles.map((p) =>
        p.id === 'private'
          ? {
              ...p,
              actions: { ...p.actions, news: 'block' as const },
              limits: [
                { target: { kind: 'category' as const, category: 'news' }, minutesPerDay: 20 },
                { target: { kind: 'category' as const, category: 'entertainment' }, minutesPerDay: 60 },
              ],
            }
          : p,
      ),
      {
        id: 'kids',
        name: 'Kids',
        colour: '#123456',
        icon: 'people',
        ruleOverrides: [
          { id: 'k', field: 'site', match: 'exact', pattern: 'news.example', category: 'news' },
        ],
        limits: [],
        actions: {},
      },
    ],
    manualSwitch: { profileId: 'kids', setAt: 0, until: null },
    defaultProfileId: 'kids',
  };
};

describe('withoutProfile', () => {
  it('moves the default to the target and ends a manual switch to the deleted profile', () => {
    const next = withoutProfile(base(), 'kids', 'private');
    expect(next.profiles.map((p) => p.id)).toEqual(['professional', 'private']);
    expect(next.defaultProfileId).toBe('private');
    expect(next.manualSwitch).toBeNull();
    // The target's own rules stay first, so they keep winning.
    expect(next.profiles.find((p) => p.id === 'private')?.ruleOverrides.at(-1)?.id).toBe('k');
  });

  it('leaves the input untouched', () => {
    const input = base();
    const copy = structuredClone(input);
    withoutProfile(input, 'kids', 'private');
    expect(input).toEqual(copy);
  });
});

describe('withoutCategory', () => {
  it('moves rules, keeps the stricter limit and the target action', () => {
    const next = withoutCategory(base(), 'news', 'entertainment');
    const priv = next.profiles.find((p) => p.id === 'private')!;
    expect(next.categories).toEqual([]);
    expect(next.profiles.find((p) => p.id === 'kids')?.ruleOverrides[0]?.category).toBe('entertainment');
    expect(priv.limits).toEqual([
      { target: { kind: 'category', category: 'entertainment' }, minutesPerDay: 20 },
    ]);
    expect('news' in priv.actions).toBe(false);
    expect(priv.actions.entertainment).toBe(base().profiles[1]!.actions.entertainment ?? 'block');
  });
});
