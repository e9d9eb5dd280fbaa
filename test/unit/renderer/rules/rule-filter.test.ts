import { describe, expect, it } from 'vitest';
import { isDirty, visibleRules } from '../../../../renderer/src/features/rules/rule-filter.ts';
import type { Rule } from '../../../../electron/shared/domain/rules.ts';

const rules: Rule[] = [
  { id: 'a', field: 'site', match: 'exact', pattern: 'YouTube.com', category: 'entertainment' },
  { id: 'b', field: 'app', match: 'exact', pattern: 'Slack', category: 'communication' },
  { id: 'c', field: 'site', match: 'exact', pattern: 'youtube.be', category: 'work' },
];

describe('visibleRules', () => {
  it('keeps list positions, matching pattern text in any case and one category', () => {
    expect(visibleRules(rules, { text: 'youtube', category: '' })).toEqual([0, 2]);
    expect(visibleRules(rules, { text: ' YOUTUBE ', category: 'work' })).toEqual([2]);
    expect(visibleRules(rules, { text: '', category: '' })).toEqual([0, 1, 2]);
  });
});

describe('isDirty', () => {
  it('sees edits and reordering', () => {
    expect(isDirty(rules, [...rules])).toBe(false);
    expect(isDirty([rules[1]!, rules[0]!, rules[2]!], rules)).toBe(true);
    expect(isDirty([{ ...rules[0]!, pattern: 'x' }, rules[1]!, rules[2]!], rules)).toBe(true);
  });
});
