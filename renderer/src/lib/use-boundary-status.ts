import { useEffect, useState } from 'react';
import type { Failure } from '../../../electron/shared/result.ts';
import type { BoundaryStatus } from '../../../electron/shared/domain/boundaries.ts';
import { balans } from './balans.ts';

/** The boundary status with the moment it arrived, so countdowns run on without asking main every second. */
export interface ReceivedStatus {
  status: BoundaryStatus;
  /** performance.now() when it arrived. */
  receivedAt: number;
}

/** The boundary status as a screen holds it; one per screen, handed to every part that shows it. */
export interface BoundaryStatusState {
  received: ReceivedStatus | null;
  /** Why the first read failed; shown through failureMessage, never as main's English message. */
  error: Failure | null;
  apply(status: BoundaryStatus): void;
}

/** The boundary status: fetched once, then kept current by the pushed 'boundaryState' event. */
export function useBoundaryStatus(): BoundaryStatusState {
  const [received, setReceived] = useState<ReceivedStatus | null>(null);
  const [error, setError] = useState<Failure | null>(null);
  useEffect(() => {
    let live = true;
    const accept = (status: BoundaryStatus) => live && setReceived({ status, receivedAt: performance.now() });
    const stop = balans().on('boundaryState', accept);
    balans()
      .getBoundaryState(undefined)
      .then((result) => (result.ok ? accept(result.data) : live && setError(result)));
    return () => {
      live = false;
      stop();
    };
  }, []);
  return {
    received,
    error,
    apply: (status) => setReceived({ status, receivedAt: performance.now() }),
  };
}

/** Milliseconds left until `until`, ticking every second from the status's own clock. */
export function useTimeLeft(received: ReceivedStatus | null, until: number | null): number | null {
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    const id = window.setInterval(() => setNow(performance.now()), 250);
    return () => window.clearInterval(id);
  }, []);
  if (!received || until === null) return null;
  // The tick state may predate the status's arrival: time never runs backwards from what main said.
  const elapsed = Math.max(0, now - received.receivedAt);
  return Math.max(0, until - (received.status.at + elapsed));
}
