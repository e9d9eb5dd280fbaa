import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { checkRuleRegex, REGEX_PROBLEMS } from '../../../../electron/core/rules/regex-safety.ts';
import { BalansError } from '../../../../electron/shared/result.ts';
import { ruleFailureText } from '../../../../renderer/src/features/rules/regex-problem.ts';
import { en } from '../../../../electron/shared/i18n/en.ts';
import { nl } from '../../../../electron/shared/i18n/nl.ts';

const refusal = (pattern: string) => {
  try {
    checkRuleRegex(pattern);
  } catch (error) {
    if (error instanceof BalansError) return { message: error.message };
  }
  throw new Error(`${pattern} was accepted`);
};

describe('a refused rule regex in the user’s language', () => {
  it('has a message in every language for every problem main can name', () => {
    for (const problem of REGEX_PROBLEMS) expect(en.regexProblem[problem], problem).toBeTruthy();
  });

  it('shows the translated explanation, not main’s English', async () => {
    const t = i18next.createInstance();
    await t.init({ lng: 'nl', resources: { en: { translation: en }, nl: { translation: nl } } });
    expect(ruleFailureText(t.t, refusal('foo(?=bar)'))).toBe(nl.regexProblem.lookaround);
    expect(ruleFailureText(t.t, refusal('(a)\\1'))).toBe(nl.regexProblem['back-reference']);
    expect(ruleFailureText(t.t, refusal('('))).toBe(nl.regexProblem.syntax);
    expect(ruleFailureText(t.t, { message: 'Unknown profile x' })).toBe('Unknown profile x');
  });
});
