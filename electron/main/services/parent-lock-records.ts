import { z } from 'zod';
import { parseAttempts } from '../../core/parent-lock/pin-attempts.ts';
import { lockRecordSchema, type LockRecord, type PinAttempts } from '../../shared/domain/parent-lock.ts';
import type { TamperKind } from '../../shared/contract/parent-lock.ts';
import { keyedDigest, sameDigest } from '../adapters/parent-lock/pin-hash.ts';

// A damaged counter is read as a lock (parseAttempts), never as a damaged record: the PIN itself stays usable.
const storedLockSchema = lockRecordSchema.extend({ attempts: z.unknown() });

/** One copy of the lock as read: absent, unreadable, or a record. */
export type ReadCopy = { state: 'missing' } | { state: 'damaged' } | { state: 'ok'; record: LockRecord };

/** Reads what a store returned (null: no file; anything not a lock record: damaged). */
export function readCopy(raw: unknown, now: number): ReadCopy {
  if (raw === null || raw === undefined) return { state: 'missing' };
  const parsed = storedLockSchema.safeParse(raw);
  if (!parsed.success) return { state: 'damaged' };
  const { attemptsMac, ...rest } = parsed.data;
  return {
    state: 'ok',
    record: {
      ...rest,
      attempts: parseAttempts(rest.attempts, now),
      ...(attemptsMac ? { attemptsMac } : {}),
    },
  };
}

/** The settings' record of a lock: a digest keyed with the PIN hash, so only that lock matches it. */
export const fingerprintOf = (record: LockRecord & { hash: string }): string =>
  keyedDigest(record.hash, `balans-parent-lock:${record.salt}`);

export const attemptsMacOf = (hash: string, attempts: PinAttempts): string =>
  keyedDigest(hash, `attempts:${attempts.failures}:${attempts.lockedUntil}`);

/** What the three records together say: the genuine lock (if any), what was wrong, and the attempts to use. */
export interface Reconciled {
  /** The lock record to trust; null when a PIN is known to exist but no copy of it is left ('lost'). */
  record: LockRecord | null;
  tampers: TamperKind[];
}

/**
 * Decides from the lock file, its mirror and the settings' marker which lock is genuine. A PIN counts as set when
 * any of them says so; a copy that is missing, unreadable or from another lock is a tamper. The back-off is the
 * strictest any genuine copy holds, and a counter whose digest does not match counts as a lock, not a reset.
 */
export function reconcile(
  file: ReadCopy,
  mirror: ReadCopy,
  marker: string | null,
  now: number,
  fresh: () => LockRecord,
): Reconciled {
  const withHash = (copy: ReadCopy): (LockRecord & { hash: string }) | null =>
    copy.state === 'ok' && copy.record.hash !== null ? (copy.record as LockRecord & { hash: string }) : null;
  const genuine = (copy: ReadCopy) => {
    const record = withHash(copy);
    return record !== null && (marker === null || sameDigest(fingerprintOf(record), marker)) ? record : null;
  };
  const chosen = genuine(file) ?? genuine(mirror);
  const tampers: TamperKind[] = [];
  if (marker === null && chosen === null) {
    // No record of a PIN anywhere: a damaged copy can only have held "no PIN" (setting one writes all three).
    if (file.state === 'damaged') tampers.push('lock-file-damaged');
    if (mirror.state === 'damaged') tampers.push('mirror-damaged');
    const record = file.state === 'ok' && file.record.hash === null ? file.record : fresh();
    return { record, tampers };
  }
  const describe = (copy: ReadCopy, which: 'lock-file' | 'mirror') => {
    if (copy.state === 'missing') tampers.push(`${which}-missing`);
    else if (copy.state === 'damaged') tampers.push(`${which}-damaged`);
    else if (chosen === null || copy.record.hash !== chosen.hash) tampers.push(`${which}-replaced`);
  };
  describe(file, 'lock-file');
  // A lock kept only in the file (before the mirror existed) is adopted once, without a tamper record.
  if (!(mirror.state === 'missing' && marker === null)) describe(mirror, 'mirror');
  if (chosen === null) return { record: null, tampers: [...tampers, 'lock-lost'] };
  if (marker === null && mirror.state !== 'missing') tampers.push('marker-missing');

  const copies = [file, mirror].flatMap((copy) =>
    copy.state === 'ok' && copy.record.hash === chosen.hash ? [copy.record] : [],
  );
  // Records from before the counter was signed have no digest; once one copy is signed, all must be.
  const signed = copies.some((copy) => copy.attemptsMac !== undefined);
  let attempts = chosen.attempts;
  let edited = false;
  for (const copy of copies) {
    const mac = copy.attemptsMac;
    const valid = mac !== undefined && sameDigest(mac, attemptsMacOf(chosen.hash, copy.attempts));
    if (signed && !valid) edited = true;
    attempts = stricter(attempts, signed && !valid ? parseAttempts(null, now) : copy.attempts);
  }
  if (edited) {
    tampers.push('attempts-edited');
    attempts = stricter(attempts, parseAttempts(null, now));
  }
  return { record: { ...chosen, attempts }, tampers };
}

function stricter(a: PinAttempts, b: PinAttempts): PinAttempts {
  return { failures: Math.max(a.failures, b.failures), lockedUntil: Math.max(a.lockedUntil, b.lockedUntil) };
}
