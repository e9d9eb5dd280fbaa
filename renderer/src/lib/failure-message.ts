import type { TFunction } from 'i18next';
import type { Failure } from '../../../electron/shared/result.ts';

/**
 * A failed call as a sentence in the user's language, from its code (and, for invalid input, the fields it
 * names): never main's English developer message.
 */
export function failureMessage(t: TFunction, failure: Failure): string {
  // A conflict main names (`window-ended: …`) has its own sentence; the English after the colon is never shown.
  const named = failure.code === 'conflict' ? /^([a-z-]+):/u.exec(failure.message)?.[1] : undefined;
  const sentence =
    (named && t(`errors.conflictOf.${named}`, { defaultValue: '' })) ||
    t(`errors.${failure.code}`, { defaultValue: t('errors.internal') });
  const fields = [
    ...new Set(
      (failure.issues ?? [])
        .map((issue) => issue.split(':')[0]?.trim().split('.').at(-1) ?? '')
        .filter((field) => field && field !== '(input)'),
    ),
  ];
  if (fields.length === 0) return sentence;
  const names = fields.map((field) => t(`errors.field.${field}`, { defaultValue: field }));
  return `${sentence} ${t('errors.checkFields', { fields: names.join(', ') })}`;
}

/** The field an issue line (`path.to.field: message`) is about: its last path part. */
const fieldOf = (issue: string): string => issue.split(':')[0]?.trim().split('.').at(-1) ?? '';

/**
 * What is wrong with one field, in the user's language, or null: main's codes (`end: same-as-start`) have their
 * own sentence; a schema message (English, for developers) becomes a plain "check this".
 */
export function issueAt(t: TFunction, failure: Failure | null, field: string): string | null {
  const issue = failure?.issues?.find((i) => fieldOf(i) === field);
  if (!issue) return null;
  const code = issue.slice(issue.indexOf(':') + 1).trim();
  return t(`errors.issue.${code}`, { defaultValue: t('errors.fieldProblem') });
}
