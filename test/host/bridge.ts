// Runs in the browser page served by the development/test host, before the app's own scripts: it gives the page
// the same window.balans that preload gives it in Electron, built from the same contract, carried over HTTP.
import { buildBalansApi, type Transport } from '../../electron/shared/contract/api-builder.ts';
import type { BalansApi } from '../../electron/shared/contract/index.ts';

const base = new URL('./__balans-host/', window.location.href);

/**
 * Event streams still connecting. In Electron an event sent after `on` returned always arrives; over HTTP an event
 * sent before its stream is open is lost. So a call waits until every stream subscribed so far (in the same tick
 * included) is open, and whatever main does because of that call is heard.
 */
const opening = new Set<Promise<void>>();

const httpTransport: Transport = {
  async invoke(channel, input) {
    await Promise.resolve();
    await Promise.all([...opening]);
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
    const opened = new Promise<void>((resolve) => {
      source.addEventListener('open', () => resolve(), { once: true });
      source.addEventListener('error', () => resolve(), { once: true });
    });
    opening.add(opened);
    void opened.then(() => opening.delete(opened));
    return () => source.close();
  },
};

(window as unknown as { balans: BalansApi }).balans = buildBalansApi(httpTransport);
