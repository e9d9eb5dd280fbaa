import { BalansError } from '../../shared/result.ts';

/** Why something could not be written to the data folder, as the user is told (notice.reason.<reason>). */
export type WriteFailure = 'disk-full' | 'read-only' | 'write-failed';

// SQLite's primary result codes (the low byte of an extended code).
const SQLITE_READONLY = 8;
const SQLITE_IOERR = 10;
const SQLITE_FULL = 13;
const SQLITE_CANTOPEN = 14;

const FULL_ERRNOS = new Set(['ENOSPC', 'EDQUOT', 'EFBIG']);
const READ_ONLY_ERRNOS = new Set(['EROFS', 'EACCES', 'EPERM']);

/**
 * Classifies a failed write from node:sqlite (errcode) or node:fs (errno code); anything else is 'write-failed'.
 * One place, so the store and the settings file tell the user the same thing for the same fault.
 */
export function writeFailureOf(error: unknown): WriteFailure {
  if (error === 'disk-full' || error === 'read-only') return error;
  if (typeof error !== 'object' || error === null) return 'write-failed';
  const { errcode, code } = error as { errcode?: unknown; code?: unknown };
  if (typeof errcode === 'number') {
    const primary = errcode & 0xff;
    if (primary === SQLITE_FULL) return 'disk-full';
    if (primary === SQLITE_READONLY || primary === SQLITE_CANTOPEN) return 'read-only';
    if (primary === SQLITE_IOERR) return 'write-failed';
  }
  if (typeof code === 'string') {
    if (FULL_ERRNOS.has(code)) return 'disk-full';
    if (READ_ONLY_ERRNOS.has(code)) return 'read-only';
  }
  return 'write-failed';
}

/** A write the data folder refused; the contract reports it as `unavailable`, the notice names `failure`. */
export class WriteFailedError extends BalansError {
  readonly failure: WriteFailure;
  /** `cause` is the error the write threw, or the failure itself when known beforehand (a read-only folder). */
  constructor(what: string, cause: unknown) {
    const failure = writeFailureOf(cause);
    super('unavailable', `${what} could not be written (${failure})`);
    this.failure = failure;
  }
}
