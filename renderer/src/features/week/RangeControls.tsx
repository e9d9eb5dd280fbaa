import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatRange } from './format-range.ts';
import {
  rangeContaining,
  shiftRange,
  type DateRange,
  type RangeKind,
} from '../../../../electron/shared/domain/date-range.ts';

/** Week/month toggle and previous/next navigation; the arrow keys move between periods anywhere in the group. */
export function RangeControls({
  range,
  today,
  onChange,
}: {
  range: DateRange;
  today: string;
  onChange: (next: DateRange) => void;
}) {
  const { t, i18n } = useTranslation();
  const current = range.from <= today && today <= range.to;
  // Periods after this one hold nothing yet, so the way forward ends at the current period.
  const canGoNext = range.to < today;
  const move = (steps: number) => onChange(shiftRange(range, steps));
  const show = (next: RangeKind) => {
    if (next === range.kind) return;
    // Switching keeps the period that holds today when it is shown, otherwise the one holding the range's start.
    onChange(rangeContaining(current ? today : range.from, next));
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowLeft') move(-1);
    else if (event.key === 'ArrowRight' && canGoNext) move(1);
    else return;
    event.preventDefault();
  };
  return (
    <div
      className="week-controls"
      role="group"
      aria-label={t('week.rangeLabel')}
      aria-describedby="week-nav-help"
      onKeyDown={onKeyDown}
    >
      <div className="week-toggle" role="group" aria-label={t('week.rangeLabel')}>
        {(['week', 'month', 'year'] as const).map((option) => (
          <button
            key={option}
            type="button"
            aria-pressed={range.kind === option}
            onClick={() => show(option)}
          >
            {t(option === 'week' ? 'week.showWeek' : option === 'month' ? 'week.showMonth' : 'week.showYear')}
          </button>
        ))}
      </div>
      <button type="button" aria-keyshortcuts="ArrowLeft" onClick={() => move(-1)}>
        <span aria-hidden="true">‹ </span>
        {t(`week.previous.${range.kind}`)}
      </button>
      <h2 className="week-range" data-testid="week-range" aria-live="polite">
        {formatRange(range, i18n.language)}
      </h2>
      <button type="button" aria-keyshortcuts="ArrowRight" disabled={!canGoNext} onClick={() => move(1)}>
        {t(`week.next.${range.kind}`)}
        <span aria-hidden="true"> ›</span>
      </button>
      {!current && (
        <button type="button" onClick={() => onChange(rangeContaining(today, range.kind))}>
          {t(`week.thisPeriod.${range.kind}`)}
        </button>
      )}
      <p id="week-nav-help" className="hint">
        {t('week.navHelp')}
      </p>
    </div>
  );
}
