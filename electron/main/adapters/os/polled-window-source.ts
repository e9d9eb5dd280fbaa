import type { Result as ActiveWindow } from 'get-windows';
import { systemTicker, type Ticker } from '../ticker.ts';
import {
  sameObservation,
  type WindowListener,
  type WindowObservation,
  type WindowSource,
} from './window-source.ts';

/** Reads the active window once; get-windows' `activeWindow` by default. */
export type ActiveWindowReader = () => Promise<ActiveWindow | undefined>;

export interface PolledWindowSourceOptions {
  /** Polling interval, default one second. */
  intervalMs?: number;
  ticker?: Ticker;
  read?: ActiveWindowReader;
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
  readonly #ticker: Ticker;
  readonly #read: ActiveWindowReader;
  #cancel: (() => void) | undefined;
  #listener: WindowListener | undefined;
  #polling = false;
  #last: WindowObservation | undefined;
  #reportedNone = false;

  constructor(options: PolledWindowSourceOptions = {}) {
    this.#intervalMs = options.intervalMs ?? DEFAULT_POLL_INTERVAL_MS;
    this.#ticker = options.ticker ?? systemTicker;
    this.#read = options.read ?? readWithGetWindows;
  }

  /** Reports the current window, then polls. */
  async start(listener: WindowListener): Promise<void> {
    this.#listener = listener;
    this.#cancel = this.#ticker.every(this.#intervalMs, () => void this.poll());
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
      const window = await this.#read().catch(() => undefined);
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
}
