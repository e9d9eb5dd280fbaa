import type { BalansApi } from '../../../electron/shared/contract/index.ts';

declare global {
  interface Window {
    /** Provided by the preload script in Electron, or by the development/test host in a browser. */
    balans: BalansApi;
  }
}

/** The contract API; the renderer reaches main through nothing else. */
export function balans(): BalansApi {
  if (!window.balans) throw new Error('window.balans is missing: the page was opened outside Balans.');
  return window.balans;
}
