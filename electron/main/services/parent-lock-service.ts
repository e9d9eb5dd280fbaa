import type { Clock } from '../../core/clock.ts';
import {
  afterRightPin,
  afterWrongPin,
  NO_ATTEMPTS,
  parseAttempts,
  waitBeforeAttempt,
  type PinAttempts,
} from '../../core/parent-lock/pin-attempts.ts';
import type { PinCheck } from '../../shared/contract/boundaries.ts';
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
    if (current.hash === null) return { correct: false, retryAfterMs: 0 };
    const now = deps.clock.now();
    const wait = waitBeforeAttempt(current.attempts, now);
    if (wait > 0) return { correct: false, retryAfterMs: wait };
    const correct = await pinMatches(pin, current.salt, current.scrypt, current.hash);
    const attempts = correct ? afterRightPin() : afterWrongPin(current.attempts, now);
    await save({ ...current, attempts });
    return { correct, retryAfterMs: waitBeforeAttempt(attempts, now) };
  }

  return {
    /** Whether a PIN has been set. */
    async hasPin(): Promise<boolean> {
      return (await load()).hash !== null;
    },
    /** Checks a PIN (rate-limited). */
    verify(pin: string): Promise<PinCheck> {
      return serial(() => check(pin));
    },
    /** Throws BalansError('locked') unless the PIN is right; for calls the PIN protects. */
    async requirePin(pin: string | undefined): Promise<void> {
      if (!(await this.hasPin())) return;
      const result = pin === undefined ? { correct: false, retryAfterMs: 0 } : await this.verify(pin);
      if (!result.correct)
        throw new BalansError(
          'locked',
          result.retryAfterMs > 0
            ? `Wrong PIN; try again in ${Math.ceil(result.retryAfterMs / 1000)} s.`
            : 'The parent PIN is needed.',
        );
    },
    /** Sets the PIN; changing an existing PIN needs the current one (the PIN protects itself). */
    setPin(newPin: string, currentPin?: string): Promise<void> {
      return serial(async () => {
        const current = await load();
        if (current.hash !== null) {
          const result = currentPin === undefined ? null : await check(currentPin);
          if (!result?.correct)
            throw new BalansError('locked', 'The current parent PIN is needed to change it.');
        }
        const fresh = await load();
        await save({
          ...fresh,
          hash: await hashPin(newPin, fresh.salt, fresh.scrypt),
          attempts: afterRightPin(),
        });
      });
    },
  };
}

export type ParentLock = ReturnType<typeof createParentLock>;
