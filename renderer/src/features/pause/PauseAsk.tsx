import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isPinLength } from '../../../../electron/shared/contract/parent-lock.ts';
import { PinField } from '../../components/PinField.tsx';
import { TEXT_LENGTHS } from '../../../../electron/shared/domain/text-lengths.ts';

/**
 * Asks for what a refused pause needs: a typed reason past the daily budget (friction, not a wall) or the parent
 * PIN in family time. The field takes the focus; Escape cancels.
 */
export function PauseAsk({
  need,
  used,
  busy,
  error,
  onSubmit,
  onCancel,
}: {
  need: 'reason' | 'pin';
  used: number;
  busy: boolean;
  error: string | null;
  onSubmit: (value: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [value, setValue] = useState('');
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), [need]);
  const ready = need === 'pin' ? isPinLength(value) : value.trim().length > 0;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!ready) return;
    onSubmit(need === 'pin' ? value : value.trim());
    if (need === 'pin') setValue('');
  };
  return (
    <form
      className="pause-ask"
      aria-label={t(need === 'pin' ? 'pause.pinTitle' : 'pause.reasonTitle')}
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <p>{need === 'pin' ? t('pause.pinWhy') : t('pause.reasonWhy', { used })}</p>
      <label htmlFor="pause-ask-field">{t(need === 'pin' ? 'pause.pinLabel' : 'pause.reasonLabel')}</label>
      {need === 'pin' ? (
        <PinField id="pause-ask-field" inputRef={input} value={value} onChange={setValue} />
      ) : (
        <input
          id="pause-ask-field"
          ref={input}
          type="text"
          maxLength={TEXT_LENGTHS.sentence}
          autoComplete="off"
          value={value}
          onChange={(event) => setValue(event.target.value)}
        />
      )}
      {error && (
        <p role="alert" className="pin-error">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy || !ready}>
          {t(need === 'pin' ? 'pause.pinSubmit' : 'pause.reasonSubmit')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
