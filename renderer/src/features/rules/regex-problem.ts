import type { TFunction } from 'i18next';
import type { Failure } from '../../../../electron/shared/result.ts';
import { failureMessage } from '../../lib/failure-message.ts';

const PROBLEM = /^regex:([a-z-]+): /;

/**
 * The failure's text in the user's language when main refused a rule regex (its message starts with
 * `regex:<problem>:`, as core's rule regex check writes it); any other failure said from its code.
 */
export function ruleFailureText(
  t: TFunction,
  failure: Pick<Failure, 'message' | 'issues'> & Partial<Failure>,
): string {
  const problem = PROBLEM.exec(failure.message)?.[1];
  if (problem) return t(`regexProblem.${problem}`, { defaultValue: failure.message });
  return failure.ok === false ? failureMessage(t, failure as Failure) : failure.message;
}

/** The pattern field of rule `index` (from 0) in a rule list: `rules.3.pattern` or `….ruleOverrides.3.pattern`. */
const patternPath = (index: number) => new RegExp(`(?:^|\\.)(?:rules|ruleOverrides)\\.${index}\\.pattern:`);

/**
 * What main said about the pattern of rule `index` in a rule list it refused, in the user's language, or null: a
 * refused regex (`regex-<problem>`, from core's rule regex check) has its own sentence, any other problem there a
 * plain "check this".
 */
export function patternIssueAt(t: TFunction, failure: Failure | null, index: number): string | null {
  const issue = failure?.issues?.find((line) => patternPath(index).test(line));
  if (!issue) return null;
  const code = issue.slice(issue.indexOf(':') + 1).trim();
  const problem = /^regex-([a-z-]+)$/.exec(code)?.[1];
  if (problem) return t(`regexProblem.${problem}`, { defaultValue: t('errors.fieldProblem') });
  return t(`errors.issue.${code}`, { defaultValue: t('errors.fieldProblem') });
}
