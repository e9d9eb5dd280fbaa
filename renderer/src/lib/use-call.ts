import { useCallback, useEffect, useRef, useState } from 'react';
import type { Failure, Result } from '../../../electron/shared/result.ts';

export type CallState<T> =
  { status: 'loading' } | { status: 'error'; failure: Failure } | { status: 'ready'; data: T };

/**
 * Runs a contract call whenever `key` changes (or on reload) and tracks loading, error and data. The state is
 * keyed by request, so an answer to an older request never overwrites a newer one. With `known`, the answer for
 * `key` is already in hand (it came with another call): it is ready in the first render and nothing is asked for
 * until a reload.
 */
export function useCall<T>(
  run: () => Promise<Result<T>>,
  key: string,
  known?: T,
): CallState<T> & { reload(): void } {
  const [attempt, setAttempt] = useState(0);
  const [settled, setSettled] = useState<{ request: string; state: CallState<T> }>();
  const latestRun = useRef(run);
  useEffect(() => {
    latestRun.current = run;
  });
  const request = `${key}#${attempt}`;
  const inHand = known !== undefined && attempt === 0;
  useEffect(() => {
    if (inHand) return;
    let current = true;
    const settle = (state: CallState<T>) => current && setSettled({ request, state });
    latestRun.current().then(
      (result) =>
        settle(result.ok ? { status: 'ready', data: result.data } : { status: 'error', failure: result }),
      (error: unknown) =>
        settle({ status: 'error', failure: { ok: false, code: 'internal', message: String(error) } }),
    );
    return () => {
      current = false;
    };
  }, [request, inHand]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const state: CallState<T> = inHand
    ? { status: 'ready', data: known }
    : settled?.request === request
      ? settled.state
      : { status: 'loading' };
  return { ...state, reload };
}
