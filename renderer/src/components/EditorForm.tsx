import { useEffect, useRef, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Failure } from '../../../electron/shared/result.ts';
import { failureMessage } from '../lib/failure-message.ts';
import { useEditorDismiss } from '../lib/use-editor-dismiss.ts';
import { TEXT_LENGTHS } from '../../../electron/shared/domain/text-lengths.ts';

/**
 * The frame every editor shares, so they behave alike: a titled form whose first field (the name) takes the
 * focus, Escape and Cancel close it and give the focus back, a failed save is said in the user's language under
 * the fields, and Save, Cancel and any further actions sit in one row.
 */
export function EditorForm({
  title,
  name,
  onName,
  onSave,
  onClose,
  failure,
  actions,
  overlays,
  children,
}: {
  title: string;
  /** The name field's label and value: every editor starts with one. */
  name: { label: string; value: string };
  onName: (name: string) => void;
  onSave: () => void;
  onClose: () => void;
  failure: Failure | null;
  /** Buttons after Save and Cancel (Delete). */
  actions?: ReactNode;
  /** What the editor shows over itself (confirmations, PIN prompts), after the form's controls. */
  overlays?: ReactNode;
  /** The editor's own fields, after the name. */
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const dismiss = useEditorDismiss(onClose);
  const nameField = useRef<HTMLInputElement>(null);
  useEffect(() => nameField.current?.focus(), []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave();
  };
  return (
    <form className="editor" aria-label={title} onSubmit={submit} onKeyDown={dismiss.onKeyDown}>
      <h2>{title}</h2>
      <label>
        {name.label}
        <input
          ref={nameField}
          required
          maxLength={TEXT_LENGTHS.name}
          value={name.value}
          onChange={(e) => onName(e.target.value)}
        />
      </label>
      {children}
      {failure && (
        <p role="alert" className="state-error">
          {t('state.saveFailed', { message: failureMessage(t, failure) })}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary">
          {t('common.save')}
        </button>
        <button type="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
        {actions}
      </div>
      {overlays}
    </form>
  );
}
