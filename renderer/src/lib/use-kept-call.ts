import { useState } from 'react';
import type { Result } from '../../../electron/shared/result.ts';
import { useCall, type CallState } from './use-call.ts';

/**
 * Like useCall, but while a new answer is on its way the last one stays on screen: a screen that reloads after
 * each edit keeps its place and the focus instead of flashing "Loading…" and losing both.
 */
export function useKeptCall<T>(
  run: () => Promise<Result<T>>,
  key: string,
): CallState<T> & { reload(): void } {
  const state = useCall(run, key);
  const [kept, setKept] = useState<{ data: T } | null>(null);
  if (state.status === 'ready' && kept?.data !== state.data) setKept({ data: state.data });
  if (state.status === 'loading' && kept) return { status: 'ready', data: kept.data, reload: state.reload };
  return state;
}
