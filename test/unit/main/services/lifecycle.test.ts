// Defects 1, 4 and 6 of issue 15: the lifecycle's decisions without Electron — the second instance exits before
// anything starts, a start-up failure ends in the dialog, one ordered quit plan, and the PIN guards only the user.
import { describe, expect, it } from 'vitest';
import {
  createLifecycle,
  opensWindowAtStart,
  startedHidden,
  type QuitPlan,
} from '../../../../electron/main/services/lifecycle.ts';

function harness(guard: () => Promise<void> = async () => {}) {
  const log: string[] = [];
  const lifecycle = createLifecycle({
    exit: (code) => log.push(`exit ${code}`),
    quit: () => log.push('quit'),
    showError: (title, message) => log.push(`dialog ${title}: ${message}`),
    dataFolder: () => '/home/ann/.config/Balans',
    locale: () => 'en-GB',
    now: () => 1_000,
    log: () => undefined,
  });
  const plan: QuitPlan = {
    guard,
    refused: () => log.push('refused'),
    recordSystemEnd: (cause, at) => log.push(`recorded ${cause} ${at}`),
    steps: ['stop timers', 'destroy windows', 'stop tracking', 'close store'].map((name) => ({
      name,
      run: () => void log.push(name),
    })),
  };
  const quitEvent = () => {
    let prevented = false;
    lifecycle.beforeQuit({ preventDefault: () => (prevented = true) });
    return prevented;
  };
  return { lifecycle, plan, log, quitEvent };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the lifecycle', () => {
  it('lets the second instance exit at once, before any start-up step runs', async () => {
    const { lifecycle, log } = harness();
    expect(lifecycle.claimSingleInstance(false)).toBe(false);
    const ran: string[] = [];
    expect(await lifecycle.start([{ step: 'usage-store', run: () => ran.push('store') }])).toBe(false);
    expect(ran).toEqual([]);
    expect(log).toEqual(['exit 0']);
  });

  it('ends a failed start-up with a native dialog naming the step, the reason and the data folder', async () => {
    const { lifecycle, log } = harness();
    const ran: string[] = [];
    const ok = await lifecycle.start([
      { step: 'settings', run: () => ran.push('settings') },
      {
        step: 'usage-store',
        run: () => {
          throw new Error('database disk image is malformed');
        },
      },
      { step: 'tray', run: () => ran.push('tray') },
    ]);
    expect(ok).toBe(false);
    expect(ran).toEqual(['settings']);
    expect(log).toEqual([
      'dialog Balans could not start: Balans stopped while opening the usage database:\n\n' +
        'database disk image is malformed\n\nYour data is in:\n/home/ann/.config/Balans',
      'exit 1',
    ]);
  });

  it('runs the quit plan in order, then quits, and lets the quit it asked for through', async () => {
    const { lifecycle, plan, log, quitEvent } = harness();
    await lifecycle.start([]);
    lifecycle.setQuitPlan(plan);
    expect(quitEvent()).toBe(true);
    await settle();
    expect(log).toEqual(['stop timers', 'destroy windows', 'stop tracking', 'close store', 'quit']);
    expect(quitEvent()).toBe(false);
    expect(log.at(-1)).toBe('quit');
  });

  it('keeps running with the overlay back when the PIN is refused, and guards the next quit again', async () => {
    let allow = false;
    const { lifecycle, plan, log, quitEvent } = harness(async () => {
      if (!allow) throw new Error('locked');
    });
    await lifecycle.start([]);
    lifecycle.setQuitPlan(plan);
    expect(quitEvent()).toBe(true);
    await settle();
    expect(log).toEqual(['refused']);
    expect(lifecycle.isQuitting()).toBe(false);
    allow = true;
    expect(quitEvent()).toBe(true);
    await settle();
    expect(log.slice(1)).toEqual(['stop timers', 'destroy windows', 'stop tracking', 'close store', 'quit']);
  });

  it('does not re-open a lost overlay or nudge while quitting, and does when running', async () => {
    const { lifecycle, plan, quitEvent } = harness();
    await lifecycle.start([]);
    const reopened: string[] = [];
    lifecycle.setQuitPlan({
      ...plan,
      steps: [
        { name: 'destroy windows', run: () => lifecycle.windowLost(() => reopened.push('during quit')) },
      ],
    });
    lifecycle.windowLost(() => reopened.push('running'));
    quitEvent();
    await settle();
    expect(reopened).toEqual(['running']);
  });

  it('never asks the PIN when the operating system ends the session, even with the PIN prompt up', async () => {
    let refuse: (error: Error) => void = () => undefined;
    const { lifecycle, plan, log, quitEvent } = harness(() => new Promise((_, reject) => (refuse = reject)));
    await lifecycle.start([]);
    lifecycle.setQuitPlan(plan);
    quitEvent(); // the user's quit during family time waits for the PIN
    lifecycle.systemEnding('os-shutdown');
    expect(log).toEqual([
      'recorded os-shutdown 1000',
      'stop timers',
      'destroy windows',
      'stop tracking',
      'close store',
      'quit',
    ]);
    // macOS quits the app after its 'shutdown': that quit goes through, and the late PIN answer changes nothing.
    expect(quitEvent()).toBe(false);
    refuse(new Error('locked'));
    await settle();
    expect(log).not.toContain('refused');
    lifecycle.systemEnding('os-session-end');
    expect(log.filter((line) => line === 'close store')).toHaveLength(1);
  });

  it('exits on SIGTERM after the plan instead of waiting to be killed', async () => {
    const { lifecycle, plan, log } = harness();
    await lifecycle.start([]);
    lifecycle.setQuitPlan(plan);
    lifecycle.systemEnding('signal');
    expect(log.at(-2)).toBe('close store');
    expect(log.at(-1)).toBe('exit 0');
  });

  it('closes the store even when an earlier quit step fails', async () => {
    const { lifecycle, plan, log, quitEvent } = harness();
    await lifecycle.start([]);
    lifecycle.setQuitPlan({
      ...plan,
      steps: [
        {
          name: 'stop tracking',
          run: () => {
            throw new Error('source gone');
          },
        },
        ...plan.steps.slice(-1),
      ],
    });
    quitEvent();
    await settle();
    expect(log).toEqual(['close store', 'quit']);
  });
});

describe('a start at login', () => {
  it('is told by the hidden flag (Linux, Windows) or by macOS itself', () => {
    expect(startedHidden(['/opt/Balans/balans', '--hidden'])).toBe(true);
    expect(startedHidden(['/opt/Balans/balans'], true)).toBe(true);
    expect(startedHidden(['/opt/Balans/balans'])).toBe(false);
  });

  it('opens no window then, unless the desktop shows no tray (nothing would be on screen at all)', () => {
    expect(opensWindowAtStart(true, 'present')).toBe(false);
    expect(opensWindowAtStart(true, 'unknown')).toBe(false);
    expect(opensWindowAtStart(true, 'missing')).toBe(true);
    expect(opensWindowAtStart(false, 'present')).toBe(true);
  });
});
