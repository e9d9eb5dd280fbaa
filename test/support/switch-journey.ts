// What the compositor tests share: the signals a window source reported, with the time each arrived, and a
// journey of steps (switch focus, change a title) each waited for until the source reports it.
import { execFileSync } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WindowSignal } from '../../electron/main/adapters/os/window-source.ts';
import { waitFor } from './wait-for.ts';

/** A shell loop that sets the terminal's title from each line written to `$fifo`, as a prompt or editor would. */
export const titleFromFifo = (fifo: string) =>
  `while :; do IFS= read -r t < ${fifo} && printf '\\033]2;%s\\007' "$t"; done`;

/**
 * A FIFO and a script to give weston-terminal as its `--shell`: each line written to the FIFO (`setTitle`)
 * becomes the terminal's title.
 */
export function titleShellIn(dir: string): { shell: string; setTitle: (title: string) => void } {
  const fifo = join(dir, 'title');
  execFileSync('mkfifo', [fifo]);
  const shell = join(dir, 'title-shell');
  writeFileSync(shell, `#!/bin/sh\n${titleFromFifo(fifo)}\n`);
  chmodSync(shell, 0o755);
  return { shell, setTitle: (title) => writeFileSync(fifo, `${title}\n`) };
}

export class SeenSignals {
  readonly seen: { at: number; signal: WindowSignal }[] = [];

  readonly record = (signal: WindowSignal): void => {
    this.seen.push({ at: Date.now(), signal });
  };

  observations() {
    return this.seen.flatMap((s) =>
      s.signal.type === 'observation' ? [{ at: s.at, ...s.signal.observation }] : [],
    );
  }

  /** The first observation of `app` (with `title`, when given) at or after index `after`. */
  waitForObservation(after: number, app: string, title?: string, timeoutMs = 20_000) {
    return waitFor(
      `an observation of ${app} "${title}"`,
      () =>
        this.observations().find(
          (o, i) => i >= after && o.app === app && (title === undefined || o.title === title),
        ),
      timeoutMs,
    );
  }
}

export interface SwitchStep {
  app: string;
  title?: string;
  /** When the step's command was issued and when it returned, for the detection budget. */
  issued: number;
  returned: number;
}

/** Runs steps one by one, each until the source reports it, then 300 ms of dwell so they never merge. */
export function switchJourney(signals: SeenSignals, timeoutMs?: number) {
  const steps: SwitchStep[] = [];
  return {
    steps,
    async step(app: string, title: string | undefined, action: () => unknown): Promise<void> {
      const from = signals.observations().length;
      const issued = Date.now();
      await action();
      const returned = Date.now();
      await signals.waitForObservation(from, app, title, timeoutMs);
      steps.push({ app, title, issued, returned });
      await new Promise((resolve) => setTimeout(resolve, 300));
    },
    /** Every observation from the first step on, to compare one to one with the steps. */
    observed() {
      const all = signals.observations();
      return all.slice(all.findIndex((o) => o.at >= steps[0]!.issued));
    },
  };
}
