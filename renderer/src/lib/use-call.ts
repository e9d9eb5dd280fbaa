import { useCallback, useEffect, useState } from 'react';
import type { Failure, Result } from '../../../electron/shared/result.ts';

export type CallState<T> =
  | { status: 'loading' }
  | { status: 'error'; failure: Failure }
  | { status: 'ready'; data: T };

/** Runs a contract call when `deps` change and tracks loading, error and data; `reload` runs it again. */
export function useCall<T>(run: () => Promise<Result<T>>, deps: readonly unknown[]): CallState<T> & { reload(): void } {
  const [state, setState] = useState<CallState<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    run().then(
      (result) => {
        if (!current) return;
        setState(result.ok ? { status: 'ready', data: result.data } : { status: 'error', failure: result });
      },
      (error: unknown) => {
        if (current) setState({ status: 'error', failure: { ok: false, code: 'internal', message: String(error) } });
      },
    );
    return () => {
      current = false;
    };
  }, [...deps, attempt]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, reload };
}
