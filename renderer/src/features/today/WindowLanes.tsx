import { useTranslation } from 'react-i18next';
import type { WindowLane } from '../../charts/schedule-marks.ts';
import { WINDOW_KIND_COLOURS } from '../../charts/palette.ts';
import { formatTime } from '../../lib/format.ts';
import './today.css';

/**
 * The day's windows under the timeline, one lane per kind (office hours, focus, downtime, family time), lined up
 * with the band above (same side margins, positions as shares of the drawn range). Each window says its kind,
 * name and times to screen readers and in its tooltip.
 */
export function WindowLanes({
  lanes,
  zone,
  left,
  right,
}: {
  lanes: WindowLane[];
  zone?: string;
  left: number;
  right: number;
}) {
  const { t, i18n } = useTranslation();
  if (lanes.length === 0) return null;
  return (
    <div className="window-lanes" style={{ marginLeft: left, marginRight: right }} data-testid="window-lanes">
      {lanes.map((lane) => (
        <ul key={lane.kind} className="window-lane" data-kind={lane.kind} aria-label={t(`kind.${lane.kind}`)}>
          {lane.windows.map((w) => {
            const label = t('today.windowBand', {
              kind: t(`kind.${lane.kind}`),
              name: w.name,
              from: formatTime(w.start, i18n.language, zone),
              to: formatTime(w.end, i18n.language, zone),
            });
            return (
              <li
                key={`${w.windowId}@${w.start}`}
                className="window-band"
                data-testid="window-band"
                data-kind={lane.kind}
                title={label}
                style={{
                  left: `${w.left * 100}%`,
                  width: `${w.width * 100}%`,
                  background: WINDOW_KIND_COLOURS[lane.kind],
                }}
              >
                <span className="visually-hidden">{label}</span>
              </li>
            );
          })}
        </ul>
      ))}
    </div>
  );
}
