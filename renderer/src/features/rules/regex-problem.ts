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
