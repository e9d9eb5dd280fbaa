import { z } from 'zod';
import { call } from './define.ts';

/** What was found wrong with the parent lock's records, or done to the overlay (each kept for the parent to see). */
export const TAMPER_KINDS = [
  'lock-file-missing',
  'lock-file-damaged',
  'lock-file-replaced',
  'mirror-missing',
  'mirror-damaged',
  'mirror-replaced',
  'marker-missing',
  'attempts-edited',
  'lock-lost',
  /** boundary-memory.json held a pause "made with the PIN" that this lock never signed. */
  'pause-forged',
  /** settings.json was edited outside Balans so that family time got weaker; the schedule was put back. */
  'schedule-edited',
  /** The signed copy of the schedule in the usage database did not match its signature. */
  'schedule-copy-edited',
  /** Another window took the top of the screen from the family-time overlay; Balans raised the overlay again. */
  'overlay-covered',
  /** The family-time overlay was closed or killed by someone other than Balans; Balans opened it again. */
  'overlay-closed',
] as const;
export type TamperKind = (typeof TAMPER_KINDS)[number];

export interface TamperRecord {
  kind: TamperKind;
  /** When Balans found it (ms since epoch). */
  at: number;
}

/** The parent lock as the UI may know it: whether a PIN is set, and what was found tampered with. */
export interface ParentLockState {
  pinSet: boolean;
  /** The PIN cannot be checked any more (every record of it was destroyed); only deleting Balans's data helps. */
  lost: boolean;
  /** Oldest first; kept with the history. */
  tampers: TamperRecord[];
}

/** How many digits a parent PIN has: main checks it here, and every PIN field in the window takes it from here. */
export const PIN_DIGITS = { min: 4, max: 8 } as const;

/** A parent PIN: 4 to 8 digits. */
export const pinSchema = z
  .string()
  .regex(
    new RegExp(`^\\d{${PIN_DIGITS.min},${PIN_DIGITS.max}}$`),
    `expected ${PIN_DIGITS.min} to ${PIN_DIGITS.max} digits`,
  );

/** Whether a typed PIN has the length main accepts (what enables a field's submit button). */
export const isPinLength = (pin: string): boolean => pinSchema.safeParse(pin).success;

/** The optional PIN a guarded call carries when main asked for it ('pin-required'). */
export const withPin = { pin: pinSchema.optional() };

export const parentLockCalls = {
  getParentLockState: call<ParentLockState>()(z.void()),
  /** Sets the parent PIN; replacing it needs the current one. */
  setParentPin: call<{ parentPinSet: true }>()(
    z.object({ pin: pinSchema, currentPin: pinSchema.optional() }).strict(),
  ),
};
