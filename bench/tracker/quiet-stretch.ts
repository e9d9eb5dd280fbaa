// The second CPU measure, beside the 200-switch run: a quiet stretch as a person works (by default 60 s with a
// switch every 30 s), where an event-driven source wakes only for the switches and a poller still wakes every
// second. Printed and recorded separately from the 200-switch figures, which it does not replace.
import { analyse, cpuSeconds, sleep, type SourceProcess } from './measure.ts';

export const QUIET_SECONDS = Number(process.env['BENCH_QUIET_SECONDS'] ?? 60);
const QUIET_SWITCH_EVERY_MS = 30_000;

export interface QuietStretch {
  seconds: number;
  /** CPU seconds of each source over the stretch, in the order of `sources`. */
  cpu: number[];
  switches: number;
  /** Switches the first (event-driven) source saw. */
  seen: number;
}

/** Runs the quiet stretch; `current` is the app in front when it starts. */
export async function runQuietStretch(
  sources: SourceProcess[],
  apps: readonly string[],
  current: string,
  switchTo: (app: string) => Promise<unknown>,
): Promise<QuietStretch> {
  const start = await Promise.all(sources.map((s) => cpuSeconds(s, 'quiet-start')));
  const wallStart = performance.now();
  const switches: { app: string; at: number }[] = [];
  let front = current;
  for (let elapsed = 0; elapsed < QUIET_SECONDS * 1_000; elapsed += QUIET_SWITCH_EVERY_MS) {
    front = apps[(apps.indexOf(front) + 1) % apps.length]!;
    switches.push({ app: front, at: performance.timeOrigin + performance.now() });
    await switchTo(front);
    const left =
      wallStart + Math.min(elapsed + QUIET_SWITCH_EVERY_MS, QUIET_SECONDS * 1_000) - performance.now();
    await sleep(Math.max(0, left));
  }
  const end = await Promise.all(sources.map((s) => cpuSeconds(s, 'quiet-end')));
  const seconds = (performance.now() - wallStart) / 1_000;
  const { seen } = analyse(sources[0]!, switches, performance.timeOrigin + performance.now());
  return { seconds, cpu: sources.map((_, i) => end[i]! - start[i]!), switches: switches.length, seen };
}
