import { describe, expect, it } from 'vitest';
import { checkRuleRegex } from '../../../../electron/core/rules/regex-safety.ts';
import { BalansError } from '../../../../electron/shared/result.ts';

const codeOf = (pattern: string): string | null => {
  try {
    checkRuleRegex(pattern);
    return null;
  } catch (error) {
    return error instanceof BalansError ? error.code : 'not a BalansError';
  }
};

describe('checkRuleRegex', () => {
  it.each([
    '^slack$',
    '(foo|bar)+',
    '\\d{1,3}\\.\\d+',
    '^(microsoft )?(word|excel)$',
    '(ab)?c*',
    '[a-z]+ - youtube',
    'a{2}b',
    '\\((\\d+)\\)',
    '(?:x|y)*z',
    '(?<name>\\w+)@',
    '.*.*',
    'a{',
  ])('accepts %s', (pattern) => {
    expect(codeOf(pattern)).toBeNull();
  });

  it.each([
    ['(', 'does not compile'],
    ['[a-', 'does not compile'],
    ['*x', 'does not compile'],
    ['(a+)+$', 'nested quantifier'],
    ['(a*)*', 'nested quantifier'],
    ['(\\w+\\s?)*$', 'nested quantifier'],
    ['(x+x+)+y', 'nested quantifier'],
    ['(.*a){20}', 'nested quantifier'],
    ['((ab)*c)+', 'nested quantifier'],
    ['(a|ab)*c', 'overlapping alternatives'],
    ['(.|x)+', 'overlapping alternatives'],
    ['(\\d|1)+', 'overlapping alternatives'],
    ['(a)\\1+', 'back-reference'],
    ['(?<n>a)\\k<n>', 'back-reference'],
  ])('rejects %s (%s) as invalid input', (pattern) => {
    expect(codeOf(pattern)).toBe('invalid-input');
  });

  it('stops a pattern that would hang the matcher before it runs', () => {
    // Without the check this pattern takes seconds on a 30-character title.
    expect(codeOf('^(\\w+\\s?)*$')).toBe('invalid-input');
  });
});
