import type { Ref } from 'react';
import { PIN_DIGITS } from '../../../electron/shared/contract/parent-lock.ts';

/**
 * The one parent-PIN input: hidden, a numeric keyboard, digits only (anything else typed is dropped) and no more
 * digits than main accepts. Its label stays with the caller, which knows what the PIN is asked for.
 */
export function PinField({
  id,
  value,
  onChange,
  inputRef,
  autoComplete = 'off',
  disabled,
  required,
}: {
  id?: string;
  value: string;
  onChange: (digits: string) => void;
  inputRef?: Ref<HTMLInputElement>;
  /** 'new-password' where a PIN is chosen, so a password manager offers to keep it; 'off' where one is typed. */
  autoComplete?: 'off' | 'new-password';
  disabled?: boolean;
  required?: boolean;
}) {
  return (
    <input
      id={id}
      ref={inputRef}
      type="password"
      inputMode="numeric"
      autoComplete={autoComplete}
      pattern={`[0-9]{${PIN_DIGITS.min},${PIN_DIGITS.max}}`}
      maxLength={PIN_DIGITS.max}
      required={required}
      disabled={disabled}
      value={value}
      onChange={(event) => onChange(event.target.value.replace(/\D/g, ''))}
    />
  );
}
