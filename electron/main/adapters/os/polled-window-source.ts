import type { Result as ActiveWindow } from 'get-windows';
import type { Scheduler } from '../../../core/scheduler.ts';
import { systemScheduler } from '../scheduler.ts';
import type { TrackingGap } from '../../../shared/contract/tracking.ts';
import {
  sameObservation,
  unavailableReason,
  type WindowListener,
  type WindowObservation,
  type WindowSource,
} from './window-source.ts';

/** Reads the active window once; get-windows' `activeWindow` by default. */
export type ActiveWindowReader = () => Promise<ActiveWindow | undefined>;

export interface PolledWindowSourceOptions {
  /** Polling interval, default one second. */
  intervalMs?: number;
  scheduler?: Scheduler;
  read?: ActiveWindowReader;
  /** What the readings lack now (e.g. titles without Screen Recording), shown with the tracking status. */
  gaps?: () => readonly TrackingGap[];
  /** Told about a read that failed (once per distinct failure, not every second). */
  log?: (message: string, error: unknown) => void;
}

export const DEFAULT_POLL_INTERVAL_MS = 1_000;

// Imported on first use: the package resolves its platform code at import, which only the polling platforms need.
const readWithGetWindows: ActiveWindowReader = async () => (await import('get-windows')).activeWindow();

/** Maps get-windows' result to an observation: owner name as the app, the URL's host as the site. */
export function toObservation(window: ActiveWindow): WindowObservation {
  const url = 'url' in window ? window.url : undefined;
  let site: string | undefined;
  try {
    site = url ? new URL(url).hostname.replace(/^www\./, '') || undefined : undefined;
  } catch {
    site = undefined;
  }
  return {
    app: window.owner.name || window.owner.path || 'unknown',
    ...(window.title && { title: window.title }),
    ...(window.owner.path && { executable: window.owner.path }),
    ...(window.owner.processId && { pid: window.owner.processId }),
    ...(site && { site }),
  };
}

/**
 * Polls get-windows (macOS, Windows; Linux works too through xprop) and reports only changes. A poll that is still
 * running when the next is due is not doubled up.
 */
export class PolledWindowSource implements WindowSource {
  readonly kind = 'polled';
  readonly #intervalMs: number;
  readonly #scheduler: Scheduler;
  readonly #read: ActiveWindowReader;
  #cancel: (() => void) | undefined;
  #listener: WindowListener | undefined;
  #polling = false;
  #last: WindowObservation | undefined;
  #reportedNone = false;
  #failure: string | undefined;
  readonly #log: (message: string, error: unknown) => void;
  readonly gaps: () => readonly TrackingGap[];

  constructor(options: PolledWindowSourceOptions = {}) {
    this.#intervalMs = options.intervalMs ?? DEFAULT_POLL_INTERVAL_MS;
    this.#scheduler = options.scheduler ?? systemScheduler;
    this.#read = options.read ?? readWithGetWindows;
    this.#log = options.log ?? (() => undefined);
    this.gaps = options.gaps ?? (() => []);
  }

  /** Reports the current window, then polls. */
  async start(listener: WindowListener): Promise<void> {
    this.#listener = listener;
    this.#cancel = this.#scheduler.every(this.#intervalMs, () => void this.poll());
    await this.poll();
  }

  async stop(): Promise<void> {
    this.#cancel?.();
    this.#cancel = undefined;
    this.#listener = undefined;
  }

  /** One poll; public so a caller can ask for a fresh reading now. */
  async poll(): Promise<void> {
    if (this.#polling || !this.#listener) return;
    this.#polling = true;
    try {
      let window: ActiveWindow | undefined;
      try {
        window = await this.#read();
      } catch (error) {
        return this.#failed(error);
      }
      this.#failure = undefined;
      const observation = window ? toObservation(window) : undefined;
      if (!observation) {
        if (!this.#reportedNone) this.#listener?.({ type: 'none' });
        this.#reportedNone = true;
        this.#last = undefined;
      } else if (!sameObservation(observation, this.#last)) {
        this.#last = observation;
        this.#reportedNone = false;
        this.#listener?.({ type: 'observation', observation });
      }
    } finally {
      this.#polling = false;
    }
  }

  /**
   * A read failed: logged and reported as the tracking status (never swallowed into "no window"), once for each
   * distinct failure. The next good read reports the window again, which clears it.
   */
  #failed(error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    this.#last = undefined;
    this.#reportedNone = false;
    if (message === this.#failure) return;
    this.#failure = message;
    this.#log('Reading the active window failed', error);
    this.#listener?.({
      type: 'unavailable',
      reason: unavailableReason(`reading the active window failed (${message})`),
    });
  }
}
