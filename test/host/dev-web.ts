// `npm run dev:web`: the Balans UI in your browser, backed by the real core on sample data. Development only.
import { fileURLToPath } from 'node:url';
import { DateTime } from 'luxon';
import { workingWeek } from '../e2e/seeded-settings.ts';
import { composeHostApp } from './compose-host.ts';
import { startHost } from './server.ts';

const rendererDir = fileURLToPath(new URL('../../out/renderer/', import.meta.url));
const locale = process.argv.find((arg) => arg.startsWith('--locale='))?.slice('--locale='.length);
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
// The sample day is seeded on today's date: run the clock as if it were 21:00 now, so it is all in the past.
const evening = DateTime.now().setZone(zone).set({ hour: 21, minute: 0, second: 0, millisecond: 0 });
const offset = evening.toMillis() - Date.now();
const clock = { now: () => Date.now() + offset };
const app = composeHostApp({ clock, zone, settings: workingWeek(zone), ...(locale ? { locale } : {}) });
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
