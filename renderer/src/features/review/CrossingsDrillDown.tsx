import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CrossingSegment } from '../../../../electron/shared/contract/reports.ts';
import type { Result } from '../../../../electron/shared/result.ts';
import { ErrorState, Loading } from '../../components/StateViews.tsx';
import { formatDayTime, formatDuration, formatTime } from '../../lib/format.ts';
import { useCall } from '../../lib/use-call.ts';
import { useEditorDismiss } from '../../lib/use-editor-dismiss.ts';
import './review.css';

interface Shared {
  /** The zone main resolved (getLocaleAndZone / the view's zone): times are formatted in it, never guessed. */
  zone: string;
  /** The shown name of a profile id (built-in names translated, the user's own as written). */
  profileName: (id: string) => string;
  /** A range of days: each row names its day too. */
  withDay?: boolean;
}

/** The list as the screen has it (a day's, a profile's), or its count and how to ask for it when it is opened. */
type ListSource =
  | { segments: CrossingSegment[] }
  | {
      /** How many crossings there are: the button says it, and the list opened has as many rows. */
      count: number;
      /** Asked for on opening (a month can hold thousands: the screen's answer carries only the count). */
      loadList: () => Promise<Result<CrossingSegment[]>>;
      /** Names what is listed, so another range asks again. */
      listKey: string;
    };

type Props = Shared & ListSource;

/** The crossings' count as a button that opens the list of each crossing: when, which app and which way. */
export function CrossingsDrillDown(props: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const id = useId();
  const count = 'segments' in props ? props.segments.length : props.count;
  if (count === 0) return <p className="state state-empty">{t('review.noCrossings')}</p>;
  const list = {
    id,
    zone: props.zone,
    profileName: props.profileName,
    withDay: props.withDay ?? false,
    onClose: () => setOpen(false),
  };
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
      {open &&
        ('segments' in props ? (
          <CrossingList {...list} segments={props.segments} />
        ) : (
          <LoadedCrossingList {...list} load={props.loadList} listKey={props.listKey} />
        ))}
    </div>
  );
}

type ListProps = Shared & { id: string; onClose: () => void };

/** The list once it has come: "loading" until then, the reason and a retry if the call failed. */
function LoadedCrossingList({
  load,
  listKey,
  ...list
}: ListProps & { load: () => Promise<Result<CrossingSegment[]>>; listKey: string }) {
  const call = useCall(load, listKey);
  if (call.status === 'ready') return <CrossingList {...list} segments={call.data} />;
  // Under the list's id, so the open button's aria-controls names what it opened while the list is not there yet.
  return (
    <div id={list.id}>
      {call.status === 'loading' ? <Loading /> : <ErrorState failure={call.failure} onRetry={call.reload} />}
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
}: ListProps & { segments: CrossingSegment[] }) {
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
