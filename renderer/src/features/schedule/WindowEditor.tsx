import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  WINDOW_KINDS,
  type FocusWindow,
  type Weekday,
  type WindowKind,
} from '../../../../electron/shared/domain/focus-windows.ts';
import type { Profile } from '../../../../electron/shared/domain/profiles.ts';
import type { Failure } from '../../../../electron/shared/result.ts';
import { useConfirm } from '../../components/use-confirm.tsx';
import { balans } from '../../lib/balans.ts';
import { plusPin, usePinRetry } from '../parent-lock/use-pin-retry.tsx';
import { EditorForm } from '../../components/EditorForm.tsx';
import { profileForKind } from './window-defaults.ts';
import { TimeFields } from './TimeFields.tsx';
import { formatShortDate, weekdayName } from '../../lib/format.ts';
import { WEEKDAYS } from './week-grid.ts';

/** What the editor edits: a saved window, or a new one drawn on the grid (no id yet). */
export type WindowDraft = FocusWindow extends infer W
  ? W extends FocusWindow
    ? Omit<W, 'id' | 'priority'> & { id?: string; priority?: number }
    : never
  : never;

/** Creates or edits one window: name, kind, profile, days and times, exceptions; saved through the contract. */
export function WindowEditor({
  draft,
  profiles,
  onDone,
}: {
  draft: WindowDraft;
  profiles: Profile[];
  /** Told after a save (with the window saved), a delete or Cancel. */
  onDone: (saved?: FocusWindow) => void;
}) {
  const { t, i18n } = useTranslation();
  const [value, setValue] = useState<WindowDraft>(draft);
  const [failure, setFailure] = useState<Failure | null>(null);
  // The kind picks a sensible profile until the user picks one; a saved window keeps its own.
  const [profileChosen, setProfileChosen] = useState(draft.id !== undefined);
  const [skipDate, setSkipDate] = useState('');
  // Changes that weaken family time ask for the parent PIN in place; deleting asks first.
  const { guarded, prompt } = usePinRetry();
  const { confirm, dialog } = useConfirm();

  const save = async () => {
    const input = value.type === 'weekly' ? { ...value, endsNextDay: value.end <= value.start } : value;
    const result = await guarded((pin) => balans().saveWindow(plusPin(input, pin)));
    if (!result) return;
    if (result.ok) onDone(result.data);
    else setFailure(result);
  };
  const remove = async () => {
    const id = value.id;
    if (!id) return;
    if (!(await confirm(t('parentLock.confirmDelete', { name: value.name }), t('parentLock.confirmYes'))))
      return;
    const result = await guarded((pin) => balans().deleteWindow(plusPin({ id }, pin)));
    if (!result) return;
    if (result.ok) onDone();
    else setFailure(result);
  };
  const title = value.id ? t('schedule.editTitle') : t('schedule.newTitle');

  return (
    <EditorForm
      title={title}
      name={{ label: t('schedule.name'), value: value.name }}
      onName={(name) => setValue({ ...value, name })}
      onSave={() => void save()}
      onClose={() => onDone()}
      failure={failure}
      actions={
        value.id && (
          <button type="button" className="danger" onClick={() => void remove()}>
            {t('common.delete')}
          </button>
        )
      }
      overlays={
        <>
          {dialog}
          {prompt}
        </>
      }
    >
      <label>
        {t('schedule.kind')}
        <select
          value={value.kind}
          onChange={(e) => {
            const kind = e.target.value as WindowKind;
            setValue({
              ...value,
              kind,
              profileId: profileChosen ? value.profileId : profileForKind(kind, profiles),
            });
          }}
        >
          {WINDOW_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`kind.${kind}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('schedule.profile')}
        <select
          value={value.profileId}
          onChange={(e) => {
            setProfileChosen(true);
            setValue({ ...value, profileId: e.target.value });
          }}
        >
          {profiles.map((profile) => (
            <option key={profile.id} value={profile.id}>
              {profile.name}
            </option>
          ))}
        </select>
      </label>
      {value.type === 'weekly' ? (
        <>
          <fieldset className="days">
            <legend>{t('schedule.days')}</legend>
            {WEEKDAYS.map((day) => (
              <label key={day} className="inline">
                <input
                  type="checkbox"
                  checked={value.days.includes(day)}
                  onChange={(e) =>
                    setValue({
                      ...value,
                      days: e.target.checked
                        ? [...value.days, day].sort((a, b) => a - b)
                        : value.days.filter((d: Weekday) => d !== day),
                    })
                  }
                />
                {weekdayName(day, i18n.language)}
              </label>
            ))}
          </fieldset>
          <TimeFields
            type="time"
            start={value.start}
            end={value.end}
            failure={failure}
            onChange={(times) => setValue({ ...value, ...times })}
          />
          {value.end <= value.start && <p className="hint">{t('schedule.endsNextDay')}</p>}
          <fieldset>
            <legend>{t('schedule.exceptions')}</legend>
            <p className="hint">{t('schedule.exceptionsHelp')}</p>
            <ul className="chips">
              {value.skipDates.map((date) => (
                <li key={date}>
                  {formatShortDate(date, i18n.language)}{' '}
                  <button
                    type="button"
                    aria-label={t('schedule.removeException', { date: formatShortDate(date, i18n.language) })}
                    onClick={() =>
                      setValue({ ...value, skipDates: value.skipDates.filter((d) => d !== date) })
                    }
                  >
                    ×
                  </button>
                </li>
              ))}
            </ul>
            <label className="inline">
              {t('schedule.exceptionDate')}
              <input type="date" value={skipDate} onChange={(e) => setSkipDate(e.target.value)} />
            </label>
            <button
              type="button"
              disabled={!skipDate}
              onClick={() => {
                if (skipDate && !value.skipDates.includes(skipDate))
                  setValue({ ...value, skipDates: [...value.skipDates, skipDate].sort() });
                setSkipDate('');
              }}
            >
              {t('schedule.addException')}
            </button>
          </fieldset>
        </>
      ) : (
        <>
          <TimeFields
            type="datetime-local"
            start={value.start}
            end={value.end}
            failure={failure}
            onChange={(times) => setValue({ ...value, ...times })}
          />
        </>
      )}
    </EditorForm>
  );
}
