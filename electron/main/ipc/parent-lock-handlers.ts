import type { parentLockCalls } from '../../shared/contract/parent-lock.ts';
import type { ParentLock } from '../services/parent-lock-service.ts';
import type { Handlers } from './handler-table.ts';

/** The parent PIN calls, answered by the parent lock itself. */
export function parentLockHandlers(lock: ParentLock): Pick<Handlers, keyof typeof parentLockCalls> {
  return {
    getParentLockState: () => lock.state(),
    setParentPin: async ({ pin, currentPin }) => {
      await lock.setPin(pin, currentPin);
      return { parentPinSet: true };
    },
  };
}
