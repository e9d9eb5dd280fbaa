/** Error codes every contract call may return; the UI maps each to a translated message. */
export type ErrorCode =
  | 'invalid-input'
  | 'forbidden-sender'
  | 'unknown-channel'
  | 'not-found'
  | 'conflict'
  /** The change weakens a boundary the parent PIN guards; ask for the PIN and send the same call with it. */
  | 'pin-required'
  /** The PIN sent was not the parent's; `retryAfterMs` says how long before the next try is checked. */
  | 'pin-wrong'
  /** Too many wrong PINs: no PIN is checked for `retryAfterMs`; the PIN sent was not looked at. */
  | 'pin-lockout'
  | 'unavailable'
  | 'internal';

export interface Failure {
  ok: false;
  code: ErrorCode;
  message: string;
  /** Field-level problems for invalid input, as `path: message` lines. */
  issues?: string[];
  /** For 'pin-wrong' and 'pin-lockout': how long until the next PIN is checked (0: now). */
  retryAfterMs?: number;
}

export type Result<T> = { ok: true; data: T } | Failure;

/** A domain error a service throws on purpose; the IPC wrapper turns it into a Failure with its code. */
export class BalansError extends Error {
  readonly code: ErrorCode;
  /** For PIN answers: how long until the next PIN is checked. */
  readonly retryAfterMs: number | undefined;
  /** For invalid input found by a service: `field: code` lines the UI translates and shows at the field. */
  readonly issues: string[] | undefined;
  constructor(code: ErrorCode, message: string, detail: { retryAfterMs?: number; issues?: string[] } = {}) {
    super(message);
    this.name = 'BalansError';
    this.code = code;
    this.retryAfterMs = detail.retryAfterMs;
    this.issues = detail.issues;
  }
}

/** The codes with which main asks for the parent PIN: the UI answers each with its PIN prompt. */
export const PIN_CODES = ['pin-required', 'pin-wrong', 'pin-lockout'] as const;
export const asksForPin = (code: ErrorCode): code is (typeof PIN_CODES)[number] =>
  (PIN_CODES as readonly string[]).includes(code);

export const ok = <T>(data: T): Result<T> => ({ ok: true, data });
export const failure = (code: ErrorCode, message: string, issues?: string[]): Failure =>
  issues ? { ok: false, code, message, issues } : { ok: false, code, message };

/** The failure a thrown BalansError becomes, keeping its code, field issues and wait. */
export const failureOf = (error: BalansError): Failure =>
  error.retryAfterMs === undefined
    ? failure(error.code, error.message, error.issues)
    : { ...failure(error.code, error.message, error.issues), retryAfterMs: error.retryAfterMs };
