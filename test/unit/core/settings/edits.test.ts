import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../../electron/core/settings/default-settings.ts';
import {
  withCategoryDeleted,
  withCategorySaved,
  withProfileDeleted,
  withProfileSaved,
  withRulesSet,
} from '../../../../electron/core/settings/edits.ts';
import { newId } from '../../../../electron/core/settings/new-ids.ts';

const settings = defaultSettings('Europe/Amsterdam');

describe('settings edits', () => {
  it('leave the settings they are given as they were, and answer the item as saved', () => {
    const before = structuredClone(settings);
    const { settings: next, saved } = withProfileSaved(settings, {
      name: 'Side project',
      colour: '#336699',
      icon: 'star',
    });
    expect(settings).toEqual(before);
    expect(saved).toMatchObject({ id: 'side-project', ruleOverrides: [], limits: [], actions: {} });
    expect(next.profiles.at(-1)).toEqual(saved);
  });

  it('give new items ids from their names, unique among the others', () => {
    expect(newId('Family time', [{ id: 'family-time' }, { id: 'family-time-2' }])).toBe('family-time-3');
    expect(newId('!!!', [])).toBe('item');
    const { saved } = withRulesSet(settings, [
      { field: 'app', match: 'exact', pattern: 'Slack', category: 'communication' },
      { field: 'app', match: 'exact', pattern: 'Slack', category: 'work' },
    ]);
    expect(new Set(saved.map((r) => r.id)).size).toBe(2);
  });

  it('refuse deleting a built-in profile, or a category still in use without somewhere to move it', () => {
    expect(() => withProfileDeleted(settings, 'private')).toThrow(
      expect.objectContaining({ code: 'conflict' }),
    );
    const { settings: withHobby } = withCategorySaved(settings, { name: 'Hobby' });
    const used = {
      ...withHobby,
      rules: [
        { id: 'h', field: 'app' as const, match: 'exact' as const, pattern: 'Blender', category: 'hobby' },
      ],
    };
    expect(() => withCategoryDeleted(used, 'hobby')).toThrow(expect.objectContaining({ code: 'conflict' }));
    expect(withCategoryDeleted(used, 'hobby', 'work').rules[0]?.category).toBe('work');
  });
});
