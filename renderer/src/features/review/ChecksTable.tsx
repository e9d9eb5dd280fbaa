import { useTranslation } from 'react-i18next';
import type { ChecksSplit } from '../../../../electron/shared/contract/reports.ts';
import { formatDuration, numberFormat } from '../../lib/format.ts';
import { checkGapText } from './check-gap.ts';
import './review.css';

/** Checks of communication and of social apps over a day or a range: how many, per active hour, median gap. */
export function ChecksTable({ split }: { split: ChecksSplit }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const rate = numberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return (
    <table className="checks-split" data-testid="checks-split">
      <caption>{t('review.checksCaption', { active: formatDuration(split.activeMs, locale) })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('review.kind')}</th>
          <th scope="col">{t('review.count')}</th>
          <th scope="col">{t('review.perActiveHour')}</th>
          <th scope="col">{t('review.medianGap')}</th>
        </tr>
      </thead>
      <tbody>
        {split.byKind.map((kind) => (
          <tr key={kind.kind} data-kind={kind.kind}>
            <th scope="row">{t(`category.${kind.kind}`)}</th>
            <td>{kind.checks}</td>
            <td>{kind.perActiveHour === null ? t('review.noValue') : rate.format(kind.perActiveHour)}</td>
            <td>{checkGapText(kind.medianMsBetweenChecks, t, locale)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
