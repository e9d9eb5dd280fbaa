import type { Clock } from '../../core/clock.ts';
import {
  afterRightPin,
  afterWrongPin,
  NO_ATTEMPTS,
  waitBeforeAttempt,
} from '../../core/parent-lock/pin-attempts.ts';
import type { ParentLockState, TamperKind, TamperRecord } from '../../shared/contract/parent-lock.ts';
import { BalansError } from '../../shared/result.ts';
import type { ParentLockStore } from '../adapters/parent-lock/lock-file.ts';
import {
  DEFAULT_SCRYPT,
  hashPin,
  keyedDigest,
  newSalt,
  pinMatches,
} from '../adapters/parent-lock/pin-hash.ts';
import { attemptsMacOf, fingerprintOf, readCopy, reconcile } from './parent-lock-records.ts';
import type { LockRecord, ScryptParams } from '../../shared/domain/parent-lock.ts';

/** The answer to a PIN attempt inside main: whether it was right and how long to wait; never the hash. */
export interface PinCheck {
  correct: boolean;
  /** 0 when another attempt may be made now. */
  retryAfterMs: number;
  /** Too many wrong tries: this PIN was not looked at (it may well be the right one). */
  lockedOut: boolean;
}

/** The settings document's record that a PIN exists (a keyed digest of the lock). */
export interface LockMarker {
  get(): string | null;
  set(fingerprint: string): void;
}

/** Where tampering found with the lock is kept for the parent (with the history). */
export interface TamperLog {
  all(): TamperRecord[];
  add(records: TamperRecord[]): void;
  /** Records not yet shown to the parent at an unlock; taking them marks them shown. */
  takeUnseen(): TamperRecord[];
}

export interface ParentLockDeps {
  /** The lock file. */
  store: ParentLockStore;
  /** The same record kept in the usage database, so deleting the file alone does not remove the PIN. */
  mirror?: ParentLockStore;
  marker?: LockMarker;
  tampers?: TamperLog;
  /** Told at the first right PIN after tampering was found (the parent's notice). */
  onTamperSeen?: (records: TamperRecord[]) => void;
  clock: Clock;
  scrypt?: ScryptParams;
  log?: (message: string, error: unknown) => void;
}

const LOST_MESSAGE =
  'The parent lock’s records were destroyed, so the PIN cannot be checked; only deleting all of Balans’s data resets it.';

/**
 * The parent lock: a PIN kept as a salted scrypt hash, with attempts rate-limited by a delay that survives a
 * restart. It fails closed: the lock file, its mirror in the usage database and a keyed digest in the settings are
 * compared at start; whatever is missing, damaged or foreign is recorded as tampering, and a PIN any record
 * speaks of stays required. Checks run one at a time, so parallel guesses cannot slip past the counter.
 */
export function createParentLock(deps: ParentLockDeps) {
  /** undefined: not loaded yet; null: a PIN exists but no copy of it is left (lost). */
  let record: LockRecord | null | undefined;
  let loading: Promise<LockRecord | null> | undefined;
  const listeners: (() => void)[] = [];
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };
  const fresh = (): LockRecord => ({
    version: 1,
    salt: newSalt(),
    scrypt: deps.scrypt ?? DEFAULT_SCRYPT,
    hash: null,
    attempts: NO_ATTEMPTS,
  });

  async function read(store: ParentLockStore | undefined): Promise<unknown> {
    try {
      return store ? await store.load() : null;
    } catch (error) {
      deps.log?.('Reading a parent lock record failed', error);
      return { damaged: true };
    }
  }

  async function loadOnce(): Promise<LockRecord | null> {
    const now = deps.clock.now();
    const file = readCopy(await read(deps.store), now);
    const mirror = deps.mirror ? readCopy(await read(deps.mirror), now) : ({ state: 'missing' } as const);
    const result = reconcile(file, mirror, deps.marker?.get() ?? null, now, fresh);
    if (result.tampers.length > 0)
      deps.tampers?.add(result.tampers.map((kind: TamperKind) => ({ kind, at: now })));
    // A genuine lock is written back everywhere, so a deleted or edited copy is repaired; a lost one is left as is.
    if (result.record)
      await save(result.record).catch((error: unknown) =>
        deps.log?.('Repairing the parent lock failed', error),
      );
    return result.record;
  }

  async function load(): Promise<LockRecord | null> {
    if (record !== undefined) return record;
    loading ??= loadOnce();
    record = await loading;
    return record;
  }

  /** The mirror first, then the file: a crash in between leaves the mirror stricter, never looser. */
  async function save(next: LockRecord): Promise<void> {
    const signed: LockRecord =
      next.hash === null ? next : { ...next, attemptsMac: attemptsMacOf(next.hash, next.attempts) };
    await deps.mirror?.save(signed);
    await deps.store.save(signed);
    if (signed.hash !== null) deps.marker?.set(fingerprintOf({ ...signed, hash: signed.hash }));
    record = signed;
  }

  async function check(pin: string): Promise<PinCheck> {
    const current = await load();
    if (current === null) throw new BalansError('unavailable', LOST_MESSAGE);
    if (current.hash === null) return { correct: false, retryAfterMs: 0, lockedOut: false };
    const now = deps.clock.now();
    const wait = waitBeforeAttempt(current.attempts, now);
    if (wait > 0) return { correct: false, retryAfterMs: wait, lockedOut: true };
    const correct = await pinMatches(pin, current.salt, current.scrypt, current.hash);
    const attempts = correct ? afterRightPin() : afterWrongPin(current.attempts, now);
    await save({ ...current, attempts });
    if (correct) {
      const unseen = deps.tampers?.takeUnseen() ?? [];
      if (unseen.length > 0) deps.onTamperSeen?.(unseen);
    }
    return { correct, retryAfterMs: waitBeforeAttempt(attempts, now), lockedOut: false };
  }

  /** Throws the PIN answer the UI turns into its prompt: needed, wrong, or locked out (never "wrong" then). */
  function refuse(result: PinCheck | null): never {
    if (result === null) throw new BalansError('pin-required', 'The parent PIN is needed for this.');
    if (result.lockedOut)
      throw new BalansError(
        'pin-lockout',
        `Too many wrong PINs; no PIN is checked for ${Math.ceil(result.retryAfterMs / 1000)} s.`,
        { retryAfterMs: result.retryAfterMs },
      );
    throw new BalansError('pin-wrong', 'That is not the parent PIN.', {
      retryAfterMs: result.retryAfterMs,
    });
  }

  const lock = {
    /** Reads and reconciles the records (once); boundaries start after it so the overlay knows it is locked. */
    load: (): Promise<unknown> => load(),
    /** Whether a PIN has been set (a lost lock counts as set). */
    async hasPin(): Promise<boolean> {
      const current = await load();
      return current === null || current.hash !== null;
    },
    /** Whether a PIN is set, without waiting: before the lock file is read, the settings' marker answers. */
    pinSet: (): boolean =>
      record === undefined ? (deps.marker?.get() ?? null) !== null : record === null || record.hash !== null,
    state(): ParentLockState {
      return { pinSet: lock.pinSet(), lost: record === null, tampers: deps.tampers?.all() ?? [] };
    },
    /** A digest only this lock can make (keyed with the PIN hash), or null without a loaded PIN. */
    sign(text: string): string | null {
      return record?.hash ? keyedDigest(record.hash, text) : null;
    },
    /** Keeps a tamper found elsewhere (e.g. in the boundary memory) in the lock's log. */
    recordTamper(kind: TamperKind): void {
      deps.tampers?.add([{ kind, at: deps.clock.now() }]);
    },
    /** Told after the PIN was set or replaced. */
    onChange(listener: () => void): void {
      listeners.push(listener);
    },
    /** Checks a PIN (rate-limited). */
    verify(pin: string): Promise<PinCheck> {
      return serial(() => check(pin));
    },
    /** Throws a PIN answer ('pin-required', 'pin-wrong', 'pin-lockout') unless the PIN is right or none is set. */
    async requirePin(pin: string | undefined): Promise<void> {
      if (!(await lock.hasPin())) return;
      if (record === null) throw new BalansError('unavailable', LOST_MESSAGE);
      const result = pin === undefined ? null : await lock.verify(pin);
      if (!result?.correct) refuse(result);
    },
    /** Sets the PIN; replacing an existing PIN needs the current one (the PIN protects itself). */
    setPin(newPin: string, currentPin?: string): Promise<void> {
      return serial(async () => {
        const current = await load();
        if (current === null) throw new BalansError('unavailable', LOST_MESSAGE);
        if (current.hash !== null) {
          const result = currentPin === undefined ? null : await check(currentPin);
          if (!result?.correct) refuse(result);
        }
        const base = (await load()) ?? current;
        await save({
          ...base,
          hash: await hashPin(newPin, base.salt, base.scrypt),
          attempts: afterRightPin(),
        });
        listeners.forEach((listener) => listener());
      });
    },
  };
  return lock;
}

export type ParentLock = ReturnType<typeof createParentLock>;
