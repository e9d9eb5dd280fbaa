// Child process for the facts crash test: composes the services on an existing usage folder, which starts the
// per-day facts rebuild in the background, and prints "built N of T" as it goes until it is killed.
import { rebuildHost } from './rebuild-clock.ts';

const [directory] = process.argv.slice(2);
if (!directory) throw new Error('usage: rebuild-child.ts <directory>');

const app = rebuildHost(directory);
let last = -1;
setInterval(() => {
  const { done, total } = app.services.facts.progress();
  if (done !== last) process.stdout.write(`built ${(last = done)} of ${total}\n`);
}, 1);
