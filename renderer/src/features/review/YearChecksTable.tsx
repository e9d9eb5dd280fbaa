import { useTranslation } from 'react-i18next';
import { CHECK_KINDS } from '../../../../electron/shared/contract/reports.ts';
import type { YearMonth } from '../../../../electron/shared/contract/views.ts';
import { checkGapText } from './check-gap.ts';
import './review.css';

/** Each month's checks per kind and the median time between them, from the per-day facts. */
export function YearChecksTable({
  months,
  labelOfMonth,
}: {
  months: YearMonth[];
  labelOfMonth: (month: string) => string;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  return (
    <table className="checks-split" data-testid="year-checks">
      <thead>
        <tr>
          <th scope="col" rowSpan={2}>
            {t('review.month')}
          </th>
          {CHECK_KINDS.map((kind) => (
            <th key={kind} scope="colgroup" colSpan={2}>
              {t(`category.${kind}`)}
            </th>
          ))}
        </tr>
        <tr>
          {CHECK_KINDS.flatMap((kind) => [
            <th key={`${kind}-count`} scope="col">
              {t('review.count')}
            </th>,
            <th key={`${kind}-gap`} scope="col">
              {t('review.medianGap')}
            </th>,
          ])}
        </tr>
      </thead>
      <tbody>
        {months
          .filter((m) => m.checksSplit.activeMs > 0)
          .map((m) => (
            <tr key={m.month} data-month={m.month}>
              <th scope="row">{labelOfMonth(m.month)}</th>
              {m.checksSplit.byKind.flatMap((kind) => [
                <td key={`${kind.kind}-count`}>{kind.checks}</td>,
                <td key={`${kind.kind}-gap`}>{checkGapText(kind.medianMsBetweenChecks, t, locale)}</td>,
              ])}
            </tr>
          ))}
      </tbody>
    </table>
  );
}
