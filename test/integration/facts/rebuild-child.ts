// Child process for the facts crash test: composes the services on an existing usage folder, which starts the
// per-day facts rebuild in the background, and prints "built N of T" as it goes until it is killed.
import { composeHostApp } from '../../host/compose-host.ts';
import { SYNTHETIC_ZONE } from '../../fixtures/synthetic-year.ts';
import { workingWeek } from '../../e2e/seeded-settings.ts';
import { REBUILD_NOW } from './rebuild-clock.ts';

const [directory] = process.argv.slice(2);
if (!directory) throw new Error('usage: rebuild-child.ts <directory>');

const app = composeHostApp({
  clock: { now: () => REBUILD_NOW },
  zone: SYNTHETIC_ZONE,
  events: [],
  settings: workingWeek(SYNTHETIC_ZONE),
  directory,
});
let last = -1;
setInterval(() => {
  const { done, total } = app.services.facts.progress();
  if (done !== last) process.stdout.write(`built ${(last = done)} of ${total}\n`);
}, 1);
