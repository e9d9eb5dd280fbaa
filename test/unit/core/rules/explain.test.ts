import fc from 'fast-check';
import { recordedObservation } from '../../../../electron/core/sites/observation.ts';
import { describe, expect, it } from 'vitest';
import { compileRules } from '../../../../electron/core/rules/matcher.ts';
import { DEFAULT_RULES } from '../../../../electron/core/rules/default-rules.ts';
import type { Rule } from '../../../../electron/shared/domain/rules.ts';
import type { Profile } from '../../../../electron/shared/domain/profiles.ts';

const rule = (id: string, field: Rule['field'], match: Rule['match'], pattern: string, category: string) =>
  ({ id, field, match, pattern, category }) satisfies Rule;

const profile = (id: string, ruleOverrides: Rule[]): Profile => ({
  id,
  name: id,
  colour: '#336699',
  icon: 'briefcase',
  ruleOverrides,
  limits: [],
  actions: {},
});

describe('explaining a category', () => {
  const matcher = compileRules({
    rules: [
      rule('chat', 'app', 'exact', 'Signal', 'communication'),
      rule('memes', 'title', 'glob', '*meme*', 'social'),
      rule('tube', 'site', 'exact', 'youtube.com', 'entertainment'),
    ],
    profiles: [profile('professional', [rule('tube-work', 'title', 'regex', 'conference talk', 'work')])],
  });

  it('names the shared rule that decided', () => {
    expect(matcher.explain({ app: 'signal' })).toEqual({
      category: 'communication',
      rule: { id: 'chat', from: 'shared' },
      site: '',
    });
    expect(matcher.explain({ app: 'Gimp', title: 'Best MEMEs 2026' }).rule).toEqual({
      id: 'memes',
      from: 'shared',
    });
  });

  it("names the profile's override when it decides, and the shared rule for other profiles", () => {
    const talk = recordedObservation({
      app: 'firefox',
      title: 'Conference talk - YouTube — Mozilla Firefox',
    });
    expect(matcher.explain({ ...talk, profileId: 'professional' })).toEqual({
      category: 'work',
      rule: { id: 'tube-work', from: 'profile' },
      site: 'youtube.com',
    });
    expect(matcher.explain({ ...talk, profileId: 'private' })).toMatchObject({
      category: 'entertainment',
      rule: { id: 'tube', from: 'shared' },
    });
  });

  it('says no rule matched when the fallback applies', () => {
    expect(matcher.explain({ app: 'Blender', title: 'scene.blend' })).toEqual({
      category: 'other',
      rule: null,
      site: '',
    });
  });

  it('always agrees with categorise (default rules, any window)', () => {
    const defaults = compileRules({ rules: [...DEFAULT_RULES], profiles: [] });
    const word = fc.constantFrom('Slack', 'firefox', 'YouTube', 'Code', 'Netflix', 'x', 'GitHub', 'Zoom', '');
    fc.assert(
      fc.property(word, word, fc.option(word, { nil: undefined }), (app, title, site) => {
        const observation = { app: app || 'app', title, ...(site ? { site } : {}) };
        expect(defaults.explain(observation).category).toBe(defaults.categorise(observation));
      }),
    );
  });
});
