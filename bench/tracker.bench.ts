// Tracker CPU: the event-driven X11 source vs get-windows polled at 1 Hz, each in its own process, watching the
// same 200 window switches under Xvfb + openbox. Targets (issue 4): ≥ 10× less CPU, 100% of switches seen,
// detection latency p95 < 50 ms.
import { spawn, type ChildProcess } from 'node:child_process';
import { startXServer } from '../test/support/x-server.ts';
import { waitFor } from '../test/support/wait-for.ts';
import { connectSwitcher } from './tracker/switcher.ts';
import {
  analyse,
  cpuSeconds,
  MAX_DWELL_MS,
  MIN_DWELL_MS,
  schedule,
  sleep,
  startSource,
  stopSources,
  waitReady,
  type SourceProcess,
} from './tracker/measure.ts';

const SWITCHES = Number(process.env['BENCH_SWITCHES'] ?? 200);
const CLASSES = ['BenchA', 'BenchB', 'BenchC', 'BenchD'];

export default async function trackerBench(): Promise<void> {
  const x = await startXServer();
  const terminals: ChildProcess[] = [];
  const sources: SourceProcess[] = [];
  try {
    const windows: number[] = [];
    for (const cls of CLASSES) {
      terminals.push(
        spawn('xterm', ['-class', cls, '-T', cls, '-e', 'sleep', '3600'], { env: x.env, stdio: 'ignore' }),
      );
      const id = await waitFor(
        `xterm ${cls}`,
        async () =>
          (await x.exec('xdotool', ['search', '--onlyvisible', '--class', cls]).catch(() => ''))
            .split('\n')
            .filter(Boolean)[0],
      );
      windows.push(Number(id));
    }
    const switcher = await connectSwitcher(x.display);
    const x11 = startSource('x11', x.env);
    const polled = startSource('polled', x.env);
    sources.push(x11, polled);
    for (const s of sources) await waitReady(s);
    await sleep(2_000); // let start-up work (module loading, first poll) finish before measuring
    const cpuStart = [await cpuSeconds(x11, 'start'), await cpuSeconds(polled, 'start')];

    const switches: { app: string; at: number }[] = [];
    const wallStart = performance.now();
    for (const { target, dwell } of schedule(SWITCHES, CLASSES.length)) {
      switches.push({ app: CLASSES[target]!, at: switcher.activate(windows[target]!) });
      await sleep(dwell);
    }
    const end = performance.timeOrigin + performance.now();
    const wallSeconds = (performance.now() - wallStart) / 1_000;
    const cpuEnd = [await cpuSeconds(x11, 'end'), await cpuSeconds(polled, 'end')];
    await switcher.close();

    const [x11Cpu, polledCpu] = [cpuEnd[0]! - cpuStart[0]!, cpuEnd[1]! - cpuStart[1]!];
    const results = [analyse(x11, switches, end), analyse(polled, switches, end)];
    console.log(
      `${SWITCHES} switches over ${wallSeconds.toFixed(1)} s (dwell ${MIN_DWELL_MS}–${MAX_DWELL_MS} ms)`,
    );
    console.log('source        CPU s (self+children)   switches seen   latency p50   latency p95');
    for (const [i, name] of ['x11 events', 'get-windows 1Hz'].entries()) {
      const r = results[i]!;
      const cpu = i === 0 ? x11Cpu : polledCpu;
      console.log(
        `${name.padEnd(16)}${cpu.toFixed(3).padStart(10)}        ${`${r.seen}/${SWITCHES}`.padStart(12)}   ` +
          `${r.p50.toFixed(1).padStart(8)} ms   ${r.p95.toFixed(1).padStart(8)} ms`,
      );
    }
    const ratio = polledCpu / x11Cpu;
    const x11Result = results[0]!;
    console.log(
      `CPU ratio polled/x11: ${ratio.toFixed(1)}× (target ≥ 10×: ${(ratio / 10).toFixed(2)} of target)`,
    );
    console.log(`x11 switches seen: ${((100 * x11Result.seen) / SWITCHES).toFixed(1)}% (target 100%)`);
    console.log(
      `x11 latency p95: ${x11Result.p95.toFixed(1)} ms (target < 50 ms: ${(x11Result.p95 / 50).toFixed(2)} of budget)`,
    );
  } finally {
    await stopSources(sources);
    for (const t of terminals) t.kill();
    await x.stop();
  }
}
