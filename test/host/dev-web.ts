// `npm run dev:web`: the Balans UI in your browser, backed by the real core on sample data. Development only.
import { fileURLToPath } from 'node:url';
import { workingWeek } from '../e2e/seeded-settings.ts';
import { composeHostApp } from './compose-host.ts';
import { startHost } from './server.ts';

const rendererDir = fileURLToPath(new URL('../../out/renderer/', import.meta.url));
const locale = process.argv.find((arg) => arg.startsWith('--locale='))?.slice('--locale='.length);
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const app = composeHostApp({ zone, settings: workingWeek(zone), ...(locale ? { locale } : {}) });
await app.ready;
const host = await startHost({ dispatch: app.dispatch, events: app.services.events, rendererDir });
console.log(`Balans UI (development host, 127.0.0.1 only): ${host.url}`);
console.log('Stop with Ctrl+C. Rebuild the renderer with `npm run build` and reload to see changes.');
process.on(
  'SIGINT',
  () =>
    void host.close().then(() => {
      app.close();
      process.exit(0);
    }),
);
