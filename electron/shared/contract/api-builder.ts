import { callChannel, callNames, eventChannel, isEventName, type BalansApi } from './index.ts';

/** How an API reaches main: IPC in preload, an HTTP bridge in the development/test host. */
export interface Transport {
  invoke(channel: string, input: unknown): Promise<unknown>;
  subscribe(channel: string, listener: (payload: unknown) => void): () => void;
}

/**
 * Builds `window.balans` from the contract, so preload and the test host can never expose different APIs.
 * Only declared calls exist; there is no generic invoke(channel).
 */
export function buildBalansApi(transport: Transport): BalansApi {
  const api: Record<string, unknown> = {};
  for (const name of callNames) {
    const channel = callChannel(name);
    api[name] = (input: unknown) => transport.invoke(channel, input);
  }
  api.on = (name: string, listener: (payload: unknown) => void) => {
    if (!isEventName(name)) throw new Error(`Unknown Balans event: ${name}`);
    return transport.subscribe(eventChannel(name), listener);
  };
  return api as BalansApi;
}
