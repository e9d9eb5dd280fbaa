import type { Clock } from '../../core/clock.ts';
import {
  afterRightPin,
  afterWrongPin,
  NO_ATTEMPTS,
  parseAttempts,
  waitBeforeAttempt,
  type PinAttempts,
} from '../../core/parent-lock/pin-attempts.ts';
import type { PinCheck } from '../../shared/contract/parent-lock.ts';
import { BalansError } from '../../shared/result.ts';
import type { ParentLockStore } from '../adapters/parent-lock/lock-file.ts';
import {
  DEFAULT_SCRYPT,
  hashPin,
  newSalt,
  pinMatches,
  type ScryptParams,
} from '../adapters/parent-lock/pin-hash.ts';

interface LockRecord {
  version: 1;
  salt: string;
  scrypt: ScryptParams;
  hash: string | null;
  attempts: PinAttempts;
}

export interface ParentLockDeps {
  store: ParentLockStore;
  clock: Clock;
  scrypt?: ScryptParams;
}

/**
 * The parent lock: a PIN kept as a salted scrypt hash, with attempts rate-limited by a delay that survives a
 * restart. Checks run one at a time, so parallel guesses cannot slip past the counter.
 */
export function createParentLock(deps: ParentLockDeps) {
  let record: LockRecord | undefined;
  const listeners: (() => void)[] = [];
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  async function load(): Promise<LockRecord> {
    if (record) return record;
    const saved = (await deps.store.load()) as Partial<LockRecord> | null;
    if (saved === null) {
      record = {
        version: 1,
        salt: newSalt(),
        scrypt: deps.scrypt ?? DEFAULT_SCRYPT,
        hash: null,
        attempts: NO_ATTEMPTS,
      };
      await deps.store.save(record);
    } else if (
      typeof saved.salt !== 'string' ||
      !saved.scrypt ||
      (saved.hash !== null && typeof saved.hash !== 'string')
    ) {
      throw new BalansError('unavailable', 'The parent lock file is damaged; it was left as it is.');
    } else {
      record = { ...(saved as LockRecord), attempts: parseAttempts(saved.attempts, deps.clock.now()) };
    }
    return record;
  }

  async function save(next: LockRecord): Promise<void> {
    await deps.store.save(next);
    record = next;
  }

  async function check(pin: string): Promise<PinCheck> {
    const current = await load();
    if (current.hash === null) return { correct: false, retryAfterMs: 0, lockedOut: false };
    const now = deps.clock.now();
    const wait = waitBeforeAttempt(current.attempts, now);
    if (wait > 0) return { correct: false, retryAfterMs: wait, lockedOut: true };
    const correct = await pinMatches(pin, current.salt, current.scrypt, current.hash);
    const attempts = correct ? afterRightPin() : afterWrongPin(current.attempts, now);
    await save({ ...current, attempts });
    return { correct, retryAfterMs: waitBeforeAttempt(attempts, now), lockedOut: false };
  }

  /** Throws the PIN answer the UI turns into its prompt: needed, wrong, or locked out (never "wrong" then). */
  function refuse(result: PinCheck | null): never {
    if (result === null) throw new BalansError('pin-required', 'The parent PIN is needed for this.');
    if (result.lockedOut)
      throw new BalansError(
        'pin-lockout',
        `Too many wrong PINs; no PIN is checked for ${Math.ceil(result.retryAfterMs / 1000)} s.`,
        result.retryAfterMs,
      );
    throw new BalansError('pin-wrong', 'That is not the parent PIN.', result.retryAfterMs);
  }

  return {
    /** Reads the lock (once); boundaries start after it so the overlay knows whether it is locked. */
    load: (): Promise<unknown> => load(),
    /** Whether a PIN has been set. */
    async hasPin(): Promise<boolean> {
      return (await load()).hash !== null;
    },
    /** Whether a PIN is set, as last loaded (false before the first load). */
    pinSet: (): boolean => record?.hash != null,
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
      if (!(await this.hasPin())) return;
      const result = pin === undefined ? null : await this.verify(pin);
      if (!result?.correct) refuse(result);
    },
    /** Sets the PIN; changing an existing PIN needs the current one (the PIN protects itself). */
    setPin(newPin: string, currentPin?: string): Promise<void> {
      return serial(async () => {
        const current = await load();
        if (current.hash !== null) {
          const result = currentPin === undefined ? null : await check(currentPin);
          if (!result?.correct) refuse(result);
        }
        const fresh = await load();
        await save({
          ...fresh,
          hash: await hashPin(newPin, fresh.salt, fresh.scrypt),
          attempts: afterRightPin(),
        });
        listeners.forEach((listener) => listener());
      });
    },
  };
}

export type ParentLock = ReturnType<typeof createParentLock>;
