import { describe, expect, it } from 'vitest';
import { moveRule, newRuleId, ruleFor } from '../../../../renderer/src/features/rules/rule-drafts.ts';

describe('rule drafts', () => {
  it('moves a rule up or down and leaves the ends alone', () => {
    expect(moveRule(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveRule(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveRule(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveRule(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });

  it('makes valid, unique ids from any pattern', () => {
    expect(newRuleId('YouTube.com', [])).toBe('rule-youtube-com');
    expect(newRuleId('YouTube.com', [{ id: 'rule-youtube-com' }])).toBe('rule-youtube-com-2');
    expect(newRuleId('日本', [])).toMatch(/^[a-z0-9][a-z0-9-]*$/);
  });

  it('categorises an unmatched site or app with an exact rule on that field', () => {
    expect(ruleFor({ kind: 'site', name: 'kagi.com' }, 'work')).toEqual({
      field: 'site',
      match: 'exact',
      pattern: 'kagi.com',
      category: 'work',
    });
  });
});
