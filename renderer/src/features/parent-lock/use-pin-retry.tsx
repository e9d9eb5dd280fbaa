import { useCallback, useRef, useState, type ReactNode } from 'react';
import type { Failure, Result } from '../../../../electron/shared/result.ts';
import { isPinAnswer } from './pin-answer.ts';
import { PinRetryDialog } from './PinRetryDialog.tsx';

interface Asking {
  failure: Failure;
  /** Counts the answers, so each one shows in a fresh prompt (its own wait and an empty field). */
  answer: number;
  retry: (pin: string) => Promise<Result<unknown>>;
  settle: (result: Result<unknown> | null) => void;
}

/**
 * The PIN flow of every screen that changes something a parent PIN may guard: `guarded(call)` makes the call;
 * when main answers that the PIN is needed (or was wrong, or is locked out), `prompt` shows the PIN prompt and the
 * same call is sent again with the PIN. It resolves to the final answer, or to null when the user cancelled, in
 * which case nothing was changed.
 */
export function usePinRetry(): {
  guarded: <T>(call: (pin?: string) => Promise<Result<T>>) => Promise<Result<T> | null>;
  prompt: ReactNode;
} {
  const [asking, setAsking] = useState<Asking | null>(null);
  const [busy, setBusy] = useState(false);
  const current = useRef<Asking | null>(null);
  const show = (next: Asking | null) => {
    current.current = next;
    setAsking(next);
  };

  const guarded = useCallback(async <T,>(call: (pin?: string) => Promise<Result<T>>) => {
    const first = await call();
    if (first.ok || !isPinAnswer(first)) return first;
    return new Promise<Result<T> | null>((resolve) =>
      show({
        failure: first,
        answer: 0,
        retry: call,
        settle: (result) => resolve(result as Result<T> | null),
      }),
    );
  }, []);

  const submit = async (pin: string) => {
    const ask = current.current;
    if (!ask) return;
    setBusy(true);
    const result = await ask.retry(pin);
    setBusy(false);
    if (!result.ok && isPinAnswer(result)) return show({ ...ask, failure: result, answer: ask.answer + 1 });
    show(null);
    ask.settle(result);
  };
  const cancel = () => {
    const ask = current.current;
    show(null);
    ask?.settle(null);
  };

  const prompt = asking ? (
    <PinRetryDialog
      key={asking.answer}
      failure={asking.failure}
      busy={busy}
      onSubmit={(pin) => void submit(pin)}
      onCancel={cancel}
    />
  ) : null;
  return { guarded, prompt };
}

/** The call's input with the PIN added when there is one. */
export const plusPin = <T extends object>(input: T, pin?: string): T & { pin?: string } =>
  pin === undefined ? input : { ...input, pin };
