import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { CHECK_KINDS, type ChecksReport } from '../../../../electron/shared/contract/reports.ts';
import { LegendText } from '../../charts/LegendText.tsx';
import { categoryColor } from '../../charts/palette.ts';
import { formatTime } from '../../lib/format.ts';

/** Today's checks per hour, communication and social stacked, with the day's count under it. */
export function ChecksChart({ checks, zone }: { checks: ChecksReport; zone: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  return (
    <figure className="chart" aria-label={t('today.checksLabel')} data-testid="checks-chart">
      <ResponsiveContainer width="100%" height={230}>
        <BarChart
          data={checks.perHour.map((h) => ({ hour: formatTime(h.start, locale, zone), ...h.byKind }))}
          accessibilityLayer
        >
          <CartesianGrid vertical={false} strokeDasharray="3 3" />
          <XAxis dataKey="hour" />
          <YAxis allowDecimals={false} width={40} />
          <Tooltip />
          <Legend formatter={(value) => <LegendText text={String(value)} />} />
          {CHECK_KINDS.map((kind) => (
            <Bar
              key={kind}
              dataKey={kind}
              stackId="checks"
              name={t(`category.${kind}`)}
              fill={categoryColor(kind)}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
      <figcaption>{t('today.checksTotal', { count: checks.totalChecks })}</figcaption>
    </figure>
  );
}
