import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Schedule } from '../../../electron/main/adapters/storage/batch-writer.ts';

/** A fresh temp folder per test; `cleanup` removes it. */
export function tempDirectory(): { directory: string; cleanup: () => void } {
  const directory = mkdtempSync(join(tmpdir(), 'balans-store-'));
  return { directory, cleanup: () => rmSync(directory, { recursive: true, force: true }) };
}

/** A Schedule that runs nothing until the test calls fire(): batching without sleeping. */
export function manualSchedule(): Schedule & { fire(): void; waiting(): number } {
  const callbacks = new Set<() => void>();
  const schedule: Schedule = (callback) => {
    callbacks.add(callback);
    return () => callbacks.delete(callback);
  };
  return Object.assign(schedule, {
    fire() {
      for (const callback of [...callbacks]) {
        callbacks.delete(callback);
        callback();
      }
    },
    waiting: () => callbacks.size,
  });
}
