import { useTranslation } from 'react-i18next';
import type { PausesReport } from '../../../../electron/shared/contract/reports.ts';
import type { PauseScope } from '../../../../electron/shared/domain/usage.ts';
import { formatDuration, formatWeekdayTime } from '../../lib/format.ts';
import { pauseReasonText } from './pause-reason.ts';

const SCOPE_KEYS: Record<PauseScope, string> = {
  tracking: 'week.scopeTracking',
  window: 'week.scopeWindow',
  everything: 'week.scopeEverything',
};
/** Enough recent pauses to see a pattern without a month's list drowning the page. */
const RECENT = 10;

/** The period's pauses: how many and how long, time per reason, and the most recent ones. */
export function PausesSummary({ pauses, zone }: { pauses: PausesReport; zone: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  if (pauses.pauses.length === 0) return <p className="state state-empty">{t('week.noPauses')}</p>;
  const reasonOf = (reason: string | null | undefined) => pauseReasonText(reason, t);
  return (
    <>
      <p data-testid="pauses-total">
        {t('week.pausesTotal', {
          count: pauses.pauses.length,
          duration: formatDuration(pauses.totalMs, locale),
        })}
      </p>
      <table className="week-pause-reasons" data-testid="pause-reasons">
        <thead>
          <tr>
            <th scope="col">{t('week.reason')}</th>
            <th scope="col">{t('week.count')}</th>
            <th scope="col">{t('week.time')}</th>
          </tr>
        </thead>
        <tbody>
          {pauses.byReason.map((group) => (
            <tr key={group.reason ?? ''}>
              <td>{reasonOf(group.reason)}</td>
              <td>{group.count}</td>
              <td>{formatDuration(group.ms, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="week-pauses">
        <thead>
          <tr>
            <th scope="col">{t('week.when')}</th>
            <th scope="col">{t('week.scope')}</th>
            <th scope="col">{t('week.reason')}</th>
            <th scope="col">{t('week.time')}</th>
          </tr>
        </thead>
        <tbody>
          {pauses.pauses
            .slice(-RECENT)
            .reverse()
            .map((pause) => (
              <tr key={pause.start}>
                <td>{formatWeekdayTime(pause.start, locale, zone)}</td>
                <td>{t(SCOPE_KEYS[pause.scope])}</td>
                <td>{reasonOf(pause.reason)}</td>
                <td>{formatDuration(pause.end - pause.start, locale)}</td>
              </tr>
            ))}
        </tbody>
      </table>
    </>
  );
}
