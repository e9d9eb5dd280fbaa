import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Profile } from '../../../../electron/shared/domain/profiles.ts';
import { WINDOW_KIND_COLOURS } from '../../charts/palette.ts';
import { ErrorState, Loading } from '../../components/StateViews.tsx';
import { balans } from '../../lib/balans.ts';
import { formatLocalDateTime, formatTime, formatWeekdayTime } from '../../lib/format.ts';
import { useCall } from '../../lib/use-call.ts';
import { useSettingsVersion } from '../../lib/use-settings-version.ts';
import { PinOffer } from '../parent-lock/PinOffer.tsx';
import { overlapStretches } from './overlaps.ts';
import { WeekGrid } from './WeekGrid.tsx';
import './schedule.css';
import { timesOfSelection, type Selection } from './week-grid.ts';
import { WindowEditor, type WindowDraft } from './WindowEditor.tsx';
import { nextQuarterHourBlock, profileForKind } from './window-defaults.ts';
import { withShownNames } from '../../lib/profile-name.ts';

const NO_PROFILES: Profile[] = [];

/** The weekly grid of windows, the one-off blocks, and the overlaps of the coming week explained in words. */
export function SchedulePage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const version = useSettingsVersion();
  const settings = useCall(() => balans().getSettings(undefined), `settings#${version}`);
  const view = useCall(() => balans().getScheduleState({ days: 7 }), `schedule#${version}`);
  // The zone main resolved (the settings may say 'system'): times here read as everywhere else.
  const region = useCall(() => balans().getLocaleAndZone(undefined), `region#${version}`);
  const [draft, setDraft] = useState<WindowDraft | null>(null);
  const [editorKey, setEditorKey] = useState(0);
  // Family time just saved: offer a parent PIN if none is set (PinOffer checks).
  const [familySaved, setFamilySaved] = useState(false);

  const open = (next: WindowDraft) => {
    setDraft(next);
    setEditorKey((n) => n + 1);
  };
  const profiles = settings.status === 'ready' ? settings.data.profiles : NO_PROFILES;
  const onDraw = useCallback(
    (selection: Selection) =>
      open({
        type: 'weekly',
        name: t('kind.focus'),
        kind: 'focus',
        profileId: profileForKind('focus', profiles),
        skipDates: [],
        ...timesOfSelection(selection),
      }),
    [t, profiles],
  );

  if (settings.status === 'loading' || view.status === 'loading' || region.status === 'loading')
    return <Page>{<Loading />}</Page>;
  if (settings.status === 'error')
    return <Page>{<ErrorState failure={settings.failure} onRetry={settings.reload} />}</Page>;
  if (view.status === 'error')
    return <Page>{<ErrorState failure={view.failure} onRetry={view.reload} />}</Page>;
  if (region.status === 'error')
    return <Page>{<ErrorState failure={region.failure} onRetry={region.reload} />}</Page>;

  const zone = region.data.zone;
  const oneOffs = settings.data.windows.filter((w) => w.type === 'one-off');
  const overlaps = overlapStretches(view.data, settings.data.windows);

  return (
    <Page>
      <ul className="legend" aria-label={t('schedule.legend')}>
        {Object.entries(WINDOW_KIND_COLOURS).map(([kind, colour]) => (
          <li key={kind}>
            <span className="swatch" style={{ background: colour }} aria-hidden="true" />
            {t(`kind.${kind}`)}
          </li>
        ))}
      </ul>
      {settings.data.windows.length === 0 && <p className="state state-empty">{t('schedule.empty')}</p>}
      {familySaved && <PinOffer />}
      <div className="schedule-layout">
        <WeekGrid windows={settings.data.windows} onDraw={onDraw} onEdit={(window) => open(window)} />
        {draft && (
          <WindowEditor
            key={editorKey}
            draft={draft}
            profiles={withShownNames(settings.data.profiles, t)}
            onDone={(saved) => {
              setDraft(null);
              if (saved?.kind === 'family-time') setFamilySaved(true);
            }}
          />
        )}
      </div>

      <h2>{t('schedule.oneOffs')}</h2>
      {oneOffs.length === 0 ? (
        <p className="state state-empty">{t('schedule.noOneOffs')}</p>
      ) : (
        <ul className="one-offs">
          {oneOffs.map((window) => (
            <li key={window.id}>
              <button type="button" onClick={() => open(window)}>
                {t('schedule.oneOffLine', {
                  name: window.name,
                  start: formatLocalDateTime(window.start, locale),
                  end: formatLocalDateTime(window.end, locale),
                })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <button
        type="button"
        onClick={() =>
          open({
            type: 'one-off',
            name: t('kind.family-time'),
            kind: 'family-time',
            profileId: profileForKind('family-time', settings.data.profiles),
            ...nextQuarterHourBlock(view.data.now.at, zone),
          })
        }
      >
        {t('schedule.addOneOff')}
      </button>

      <h2>{t('schedule.overlaps')}</h2>
      {overlaps.length === 0 ? (
        <p className="state state-empty">{t('schedule.noOverlaps')}</p>
      ) : (
        <ul className="overlaps" data-testid="overlaps">
          {overlaps.map((o) => (
            <li key={`${o.winner}-${o.overridden}-${o.from}`}>
              {t('schedule.overlapLine', {
                winner: o.winner,
                overridden: o.overridden,
                from: formatWeekdayTime(o.from, locale, zone),
                until: formatTime(o.until, locale, zone),
              })}
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}

function Page({ children }: { children: React.ReactNode }) {
  const { t } = useTranslation();
  return (
    <section className="page" aria-labelledby="schedule-title">
      <h1 id="schedule-title">{t('schedule.title')}</h1>
      {children}
    </section>
  );
}
