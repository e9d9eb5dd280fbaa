import type { Clock } from '../../core/clock.ts';
import { weakening, type GuardedChange } from '../../core/parent-lock/guard.ts';
import { BalansError } from '../../shared/result.ts';
import type { ParentLock } from './parent-lock-service.ts';

export interface ParentGuardDeps {
  lock: Pick<ParentLock, 'pinSet' | 'requirePin'>;
  clock: Clock;
  /** The computer's zone, for settings that say 'system'. */
  zone: () => string;
}

/**
 * The parent lock applied to changes: a change the core guard calls weakening needs the PIN once one is set,
 * checked through the rate-limited lock. Every service that can end or weaken a guarded boundary asks here.
 */
export function createParentGuard(deps: ParentGuardDeps) {
  /** True only while a change whose PIN was just checked runs (synchronously) a second time. */
  let authorised = false;

  const weakens = (change: GuardedChange) =>
    deps.lock.pinSet() ? weakening(change, deps.clock.now(), deps.zone()) : null;

  return {
    /** Throws 'pin-required' when `change` weakens a guarded boundary and this call carries no checked PIN. */
    check(change: GuardedChange): void {
      if (authorised) return;
      const found = weakens(change);
      if (found) throw new BalansError('pin-required', `The parent PIN is needed (${found.reason}).`);
    },

    /**
     * Runs a synchronous change. When it answers 'pin-required' and the call came with a PIN, the PIN is checked
     * (a wrong or locked-out PIN throws its own answer) and the change runs again, allowed this once. A PIN sent
     * with a harmless change is never checked, so it costs no attempt.
     */
    async withPin<T>(pin: string | undefined, run: () => T): Promise<T> {
      try {
        return run();
      } catch (error) {
        if (!(error instanceof BalansError && error.code === 'pin-required') || pin === undefined)
          throw error;
      }
      await deps.lock.requirePin(pin);
      authorised = true;
      try {
        return run();
      } finally {
        authorised = false;
      }
    },

    /** For a change known before it runs: checks the PIN when it is needed; returns whether it was checked. */
    async authorise(change: GuardedChange, pin: string | undefined): Promise<boolean> {
      if (!weakens(change)) return false;
      if (pin === undefined) throw new BalansError('pin-required', 'The parent PIN is needed.');
      await deps.lock.requirePin(pin);
      return true;
    },
  };
}

export type ParentGuard = ReturnType<typeof createParentGuard>;
