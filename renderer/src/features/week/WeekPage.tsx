import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, Loading } from '../../components/StateViews.tsx';
import { useCall } from '../../lib/use-call.ts';
import { useSettingsVersion } from '../../lib/use-settings-version.ts';
import { loadWeek, loadWeekBase, WEEK_MARKS, type WeekBase, type WeekData } from './load-week.ts';
import { RangeControls } from './RangeControls.tsx';
import { WeekReport } from './WeekReport.tsx';
import { YearReport } from './YearReport.tsx';
import { rangeContaining, type DateRange } from './week-range.ts';

/** Where a week's or month's time went: per day by category and profile, trend, focus kept, pauses. */
export function WeekPage() {
  const { t } = useTranslation();
  const version = useSettingsVersion();
  const base = useCall(loadWeekBase, `week-base#${version}`);
  // Kept here, not below the base's loading state, so a settings change does not jump back to this week.
  const [range, setRange] = useState<DateRange | null>(null);
  return (
    <section className="page week-page" aria-labelledby="week-title">
      <h1 id="week-title">{t('week.title')}</h1>
      {base.status === 'loading' && <Loading />}
      {base.status === 'error' && <ErrorState failure={base.failure} onRetry={base.reload} />}
      {base.status === 'ready' && (
        <WeekRanges
          base={base.data}
          range={range ?? rangeContaining(base.data.today, 'week')}
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

function WeekRanges({
  base,
  range,
  onChange,
  version,
}: {
  base: WeekBase;
  range: DateRange;
  onChange: (next: DateRange) => void;
  version: number;
}) {
  if (range.kind === 'year')
    return (
      <>
        <RangeControls range={range} today={base.today} onChange={onChange} />
        <YearReport year={Number(range.from.slice(0, 4))} base={base} version={version} />
      </>
    );
  return <WeekOrMonth base={base} range={range} onChange={onChange} version={version} />;
}

function WeekOrMonth({
  base,
  range,
  onChange,
  version,
}: {
  base: WeekBase;
  range: DateRange;
  onChange: (next: DateRange) => void;
  version: number;
}) {
  const data = useCall(() => loadWeek(base, range), `${range.kind}:${range.from}#${version}`);
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
