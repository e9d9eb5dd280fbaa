// Runs in the browser page served by the development/test host, before the app's own scripts: it gives the page
// the same window.balans that preload gives it in Electron, built from the same contract, carried over HTTP.
import { buildBalansApi, type Transport } from '../../electron/shared/contract/api-builder.ts';
import type { BalansApi } from '../../electron/shared/contract/index.ts';

const base = new URL('./__balans-host/', window.location.href);

const httpTransport: Transport = {
  async invoke(channel, input) {
    const response = await fetch(new URL(`call/${encodeURIComponent(channel)}`, base), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: input === undefined ? '' : JSON.stringify(input),
    });
    return response.json();
  },
  subscribe(channel, listener) {
    const source = new EventSource(new URL(`events?channel=${encodeURIComponent(channel)}`, base));
    source.onmessage = (message) => listener(JSON.parse(message.data as string));
    return () => source.close();
  },
};

(window as unknown as { balans: BalansApi }).balans = buildBalansApi(httpTransport);
