// Child process for the crash test: writes heartbeats through the usage store until it is killed.
// Prints "wrote N" before handing event N to the store and "flushed N" once events up to N are committed
// (stdout to a pipe is synchronous on Linux, so a printed line was really printed before the kill).
import { UsageStore } from '../../../electron/main/adapters/storage/usage-store.ts';

const [directory, batchSize] = process.argv.slice(2);
if (!directory || !batchSize) throw new Error('usage: heartbeat-writer.ts <directory> <batch size>');

let written = 0;
const store = UsageStore.open({
  directory,
  flushIntervalMs: 20,
  maxPendingEvents: Number(batchSize),
  onFlush: () => process.stdout.write(`flushed ${written}\n`),
});
const start = Date.now();

setInterval(() => {
  written++;
  process.stdout.write(`wrote ${written}\n`);
  store.write([
    // One running span extended under the same id (a heartbeat), plus one new window event per tick.
    { id: 'running-span', kind: 'running', start, duration: Date.now() - start, data: {} },
    {
      id: String(written),
      kind: 'window',
      start: start + written * 1000,
      duration: 1000,
      data: { app: `App ${written % 7}`, title: `Heartbeat ${written}` },
    },
  ]);
}, 1);
