import type { TFunction } from 'i18next';
import { formatDuration } from '../../lib/format.ts';

/** A median time between checks as the tables show it: a duration, "under a minute", or too few checks for one. */
export function checkGapText(ms: number | null, t: TFunction, locale: string): string {
  if (ms === null) return t('review.tooFew');
  return ms < 30_000 ? t('review.underAMinute') : formatDuration(ms, locale);
}
