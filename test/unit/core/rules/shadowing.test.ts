import { describe, expect, it } from 'vitest';
import { shadowedRules } from '../../../../electron/core/rules/shadowing.ts';
import type { Rule } from '../../../../electron/shared/domain/rules.ts';

let n = 0;
const rule = (field: Rule['field'], match: Rule['match'], pattern: string, category = 'work'): Rule => ({
  id: `r${++n}`,
  field,
  match,
  pattern,
  category,
});

describe('shadowedRules', () => {
  it('finds a later exact rule an earlier one already decides, naming the winner', () => {
    const early = rule('site', 'exact', 'YouTube.com', 'entertainment');
    const late = rule('site', 'exact', 'youtube.com', 'work');
    expect(shadowedRules([early, late])).toEqual([{ ruleId: late.id, by: early.id, sameCategory: false }]);
  });

  it('counts a parent domain and a covering glob, and says when the category is the same', () => {
    const parent = rule('site', 'exact', 'google.com', 'work');
    const sub = rule('site', 'exact', 'docs.google.com', 'work');
    const glob = rule('title', 'glob', '*youtube*', 'entertainment');
    const exact = rule('title', 'exact', 'Lectures - YouTube', 'work');
    const narrowerGlob = rule('title', 'glob', '*youtube.com*', 'work');
    expect(shadowedRules([parent, sub, glob, exact, narrowerGlob])).toEqual([
      { ruleId: sub.id, by: parent.id, sameCategory: true },
      { ruleId: exact.id, by: glob.id, sameCategory: false },
      { ruleId: narrowerGlob.id, by: glob.id, sameCategory: false },
    ]);
  });

  it('does not warn where it cannot prove it: other fields, later winners, wider globs, regexes', () => {
    const rules = [
      rule('app', 'exact', 'firefox'),
      rule('title', 'exact', 'firefox'),
      rule('site', 'exact', 'm.youtube.com'),
      rule('site', 'exact', 'youtube.com'),
      rule('title', 'glob', 'a?c'),
      rule('title', 'glob', 'a*c'),
      rule('title', 'regex', '.*'),
      rule('title', 'exact', 'anything'),
    ];
    expect(shadowedRules(rules)).toEqual([]);
  });

  it('puts a new rule on top out of every shadow', () => {
    const old = rule('site', 'exact', 'linkedin.com', 'social');
    const added = rule('site', 'exact', 'linkedin.com', 'work');
    expect(shadowedRules([old, added])).toHaveLength(1);
    expect(shadowedRules([added, old])).toEqual([{ ruleId: old.id, by: added.id, sameCategory: false }]);
  });
});
