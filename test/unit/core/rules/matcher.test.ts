import { describe, expect, it } from 'vitest';
import { recordedObservation } from '../../../../electron/core/sites/observation.ts';
import { categorise, compileRules } from '../../../../electron/core/rules/matcher.ts';
import { DEFAULT_RULES, PROFESSIONAL_OVERRIDES } from '../../../../electron/core/rules/default-rules.ts';
import type { Rule } from '../../../../electron/shared/domain/rules.ts';
import type { Profile } from '../../../../electron/shared/domain/profiles.ts';
import { BalansError } from '../../../../electron/shared/result.ts';

const profile = (id: string, ruleOverrides: Rule[] = []): Profile => ({
  id,
  name: id,
  colour: '#336699',
  icon: 'briefcase',
  ruleOverrides,
  limits: [],
  actions: {},
});

const rule = (
  id: string,
  field: Rule['field'],
  match: Rule['match'],
  pattern: string,
  category: string,
): Rule => ({
  id,
  field,
  match,
  pattern,
  category,
});

describe('profile overrides', () => {
  const matcher = compileRules({
    rules: [...DEFAULT_RULES],
    profiles: [profile('professional', [...PROFESSIONAL_OVERRIDES]), profile('private')],
  });
  const linkedIn = recordedObservation({ app: 'firefox', title: '(2) Feed | LinkedIn — Mozilla Firefox' });

  it('makes LinkedIn work in Professional and social in Private', () => {
    expect(categorise(matcher, { ...linkedIn, profileId: 'professional' })).toBe('work');
    expect(categorise(matcher, { ...linkedIn, profileId: 'private' })).toBe('social');
    expect(categorise(matcher, linkedIn)).toBe('social');
  });

  it('falls back to the shared list when no override matches', () => {
    expect(categorise(matcher, { ...{ app: 'Slack' }, profileId: 'professional' })).toBe('communication');
  });

  it('ignores an unknown profile id', () => {
    expect(categorise(matcher, { ...linkedIn, profileId: 'nobody' })).toBe('social');
  });
});

describe('rule order and match kinds', () => {
  it('lets the first matching rule win, whatever its kind', () => {
    const rules = [
      rule('a', 'title', 'regex', 'invoice \\d+', 'work'),
      rule('b', 'app', 'exact', 'evince', 'other'),
      rule('c', 'app', 'glob', 'evi*', 'entertainment'),
    ];
    const m = compileRules({ rules, profiles: [] });
    expect(categorise(m, { app: 'Evince', title: 'Invoice 2291.pdf' })).toBe('work');
    expect(categorise(m, { app: 'Evince', title: 'holiday.pdf' })).toBe('other');
    expect(categorise(m, { app: 'Evil game' })).toBe('entertainment');
  });

  it('prefers an earlier glob over a later exact rule', () => {
    const m = compileRules({
      rules: [
        rule('a', 'app', 'glob', '*chat*', 'communication'),
        rule('b', 'app', 'exact', 'chatgpt', 'work'),
      ],
      profiles: [],
    });
    expect(categorise(m, { app: 'ChatGPT' })).toBe('communication');
  });

  it('matches globs with ? and inner *, case-insensitively', () => {
    const m = compileRules({ rules: [rule('a', 'title', 'glob', 'report-20??*.PDF', 'work')], profiles: [] });
    expect(categorise(m, { app: 'x', title: 'Report-2024-final.pdf' })).toBe('work');
    expect(categorise(m, { app: 'x', title: 'Report-24.pdf' })).toBe('other');
  });

  it('treats dots in globs literally', () => {
    const m = compileRules({ rules: [rule('a', 'app', 'glob', 'a.b*', 'work')], profiles: [] });
    expect(categorise(m, { app: 'axb' })).toBe('other');
    expect(categorise(m, { app: 'a.bc' })).toBe('work');
  });

  it('matches the executable file name as the app', () => {
    const m = compileRules({ rules: [rule('a', 'app', 'exact', 'firefox', 'work')], profiles: [] });
    expect(categorise(m, { app: 'Navigator', executable: 'C:\\Apps\\Firefox.EXE' })).toBe('work');
  });

  it('lets a site rule cover subdomains but not look-alike domains', () => {
    const m = compileRules({
      rules: [rule('a', 'site', 'exact', 'www.YouTube.com', 'entertainment')],
      profiles: [],
    });
    expect(categorise(m, { app: 'x', site: 'music.youtube.com' })).toBe('entertainment');
    expect(categorise(m, { app: 'x', site: 'notyoutube.com' })).toBe('other');
  });

  it('never matches a pattern rule against a missing field', () => {
    const m = compileRules({ rules: [rule('a', 'title', 'glob', '*', 'work')], profiles: [] });
    expect(categorise(m, { app: 'x' })).toBe('other');
    expect(categorise(m, { app: 'x', title: 'anything' })).toBe('work');
  });

  it('refuses a regex RE2 cannot run (lookahead) when compiling', () => {
    const rules = [rule('a', 'title', 'regex', 'foo(?=bar)', 'work')];
    expect(() => compileRules({ rules, profiles: [] })).toThrow(BalansError);
  });

  it('runs a pattern that backtracks catastrophically elsewhere, matching as a regex should', () => {
    const rules = [rule('a', 'title', 'regex', '^(a+)+$', 'work')];
    const matcher = compileRules({ rules, profiles: [] });
    expect(matcher.categorise({ app: 'x', title: 'aaaa' })).toBe('work');
    expect(matcher.categorise({ app: 'x', title: `${'a'.repeat(50_000)}!` })).toBe('other');
  });
});
