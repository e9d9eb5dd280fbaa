import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Failure } from '../../../electron/shared/result.ts';
import { failureMessage } from '../lib/failure-message.ts';
import { useEditorDismiss } from '../lib/use-editor-dismiss.ts';

export interface ReassignChoice {
  readonly id: string;
  readonly name: string;
}

/**
 * Confirming a delete whose dependants move elsewhere (a profile's windows and rules, a category's rules): the
 * user picks where they go, main does the moving and may refuse in the user's language.
 */
export function ReassignConfirm({
  title,
  why,
  moveToLabel,
  confirmLabel,
  choices,
  initial,
  onConfirm,
  onCancel,
}: {
  title: string;
  why?: ReactNode;
  moveToLabel: string;
  confirmLabel: string;
  choices: readonly ReassignChoice[];
  initial: string;
  /** Deletes and moves; the dialog shows the failure, or lets the caller close it on success. */
  onConfirm: (reassignTo: string) => Promise<{ ok: true } | Failure>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [to, setTo] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const dismiss = useEditorDismiss(onCancel);
  const confirm = async (event: FormEvent) => {
    event.preventDefault();
    const result = await onConfirm(to);
    if (!result.ok) setError(failureMessage(t, result));
  };
  return (
    <form
      className="editor confirm"
      aria-label={title}
      onSubmit={(e) => void confirm(e)}
      onKeyDown={dismiss.onKeyDown}
    >
      {why && <p>{why}</p>}
      <label>
        {moveToLabel}
        <select autoFocus value={to} onChange={(e) => setTo(e.target.value)}>
          {choices.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      {error && (
        <p role="alert" className="state-error">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="danger">
          {confirmLabel}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
