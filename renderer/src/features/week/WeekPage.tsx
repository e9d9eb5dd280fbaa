import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, Loading } from '../../components/StateViews.tsx';
import { useCall } from '../../lib/use-call.ts';
import { useSettingsVersion } from '../../lib/use-settings-version.ts';
import { loadThisWeek, loadWeek, WEEK_MARKS, type WeekBase, type WeekData } from './load-week.ts';
import { RangeControls } from './RangeControls.tsx';
import { WeekReport } from './WeekReport.tsx';
import { YearReport } from './YearReport.tsx';
import type { DateRange } from '../../../../electron/shared/domain/date-range.ts';

/** Where a week's or month's time went: per day by category and profile, trend, focus kept, pauses. */
export function WeekPage() {
  const { t } = useTranslation();
  const version = useSettingsVersion();
  const start = useCall(loadThisWeek, `week-start#${version}`);
  // Kept here, not below the start's loading state, so a settings change does not jump back to this week. Null
  // until the user picks a range: this week, whose figures came with the start.
  const [range, setRange] = useState<DateRange | null>(null);
  return (
    <section className="page week-page" aria-labelledby="week-title">
      <h1 id="week-title">{t('week.title')}</h1>
      {start.status === 'loading' && <Loading />}
      {start.status === 'error' && <ErrorState failure={start.failure} onRetry={start.reload} />}
      {start.status === 'ready' && (
        <WeekRanges
          base={start.data.base}
          range={range ?? start.data.first.range}
          first={range === null ? start.data.first : undefined}
          onChange={(next) => {
            performance.mark(WEEK_MARKS.change, { detail: `${next.kind}:${next.from}` });
            setRange(next);
          }}
          version={version}
        />
      )}
    </section>
  );
}

/** What the range below the page's heading is drawn from. */
interface RangeProps {
  base: WeekBase;
  range: DateRange;
  /** This week's figures as the screen opened with them; later ranges (and this week again) are asked for. */
  first: WeekData | undefined;
  onChange: (next: DateRange) => void;
  version: number;
}

function WeekRanges(props: RangeProps) {
  const { base, range, onChange, version } = props;
  if (range.kind === 'year')
    return (
      <>
        <RangeControls range={range} today={base.today} onChange={onChange} />
        <YearReport year={Number(range.from.slice(0, 4))} base={base} version={version} />
      </>
    );
  return <WeekOrMonth {...props} />;
}

function WeekOrMonth({ base, range, first, onChange, version }: RangeProps) {
  const data = useCall(() => loadWeek(range), `${range.kind}:${range.from}#${version}`, first);
  // While the next range loads, the last one stays on screen (marked busy): no flash of an empty page, and the
  // charts update in place rather than being built again, which keeps a range change quick.
  const [shown, setShown] = useState<WeekData | null>(null);
  if (data.status === 'ready' && data.data !== shown) setShown(data.data);
  const loading = data.status === 'loading';
  return (
    <>
      <RangeControls range={range} today={base.today} onChange={onChange} />
      {loading && <Loading />}
      {data.status === 'error' && <ErrorState failure={data.failure} onRetry={data.reload} />}
      {data.status !== 'error' && shown && (
        <div aria-busy={loading} className={loading ? 'week-stale' : undefined}>
          <WeekReport data={shown} base={base} />
        </div>
      )}
    </>
  );
}
