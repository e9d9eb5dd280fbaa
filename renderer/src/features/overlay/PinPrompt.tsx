import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isPinLength } from '../../../../electron/shared/contract/parent-lock.ts';
import { PinField } from '../../components/PinField.tsx';

/** Asks for the parent PIN; Escape cancels. The PIN never leaves this form except in the end-now call. */
export function PinPrompt({
  onSubmit,
  onCancel,
  error,
  busy,
}: {
  onSubmit: (pin: string) => void;
  onCancel: () => void;
  error: string | null;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const [pin, setPin] = useState('');
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!pin) return;
    onSubmit(pin);
    // A wrong PIN is typed again from scratch, with the focus still in the field.
    setPin('');
    input.current?.focus();
  };
  return (
    <form
      className="pin-prompt"
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <p>{t('overlay.pinPrompt')}</p>
      <label htmlFor="parent-pin">{t('overlay.pinLabel')}</label>
      <PinField id="parent-pin" inputRef={input} value={pin} onChange={setPin} />
      {error && (
        <p role="alert" className="pin-error">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="submit" disabled={busy || !isPinLength(pin)}>
          {t('overlay.pinSubmit')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('overlay.pinCancel')}
        </button>
      </div>
    </form>
  );
}
