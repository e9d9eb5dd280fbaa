import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { checkRuleRegex, REGEX_PROBLEMS } from '../../../../electron/core/rules/regex-safety.ts';
import { BalansError } from '../../../../electron/shared/result.ts';
import { unrunnableRuleIssues } from '../../../../electron/core/rules/unrunnable-rules.ts';
import type { Rule } from '../../../../electron/shared/domain/rules.ts';
import type { Failure } from '../../../../electron/shared/result.ts';
import { patternIssueAt, ruleFailureText } from '../../../../renderer/src/features/rules/regex-problem.ts';
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

  it('puts each refused pattern’s own sentence at its own row, from the issues core names', async () => {
    const t = i18next.createInstance();
    await t.init({ lng: 'nl', resources: { en: { translation: en }, nl: { translation: nl } } });
    const rule = (pattern: string, match: Rule['match'] = 'regex'): Rule => ({
      id: `r${pattern.length}`,
      field: 'title',
      match,
      pattern,
      category: 'work',
    });
    const shared = [rule('ok'), rule('(?>atomic)'), rule('(a)\\1', 'glob'), rule('[')];
    const issues = unrunnableRuleIssues({ rules: shared, profiles: [] });
    const failure: Failure = { ok: false, code: 'invalid-input', message: '', issues };
    expect(shared.map((_, i) => patternIssueAt(t.t, failure, i))).toEqual([
      null,
      nl.regexProblem['atomic-group'],
      null, // a glob is never read as a regex
      nl.regexProblem.syntax,
    ]);
    const overrides = unrunnableRuleIssues({
      rules: [],
      profiles: [{ ruleOverrides: [rule('x(?<=y)')] }, { ruleOverrides: [rule('fine'), rule('(?!no)')] }],
    });
    expect(overrides).toEqual([
      'profiles.0.ruleOverrides.0.pattern: regex-lookaround',
      'profiles.1.ruleOverrides.1.pattern: regex-lookaround',
    ]);
    // Another problem at a pattern (a schema message) is a plain "check this", never main's English.
    const schema: Failure = {
      ok: false,
      code: 'invalid-input',
      message: '',
      issues: ['rules.0.pattern: Too big'],
    };
    expect(patternIssueAt(t.t, schema, 0)).toBe(nl.errors.fieldProblem);
    expect(patternIssueAt(t.t, null, 0)).toBeNull();
  });
});
