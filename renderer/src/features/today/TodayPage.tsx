import { useTranslation } from 'react-i18next';
import type { LimitProgress } from '../../../../electron/shared/domain/profiles.ts';
import { categoryBars } from '../../charts/category-bars.ts';
import { timelineBands } from '../../charts/timeline-bands.ts';
import { Empty, ErrorState, Loading } from '../../components/StateViews.tsx';
import { formatDate, formatDuration, formatTime } from '../../lib/format.ts';
import { useCall } from '../../lib/use-call.ts';
import { withShownNames } from '../../lib/profile-name.ts';
import { useSettingsVersion } from '../../lib/use-settings-version.ts';
import { useFirstFrameDrawn } from '../../lib/use-first-frame-drawn.ts';
import { PauseControls } from '../pause/PauseControls.tsx';
import { useBoundaryStatus, type BoundaryStatusState } from '../../lib/use-boundary-status.ts';
import { NowPanel } from './NowPanel.tsx';
import { CategoryChart } from './CategoryChart.tsx';
import { ChecksChart } from './ChecksChart.tsx';
import { DayTimeline } from './DayTimeline.tsx';
import { TopApps } from './TopApps.tsx';
import { scheduleMarks } from '../../charts/schedule-marks.ts';
import { loadToday, type TodayData } from './load-today.ts';
import { ChecksTable } from '../review/ChecksTable.tsx';
import { CrossingsDrillDown } from '../review/CrossingsDrillDown.tsx';

/** Where today's time went: the profile and window now, the day's timeline, totals, limits and checks. */
export function TodayPage() {
  const { t } = useTranslation();
  const version = useSettingsVersion();
  const today = useCall(loadToday, `today#${version}`);
  // One boundary status for the whole screen: the pause controls and the panel above change together.
  const boundary = useBoundaryStatus();
  return (
    <section aria-labelledby="today-title" className="page">
      <h1 id="today-title">{t('today.title')}</h1>
      {/* Outside the loaded view: a pause reloads the day, and the controls keep their place and focus meanwhile. */}
      <PauseControls boundary={boundary} onChange={today.reload} />
      {today.status === 'loading' && <Loading />}
      {today.status === 'error' && <ErrorState failure={today.failure} onRetry={today.reload} />}
      {today.status === 'ready' && <TodayView data={today.data} boundary={boundary} />}
    </section>
  );
}

function TodayView({ data, boundary }: { data: TodayData; boundary: BoundaryStatusState }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const { totals, settings, view } = data;
  const zone = totals.zone;
  const labelOf = (category: string) => t(`category.${category}`, { defaultValue: category });
  const profiles = withShownNames(settings.profiles, t);
  const now = view.now.at;
  const belowInView = useFirstFrameDrawn();

  return (
    <>
      <p className="subtitle" data-testid="today-date">
        {formatDate(totals.date, locale)}
      </p>
      <NowPanel boundary={boundary} profiles={profiles} />

      <h2>{t('today.timeline')}</h2>
      <DayTimeline
        bands={timelineBands(data.timeline, data.dayStart, now)}
        from={data.dayStart}
        zone={zone}
        {...scheduleMarks(data.timeline.schedule, data.timeline.windows, data.dayStart, now)}
        profileName={(id) => profiles.find((p) => p.id === id)?.name ?? id}
      />
      {data.timeline.clockSetBack.map((jump) => (
        <p key={jump.to} className="notice" data-testid="clock-set-back">
          {t('today.clockSetBack', {
            at: formatTime(jump.to, locale, zone),
            duration: formatDuration(jump.from - jump.to, locale),
          })}
        </p>
      ))}

      {totals.totalMs === 0 ? (
        <Empty message={t('today.empty')} />
      ) : (
        <>
          <p data-testid="today-total">
            {t('today.total', { duration: formatDuration(totals.totalMs, locale) })}
          </p>
          <h2>{t('today.byCategory')}</h2>
          <CategoryChart
            bars={categoryBars(totals, labelOf)}
            label={t('today.chartLabel')}
            formatMinutes={(minutes) => formatDuration(minutes * 60_000, locale)}
          />
          <h2>{t('today.limits')}</h2>
          <Limits limits={data.limits} />
          {belowInView && (
            <>
              <h2>{t('today.checks')}</h2>
              <ChecksChart checks={data.checks} zone={zone} />
              <ChecksTable split={data.checks.split} />
              <h2>{t('review.crossings')}</h2>
              <p data-testid="today-crossings">
                {t('week.crossings', {
                  work: formatDuration(data.crossings.workInPrivateMs, locale),
                  social: formatDuration(data.crossings.socialInFocusMs, locale),
                })}
              </p>
              <CrossingsDrillDown
                segments={data.crossings.segments}
                zone={zone}
                profileName={(id) => profiles.find((p) => p.id === id)?.name ?? id}
              />
              <h2>{t('today.topApps')}</h2>
              <TopApps apps={data.apps} />
            </>
          )}
        </>
      )}
    </>
  );
}

/** Progress toward each daily limit of the active profile, as main measured it: drawn, never computed here. */
function Limits({ limits }: { limits: LimitProgress[] }) {
  const { t, i18n } = useTranslation();
  if (limits.length === 0) return <p className="state state-empty">{t('today.noLimits')}</p>;
  return (
    <ul className="limits" data-testid="limits">
      {limits.map(({ limit, usedMs, allowedMs, stage }, index) => {
        const target = limit.target;
        const name =
          target.kind === 'category'
            ? t(`category.${target.category}`)
            : target.kind === 'app'
              ? target.app
              : target.site;
        return (
          <li key={index} data-stage={stage}>
            <label>
              {t('today.limitLine', {
                name,
                used: formatDuration(usedMs, i18n.language),
                limit: formatDuration(allowedMs, i18n.language),
              })}
              <progress max={allowedMs} value={Math.min(allowedMs, usedMs)} />
            </label>
          </li>
        );
      })}
    </ul>
  );
}
