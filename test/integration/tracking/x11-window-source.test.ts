// The event-driven X11 source against a real X server (Xvfb + openbox) and real xterm windows.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { X11WindowSource } from '../../../electron/main/adapters/os/x11-window-source.ts';
import type { WindowSignal } from '../../../electron/main/adapters/os/window-source.ts';
import { Tracker } from '../../../electron/core/tracking/tracker.ts';
import type { StoredEvent } from '../../../electron/shared/domain/usage.ts';
import { startXServer, type XServer } from '../../support/x-server.ts';
import { waitFor } from '../../support/wait-for.ts';
import { applyWrites, sequentialIds } from '../../support/memory-sink.ts';

/**
 * Detection budget on top of the command's own run time. The target latency is 50 ms; a loaded 2-core machine can
 * delay our event loop and the window manager by a few scheduler slices, so assertions allow 4× the target.
 */
const DETECTION_BUDGET_MS = 200;
/** How long each window keeps focus: long enough that the budget is small against it. */
const DWELL_MS = 1_200;

interface Terminal {
  cls: string;
  title: string;
  process: ChildProcess;
  window: string;
}

interface Seen {
  at: number;
  signal: WindowSignal;
}

let x: XServer;
const terminals: Terminal[] = [];
const seen: Seen[] = [];
let source: X11WindowSource;

async function openTerminal(cls: string, title: string): Promise<Terminal> {
  // `-e sleep` instead of a shell, so no prompt rewrites the title behind the test's back
  const child = spawn('xterm', ['-class', cls, '-T', title, '-e', 'sleep', '600'], {
    env: x.env,
    stdio: 'ignore',
  });
  const window = await waitFor(`an xterm of class ${cls}`, async () => {
    const ids = await x.exec('xdotool', ['search', '--onlyvisible', '--class', cls]).catch(() => '');
    return ids.split('\n').filter(Boolean)[0];
  });
  const terminal = { cls, title, process: child, window };
  terminals.push(terminal);
  return terminal;
}

/** Runs an xdotool command and returns when it was issued and when it returned. */
async function xdotool(...args: string[]): Promise<{ issued: number; returned: number }> {
  const issued = Date.now();
  await x.exec('xdotool', args);
  return { issued, returned: Date.now() };
}

const observations = () =>
  seen.flatMap((s) => (s.signal.type === 'observation' ? [{ at: s.at, ...s.signal.observation }] : []));

/** Waits for an observation newer than index `after` matching app and title. */
const waitForObservation = (after: number, app: string, title: string) =>
  waitFor(`an observation of ${app} "${title}"`, () => {
    const found = observations().findIndex((o, i) => i >= after && o.app === app && o.title === title);
    return found >= 0 ? found : undefined;
  });

beforeAll(async () => {
  x = await startXServer();
  await openTerminal('Alpha', 'alpha one');
  await openTerminal('Beta', 'beta one');
  await openTerminal('Gamma', 'gamma one');
  source = new X11WindowSource({ display: x.display });
  await source.start((signal) => seen.push({ at: Date.now(), signal }));
});

afterAll(async () => {
  await source?.stop();
  for (const t of terminals) t.process.kill();
  await x?.stop();
});

describe('X11WindowSource under Xvfb + openbox', () => {
  it('reports switches and a title change as they happen, and the tracker turns them into timed events', async () => {
    const [alpha, beta, gamma] = terminals as [Terminal, Terminal, Terminal];
    const steps: { app: string; title: string; command: { issued: number; returned: number } }[] = [];
    const step = async (app: string, title: string, ...args: string[]) => {
      const from = observations().length;
      const command = await xdotool(...args);
      await waitForObservation(from, app, title);
      steps.push({ app, title, command });
      // keep the window focused for a while; the assertions below use measured times, not this dwell
      await new Promise((resolve) => setTimeout(resolve, DWELL_MS));
    };

    await step('Alpha', 'alpha one', 'windowactivate', '--sync', alpha.window);
    await step('Beta', 'beta one', 'windowactivate', '--sync', beta.window);
    await step('Beta', 'beta renamed', 'set_window', '--name', 'beta renamed', beta.window);
    await step('Gamma', 'gamma one', 'windowactivate', '--sync', gamma.window);
    await step('Alpha', 'alpha one', 'windowactivate', '--sync', alpha.window);

    // exactly one observation per step, in order, from the first switch on
    const start = observations().findIndex((o) => o.at >= steps[0]!.command.issued);
    const relevant = observations().slice(start);
    expect(relevant.map((o) => [o.app, o.title])).toEqual(steps.map((s) => [s.app, s.title]));

    // each was seen no earlier than its command and within the detection budget after the command returned
    for (const [i, o] of relevant.entries()) {
      const { issued, returned } = steps[i]!.command;
      expect(o.at).toBeGreaterThanOrEqual(issued);
      expect(o.at).toBeLessThanOrEqual(returned + DETECTION_BUDGET_MS);
    }

    // pid and executable come from _NET_WM_PID and /proc/<pid>/exe
    const xterm = realpathSync('/usr/bin/xterm');
    expect(relevant[0]).toMatchObject({ pid: alpha.process.pid, executable: xterm });
    expect(relevant[3]).toMatchObject({ pid: gamma.process.pid, executable: xterm });

    // fed to the tracker at arrival time, each event lasts from its switch to the next one
    const tracker = new Tracker({ graceMs: 60_000, newId: sequentialIds() });
    const log = new Map<string, StoredEvent>();
    applyWrites(log, tracker.start(relevant[0]!.at));
    for (const o of relevant) applyWrites(log, tracker.observe({ app: o.app, title: o.title }, o.at));
    const end = Date.now();
    applyWrites(log, tracker.stop(end));
    const events = [...log.values()].filter((e) => e.kind === 'window');
    expect(events.map((e) => [e.data.app, e.data.title])).toEqual(steps.map((s) => [s.app, s.title]));
    for (const [i, event] of events.entries()) {
      const from = steps[i]!.command;
      const to = steps[i + 1]?.command ?? { issued: end, returned: end };
      // the true switch lies within its command's run time, the detection adds at most the budget
      const tolerance = from.returned - from.issued + (to.returned - to.issued) + DETECTION_BUDGET_MS;
      expect(Math.abs(event.duration - (to.issued - from.issued))).toBeLessThanOrEqual(tolerance);
      expect(event.duration).toBeGreaterThanOrEqual(DWELL_MS);
    }
  });

  it('survives the active window vanishing: the next active window is reported', async () => {
    const [alpha, beta, gamma] = terminals as [Terminal, Terminal, Terminal];
    const from = observations().length;
    await xdotool('windowactivate', '--sync', gamma.window);
    await waitForObservation(from, 'Gamma', 'gamma one');
    const afterGamma = seen.length;
    gamma.process.kill();
    // openbox focuses another window (or none); either way the source keeps working and reports it
    const next = await waitFor('a report after the active window closed', () => seen.slice(afterGamma)[0]);
    expect(
      next.signal.type === 'none' ||
        (next.signal.type === 'observation' && next.signal.observation.app !== 'Gamma'),
    ).toBe(true);
    // and it still follows switches: focus whichever remaining terminal is not focused now
    const focused = next.signal.type === 'observation' ? next.signal.observation.app : undefined;
    const target = focused === 'Alpha' ? beta : alpha;
    const before = observations().length;
    await xdotool('windowactivate', '--sync', target.window);
    await waitForObservation(before, target.cls, target.cls === 'Alpha' ? 'alpha one' : 'beta renamed');
  });
});
