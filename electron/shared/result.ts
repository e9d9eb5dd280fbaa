/** Error codes every contract call may return; the UI maps each to a translated message. */
export type ErrorCode =
  | 'invalid-input'
  | 'forbidden-sender'
  | 'unknown-channel'
  | 'not-found'
  | 'conflict'
  | 'locked'
  | 'unavailable'
  | 'internal';

export interface Failure {
  ok: false;
  code: ErrorCode;
  message: string;
  /** Field-level problems for invalid input, as `path: message` lines. */
  issues?: string[];
}

export type Result<T> = { ok: true; data: T } | Failure;

/** A domain error a service throws on purpose; the IPC wrapper turns it into a Failure with its code. */
export class BalansError extends Error {
  readonly code: ErrorCode;
  /** For invalid input found by a service: `field: code` lines the UI translates and shows at the field. */
  readonly issues: string[] | undefined;
  constructor(code: ErrorCode, message: string, issues?: string[]) {
    super(message);
    this.name = 'BalansError';
    this.code = code;
    this.issues = issues;
  }
}

export const ok = <T>(data: T): Result<T> => ({ ok: true, data });
export const failure = (code: ErrorCode, message: string, issues?: string[]): Failure =>
  issues ? { ok: false, code, message, issues } : { ok: false, code, message };
