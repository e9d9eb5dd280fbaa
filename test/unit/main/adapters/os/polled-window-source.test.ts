import { describe, it, expect } from 'vitest';
import type { Result as ActiveWindow } from 'get-windows';
import {
  PolledWindowSource,
  toObservation,
} from '../../../../../electron/main/adapters/os/polled-window-source.ts';
import type { WindowSignal } from '../../../../../electron/main/adapters/os/window-source.ts';
import { manualClock } from '../../../../../electron/core/clock.ts';
import { manualScheduler } from '../../../../support/manual-scheduler.ts';

const win = (name: string, title: string, extra: Partial<{ url: string }> = {}): ActiveWindow =>
  ({
    platform: 'macos',
    title,
    id: 1,
    bounds: { x: 0, y: 0, width: 1, height: 1 },
    owner: { name, processId: 7, path: `/Applications/${name}.app`, bundleId: 'x' },
    memoryUsage: 0,
    ...extra,
  }) as ActiveWindow;

/** Lets pending promise callbacks run. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('PolledWindowSource', () => {
  it('polls once a second by default and reports only changes', async () => {
    const clock = manualClock(0);
    const ticker = manualScheduler(clock);
    const answers = [win('Safari', 'a'), win('Safari', 'a'), win('Mail', 'Inbox'), undefined, undefined];
    let reads = 0;
    const signals: WindowSignal[] = [];
    const source = new PolledWindowSource({ scheduler: ticker, read: async () => answers[reads++] });
    await source.start((s) => signals.push(s));
    for (let i = 0; i < 4; i++) {
      ticker.advance(1_000);
      await settle();
    }
    expect(reads).toBe(5);
    expect(signals.map((s) => (s.type === 'observation' ? s.observation.app : s.type))).toEqual([
      'Safari',
      'Mail',
      'none',
    ]);
    await source.stop();
    ticker.advance(5_000);
    expect(reads).toBe(5);
  });

  it('does not start a poll while the previous one is still running', async () => {
    const clock = manualClock(0);
    const ticker = manualScheduler(clock);
    let reads = 0;
    let release: (() => void) | undefined;
    const source = new PolledWindowSource({
      scheduler: ticker,
      read: () => {
        reads++;
        return new Promise((resolve) => (release = () => resolve(win('Safari', 'a'))));
      },
    });
    const started = source.start(() => {});
    ticker.advance(3_000);
    expect(reads).toBe(1);
    release?.();
    await started;
  });

  it('maps get-windows results, taking the site from the browser URL', () => {
    expect(toObservation(win('Google Chrome', 'Docs', { url: 'https://www.example.org/x' }))).toEqual({
      app: 'Google Chrome',
      title: 'Docs',
      executable: '/Applications/Google Chrome.app',
      pid: 7,
      site: 'example.org',
    });
  });

  // Defect 2 of issue 15: a failing read was swallowed into "no window", so the packaged macOS app recorded nothing
  // and nobody knew.
  it('logs a failing read once, reports it as the tracking status, and reports the window again when it recovers', async () => {
    const clock = manualClock(0);
    const ticker = manualScheduler(clock);
    const answers: (ActiveWindow | Error)[] = [
      new Error('spawn ENOTDIR'),
      new Error('spawn ENOTDIR'),
      win('Safari', 'a'),
    ];
    let reads = 0;
    const logged: unknown[] = [];
    const signals: WindowSignal[] = [];
    const source = new PolledWindowSource({
      scheduler: ticker,
      read: async () => {
        const answer = answers[reads++];
        if (answer instanceof Error) throw answer;
        return answer;
      },
      log: (_message, error) => logged.push(error),
    });
    await source.start((s) => signals.push(s));
    for (let i = 0; i < 2; i++) {
      ticker.advance(1_000);
      await settle();
    }
    expect(logged).toEqual([answers[0]]);
    expect(signals).toEqual([
      {
        type: 'unavailable',
        reason:
          'active-app tracking is not available on this desktop: reading the active window failed (spawn ENOTDIR)',
      },
      { type: 'observation', observation: expect.objectContaining({ app: 'Safari' }) },
    ]);
    await source.stop();
  });
});
