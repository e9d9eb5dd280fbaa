/** Repeating timers, injected so services and sources can be driven by hand in tests. */
export interface Ticker {
  /** Calls `tick` every `ms` milliseconds until the returned function is called. */
  every(ms: number, tick: () => void): () => void;
}

/** The real timers; unref'd so a forgotten timer never keeps the process alive. */
export const systemTicker: Ticker = {
  every(ms, tick) {
    const handle = setInterval(tick, ms);
    handle.unref();
    return () => clearInterval(handle);
  },
};
