import { describe, expect, it } from 'vitest';
import { compileGlob } from '../../../../electron/core/rules/glob.ts';
import { checkRuleRegex, compileRuleRegex } from '../../../../electron/core/rules/regex-safety.ts';
import { BalansError } from '../../../../electron/shared/result.ts';
import {
  CATASTROPHIC_PATTERNS as CATASTROPHIC,
  HOSTILE_TITLES,
} from '../../../fixtures/catastrophic-patterns.ts';

const refusalOf = (pattern: string): string | null => {
  try {
    checkRuleRegex(pattern);
    return null;
  } catch (error) {
    return error instanceof BalansError ? `${error.code} ${error.message}` : 'not a BalansError';
  }
};

describe('rule regexes on RE2', () => {
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
    '[(?=]x',
    '\\(?=x',
    ...CATASTROPHIC,
  ])('accepts %s', (pattern) => {
    expect(refusalOf(pattern)).toBeNull();
  });

  it.each([
    ['(', 'syntax'],
    ['[a-', 'syntax'],
    ['*x', 'syntax'],
    ['foo(?=bar)', 'lookaround'],
    ['foo(?!bar)', 'lookaround'],
    ['(?<=foo)bar', 'lookaround'],
    ['(?<!foo)bar', 'lookaround'],
    ['(a)\\1+', 'back-reference'],
    ['(?<n>a)\\k<n>', 'back-reference'],
    ['(?>ab)c', 'atomic-group'],
    ['a++b', 'atomic-group'],
  ])(
    'refuses %s as invalid input (%s), naming the problem for the translated message',
    (pattern, problem) => {
      expect(refusalOf(pattern)).toMatch(new RegExp(`^invalid-input regex:${problem}: `));
    },
  );

  it('matches case-insensitively, as rules always have', () => {
    expect(compileRuleRegex('^Slack')('slack | general')).toBe(true);
  });

  // Each of these takes seconds to hours on a backtracking engine with a title this long; on RE2 each finishes.
  // The test asserts that they finish and answer correctly, not how fast (bench/regex.bench.ts records the time).
  const title = HOSTILE_TITLES[0]!;
  it.each(CATASTROPHIC)('%s finishes against each 100,000-character title', (pattern) => {
    const test = compileRuleRegex(pattern);
    for (const hostile of HOSTILE_TITLES) expect(typeof test(hostile)).toBe('boolean');
  });

  it('globs run on RE2 too: many stars against a long title finish', () => {
    expect(compileGlob('*a*a*a*a*a*a*b')(title)).toBe(false);
    expect(compileGlob('*a*a*a*!')(title)).toBe(true);
  });
});
