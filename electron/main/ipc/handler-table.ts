import {
  calls,
  isCallName,
  type CallName,
  type CallOutput,
  type ParsedInput,
} from '../../shared/contract/index.ts';
import { BalansError, failure, ok, type Result } from '../../shared/result.ts';
import { z } from 'zod';

/** The implementation of one call; input is already parsed by the call's schema. */
export type Handler<K extends CallName> = (input: ParsedInput<K>) => Promise<CallOutput<K>> | CallOutput<K>;

/** One handler per declared call: the compiler refuses a missing one. */
export type Handlers = { [K in CallName]: Handler<K> };

/** Dispatches a raw call by name: the single path every call takes, from IPC and from the test host alike. */
export type Dispatch = (name: string, rawInput: unknown) => Promise<Result<unknown>>;

/** Builds the dispatcher: unknown name → unknown-channel; bad input → invalid-input; thrown errors → typed failures. */
export function createDispatch(
  handlers: Handlers,
  log: (message: string, error: unknown) => void = () => {},
): Dispatch {
  return async (name, rawInput) => {
    if (!isCallName(name)) return failure('unknown-channel', `No such call: ${String(name).slice(0, 80)}`);
    const parsed = calls[name].input.safeParse(rawInput);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(input)'}: ${i.message}`);
      return failure('invalid-input', `Invalid input for ${name}`, issues);
    }
    try {
      const handler = handlers[name] as (input: unknown) => unknown;
      return ok(await handler(parsed.data));
    } catch (error) {
      if (error instanceof BalansError) return failure(error.code, error.message, error.issues);
      if (error instanceof z.ZodError) return failure('invalid-input', error.message);
      log(`Call ${name} failed`, error);
      return failure('internal', `${name} failed unexpectedly`);
    }
  };
}
