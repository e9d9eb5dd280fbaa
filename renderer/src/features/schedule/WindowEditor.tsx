import { useEffect, useRef, useState, type FormEvent } from 'react';
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
import { failureMessage, issueAt } from '../../lib/failure-message.ts';
import { useEditorDismiss } from '../../lib/use-editor-dismiss.ts';
import { profileForKind } from './window-defaults.ts';
import { FieldIssue } from './FieldIssue.tsx';
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
  const dismiss = useEditorDismiss(onDone);
  // The kind picks a sensible profile until the user picks one; a saved window keeps its own.
  const [profileChosen, setProfileChosen] = useState(draft.id !== undefined);
  const [skipDate, setSkipDate] = useState('');
  const nameField = useRef<HTMLInputElement>(null);
  useEffect(() => nameField.current?.focus(), []);
  // Changes that weaken family time ask for the parent PIN in place; deleting asks first.
  const { guarded, prompt } = usePinRetry();
  const { confirm, dialog } = useConfirm();

  const save = async (event: FormEvent) => {
    event.preventDefault();
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
    <form
      className="editor"
      aria-label={title}
      onSubmit={(event) => void save(event)}
      onKeyDown={dismiss.onKeyDown}
    >
      <h2>{title}</h2>
      <label>
        {t('schedule.name')}
        <input
          ref={nameField}
          required
          maxLength={60}
          value={value.name}
          onChange={(e) => setValue({ ...value, name: e.target.value })}
        />
      </label>
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
          <label>
            {t('schedule.start')}
            <input
              type="time"
              required
              value={value.start}
              aria-describedby={issueAt(t, failure, 'start') ? 'window-start-issue' : undefined}
              onChange={(e) => setValue({ ...value, start: e.target.value })}
            />
          </label>
          <FieldIssue id="window-start-issue" text={issueAt(t, failure, 'start')} />
          <label>
            {t('schedule.end')}
            <input
              type="time"
              required
              value={value.end}
              aria-describedby={issueAt(t, failure, 'end') ? 'window-end-issue' : undefined}
              onChange={(e) => setValue({ ...value, end: e.target.value })}
            />
          </label>
          <FieldIssue id="window-end-issue" text={issueAt(t, failure, 'end')} />
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
          <label>
            {t('schedule.start')}
            <input
              type="datetime-local"
              required
              value={value.start}
              aria-describedby={issueAt(t, failure, 'start') ? 'window-start-issue' : undefined}
              onChange={(e) => setValue({ ...value, start: e.target.value.slice(0, 16) })}
            />
          </label>
          <FieldIssue id="window-start-issue" text={issueAt(t, failure, 'start')} />
          <label>
            {t('schedule.end')}
            <input
              type="datetime-local"
              required
              value={value.end}
              aria-describedby={issueAt(t, failure, 'end') ? 'window-end-issue' : undefined}
              onChange={(e) => setValue({ ...value, end: e.target.value.slice(0, 16) })}
            />
          </label>
          <FieldIssue id="window-end-issue" text={issueAt(t, failure, 'end')} />
        </>
      )}
      {failure && (
        <p role="alert" className="state-error">
          {t('state.saveFailed', { message: failureMessage(t, failure) })}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary">
          {t('common.save')}
        </button>
        <button type="button" onClick={() => onDone()}>
          {t('common.cancel')}
        </button>
        {value.id && (
          <button type="button" className="danger" onClick={() => void remove()}>
            {t('common.delete')}
          </button>
        )}
      </div>
      {dialog}
      {prompt}
    </form>
  );
}
