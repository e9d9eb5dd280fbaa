// Clock changes while tracking, through the app's own wiring: tracker → SQLite store → reports. Whatever the wall
// clock does, what was recorded is never shown as less: totals and the timeline show the union of recorded spans.
import { DateTime } from 'luxon';
import { afterEach, describe, expect, it } from 'vitest';
import { manualClock } from '../../../electron/core/clock.ts';
import type { PresenceSource } from '../../../electron/main/adapters/os/presence-source.ts';
import { TrackingService } from '../../../electron/main/services/tracking-service.ts';
import { composeHostApp } from '../../host/compose-host.ts';
import { scriptedWindowSource } from '../../support/scripted-window-source.ts';
import { manualScheduler } from '../../support/manual-scheduler.ts';

const zone = 'Europe/Amsterdam';
const S = 1000;
const MIN = 60 * S;
let cleanup: (() => void)[] = [];
afterEach(() => {
  cleanup.forEach((close) => close());
  cleanup = [];
});

async function setUp(startLocal: string) {
  const clock = manualClock(DateTime.fromISO(startLocal, { zone }).toMillis());
  const presence: PresenceSource = { idleMs: () => 0, onSignal: () => () => undefined };
  const host = composeHostApp({ clock, zone, events: [] });
  cleanup.push(host.close);
  const source = scriptedWindowSource();
  const tracking = new TrackingService({
    source,
    presence,
    clock,
    sink: host.store,
    newId: () => host.store.nextEventId(),
    // Heartbeats come from the test: a real timer keeps ticking every second whatever the wall clock says.
    scheduler: manualScheduler(),
  });
  await tracking.start();
  /** The user works for `ms` of real time: one heartbeat a second on a wall clock that moves with it. */
  const work = (ms: number) => {
    for (let t = 0; t < ms; t += S) {
      clock.advance(S);
      tracking.tick();
    }
  };
  const setClock = (local: string) => clock.set(DateTime.fromISO(local, { zone }).toMillis());
  const total = async (date: string) => (await host.services.today.getDayTotals(date)).totalMs;
  const timelineAppMs = async (date: string) =>
    (await host.services.reports.getDayTimeline({ date })).segments
      .filter((s) => s.kind === 'app')
      .reduce((sum, s) => sum + s.end - s.start, 0);
  return { clock, host, source, tracking, work, setClock, total, timelineAppMs };
}

describe('the clock set back or forward while tracking', () => {
  it('back 1 h mid-session: totals and the timeline never shrink, and the jump is recorded', async () => {
    const app = await setUp('2026-11-20T09:00');
    app.source.show('code', 'tracker.ts — Visual Studio Code');
    app.work(60 * MIN);
    const before = await app.total('2026-11-20');
    expect(before).toBe(60 * MIN);
    app.setClock('2026-11-20T09:00'); // the clock is set back an hour
    const seen: number[] = [];
    for (const title of ['Inbox — Thunderbird', 'Docs — Firefox', 'Chat — Slack', 'Sheet — LibreOffice']) {
      app.source.show(title.split(' — ')[1]!.toLowerCase(), title);
      app.work(15 * MIN);
      seen.push(await app.total('2026-11-20'), await app.timelineAppMs('2026-11-20'));
    }
    for (const value of seen) expect(value).toBeGreaterThanOrEqual(before);
    await app.tracking.stop();
    expect(await app.total('2026-11-20')).toBe(60 * MIN);
    const timeline = await app.host.services.reports.getDayTimeline({ date: '2026-11-20' });
    expect(timeline.clockSetBack).toEqual([
      {
        from: DateTime.fromISO('2026-11-20T10:00', { zone }).toMillis(),
        to: DateTime.fromISO('2026-11-20T09:00', { zone }).toMillis(),
      },
    ]);
  });

  it('back over midnight and forward again: neither day ever shows less than it recorded', async () => {
    const app = await setUp('2026-11-20T23:30');
    app.source.show('code', 'tracker.ts — Visual Studio Code');
    app.work(50 * MIN); // until 00:20 on the 21st
    const first = { day1: await app.total('2026-11-20'), day2: await app.total('2026-11-21') };
    expect(first).toEqual({ day1: 30 * MIN, day2: 20 * MIN });
    app.setClock('2026-11-20T23:40');
    app.source.show('firefox', 'News — Firefox');
    for (let i = 0; i < 4; i++) {
      app.work(5 * MIN);
      expect(await app.total('2026-11-20')).toBeGreaterThanOrEqual(first.day1);
      expect(await app.total('2026-11-21')).toBeGreaterThanOrEqual(first.day2);
    }
    app.setClock('2026-11-21T00:30'); // and forward again
    app.work(10 * MIN);
    await app.tracking.stop();
    // The 20 minutes after the jump back fall in 23:40–00:00, which the 20th had recorded already: its union stays
    // 30 minutes. The 21st keeps its 20 minutes and gains the 10 after the jump forward (less the second the jump
    // took, which no heartbeat saw).
    expect(await app.total('2026-11-20')).toBe(30 * MIN);
    expect(await app.total('2026-11-21')).toBe(30 * MIN - S);
    expect(await app.timelineAppMs('2026-11-21')).toBe(30 * MIN - S);
  });

  it.each([
    ['the autumn night (an hour repeats)', '2026-10-25', '2026-10-25T01:30', 3 * 60 * MIN],
    ['the spring night (an hour is skipped)', '2026-03-29', '2026-03-29T01:30', 60 * MIN],
  ])('%s: the day totals the real time worked until 03:30', async (_name, date, start, expected) => {
    const app = await setUp(start);
    app.source.show('code', 'tracker.ts — Visual Studio Code');
    const until = DateTime.fromISO(`${date}T03:30`, { zone }).toMillis();
    let last = 0;
    while (app.clock.now() < until) {
      app.work(10 * MIN);
      const total = await app.total(date);
      expect(total).toBeGreaterThanOrEqual(last);
      last = total;
    }
    await app.tracking.stop();
    expect(await app.total(date)).toBe(expected);
    expect(await app.timelineAppMs(date)).toBe(expected);
  });
});
