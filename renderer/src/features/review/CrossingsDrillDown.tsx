import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoundaryCrossings, CrossingSegment } from '../../../../electron/shared/contract/reports.ts';
import { formatDayTime, formatDuration, formatTime } from '../../lib/format.ts';
import { useEditorDismiss } from '../../lib/use-editor-dismiss.ts';
import './review.css';

interface Props {
  crossings: BoundaryCrossings;
  /** The zone main resolved (getLocaleAndZone / the view's zone): times are formatted in it, never guessed. */
  zone: string;
  /** The shown name of a profile id (built-in names translated, the user's own as written). */
  profileName: (id: string) => string;
  /** A range of days: each row names its day too. */
  withDay?: boolean;
}

/** The crossings' count as a button that opens the list of each crossing: when, which app and which way. */
export function CrossingsDrillDown({ crossings, zone, profileName, withDay = false }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const id = useId();
  const count = crossings.segments.length;
  if (count === 0) return <p className="state state-empty">{t('review.noCrossings')}</p>;
  return (
    <div
      className="crossings"
      onKeyDown={(event) => {
        // Escape on the button itself closes the list too; inside the list the list's own handler takes it.
        if (!open || event.key !== 'Escape' || event.defaultPrevented) return;
        event.preventDefault();
        setOpen(false);
      }}
    >
      <button
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((was) => !was)}
        data-testid="crossings-toggle"
      >
        {t('review.showCrossings', { count })}
      </button>
      {open && (
        <CrossingList
          id={id}
          segments={crossings.segments}
          zone={zone}
          profileName={profileName}
          withDay={withDay}
          onClose={() => setOpen(false)}
        />
      )}
    </div>
  );
}

function CrossingList({
  id,
  segments,
  zone,
  profileName,
  withDay,
  onClose,
}: Omit<Props, 'crossings'> & { id: string; segments: CrossingSegment[]; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const dismiss = useEditorDismiss(onClose);
  const region = useRef<HTMLDivElement>(null);
  useEffect(() => region.current?.focus(), []);
  const direction = (segment: CrossingSegment) =>
    t(`review.direction.${segment.kind}`, {
      profile:
        segment.profileId === undefined
          ? t(segment.kind === 'work-in-private' ? 'review.privateTime' : 'review.focusTime')
          : profileName(segment.profileId),
    });
  return (
    <div
      id={id}
      ref={region}
      className="crossing-list"
      role="region"
      aria-label={t('review.crossingsList')}
      tabIndex={0}
      onKeyDown={dismiss.onKeyDown}
      data-testid="crossings-list"
    >
      <table>
        <thead>
          <tr>
            <th scope="col">{t('review.when')}</th>
            <th scope="col">{t('review.app')}</th>
            <th scope="col">{t('review.directionColumn')}</th>
            <th scope="col">{t('review.time')}</th>
          </tr>
        </thead>
        <tbody>
          {segments.map((segment) => (
            <tr key={`${segment.kind}:${segment.start}`} data-kind={segment.kind}>
              <td>
                {t('review.span', {
                  from: (withDay ? formatDayTime : formatTime)(segment.start, locale, zone),
                  until: formatTime(segment.end, locale, zone),
                })}
              </td>
              <td>
                {segment.app}
                {segment.site !== undefined && <span className="site"> · {segment.site}</span>}
              </td>
              <td>{direction(segment)}</td>
              <td>{formatDuration(segment.end - segment.start, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
