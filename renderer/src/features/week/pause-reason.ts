import type { TFunction } from 'i18next';
import type { PauseKind } from '../../../../electron/shared/domain/boundaries.ts';

/** Every kind of pause with its sentence key; the compiler refuses a kind left out. */
const KIND_KEYS: Record<PauseKind, string> = {
  snooze: 'pauseKind.snooze',
  skip: 'pauseKind.skip',
  'pause-tracking': 'pauseKind.pause-tracking',
  'pause-everything': 'pauseKind.pause-everything',
  'one-more-minute': 'pauseKind.one-more-minute',
  'end-with-pin': 'pauseKind.end-with-pin',
};

const isKind = (text: string): text is PauseKind => Object.hasOwn(KIND_KEYS, text);

/**
 * A recorded pause reason as a sentence: main records `kind` or `kind: what the user typed`
 * ("end-with-pin", "pause-everything: doctor on the phone"); the kind becomes words in the user's language and
 * the typed reason is quoted. Anything else (an older record) is shown as it was typed.
 */
export function pauseReasonText(recorded: string | null | undefined, t: TFunction): string {
  if (!recorded) return t('week.noReason');
  const colon = recorded.indexOf(': ');
  const head = colon < 0 ? recorded : recorded.slice(0, colon);
  if (!isKind(head)) return recorded;
  const kind = t(KIND_KEYS[head]);
  return colon < 0 ? kind : t('pauseKind.withReason', { kind, reason: recorded.slice(colon + 2) });
}
