import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { UsageStore } from '../../../electron/main/adapters/storage/usage-store.ts';
import { tempDirectory } from './temp-store.ts';
import { runUntilKilled } from '../../support/kill-child.ts';

const CHILD = fileURLToPath(new URL('./heartbeat-writer.ts', import.meta.url));
const BATCH = 20;
const RUNS = 20;

interface ChildReport {
  wrote: number;
  flushed: number;
}

/** Runs the writer and kills it with SIGKILL as soon as it has announced event `killAt`. */
async function runAndKill(directory: string, killAt: number): Promise<ChildReport> {
  const report: ChildReport = { wrote: 0, flushed: 0 };
  await runUntilKilled(CHILD, [directory, String(BATCH)], (line) => {
    const [what, n] = line.split(' ');
    if (what === 'wrote') report.wrote = Math.max(report.wrote, Number(n));
    if (what === 'flushed') report.flushed = Math.max(report.flushed, Number(n));
    return report.wrote >= killAt;
  });
  return report;
}

describe('usage store crash safety', () => {
  it(`survives kill -9 of the writer ${RUNS} times: integrity holds and at most one batch is lost`, async () => {
    const { directory, cleanup } = tempDirectory();
    try {
      for (let run = 0; run < RUNS; run++) {
        // Kill at varying points of the batch cycle: a deterministic spread, not a random one.
        const killAt = 40 + ((run * 37) % 97);
        const report = await runAndKill(directory, killAt);

        const store = UsageStore.open({ directory });
        try {
          expect(store.integrityCheck()).toBe('ok');
          const windows = store.eventsBetween('window', 0, Number.MAX_SAFE_INTEGER);
          const survived = Math.max(0, ...windows.map((e) => Number(e.id)));
          // Batches commit whole and in order: what survived is exactly events 1..survived.
          expect(windows).toHaveLength(survived);
          // Nothing the child saw committed is lost, and what is lost fits in one batch.
          expect(survived).toBeGreaterThanOrEqual(report.flushed);
          expect(report.wrote - survived).toBeLessThanOrEqual(BATCH);
          if (survived > 0)
            expect(store.eventsBetween('running', 0, Number.MAX_SAFE_INTEGER)).toHaveLength(1);
        } finally {
          // Start every run from an empty store so ids 1..n are this run's alone.
          store.deleteEverything();
          store.close();
        }
      }
    } finally {
      cleanup();
    }
  }, 120_000);
});
