import { afterEach, describe, expect, it } from 'vitest';
import type { TimelineSegment, WeekView } from '../../../electron/shared/contract/reports.ts';
import type { TodayView } from '../../../electron/shared/contract/views.ts';
import { composeHostApp } from '../../host/compose-host.ts';
import { DATE, NOW, reviewingDayEvents, reviewingSettings, ZONE } from '../../fixtures/reviewing-day.ts';
import { DateTime } from 'luxon';

/**
 * Today's and Week's one-call views on the real services and a real store, through the dispatcher: top apps by
 * site, the timeline's away states and not-running gaps, and the day's windows of every kind.
 */
const M = 60_000;
const at = (time: string) => DateTime.fromISO(`${DATE}T${time}`, { zone: ZONE }).toMillis();
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((close) => close()));

async function views() {
  const app = composeHostApp({
    clock: { now: () => NOW },
    zone: ZONE,
    events: reviewingDayEvents,
    settings: reviewingSettings(),
  });
  cleanups.push(app.close);
  await app.ready;
  const call = async <T>(name: string, input: unknown): Promise<T> => {
    const result = await app.dispatch(name, input);
    if (!result.ok) throw new Error(`${name}: ${result.code}`);
    return result.data as T;
  };
  return {
    today: () => call<TodayView>('getTodayView', undefined),
    week: () => call<WeekView>('getWeekView', { from: '2026-11-16', to: '2026-11-22' }),
  };
}

describe('the Today and Week views on a reviewer’s day', () => {
  it('lists the browser once with its time per site, the new tab as other pages, as Week does', async () => {
    const { today, week } = await views();
    const todayView = await today();
    const firefox = todayView.apps.find((a) => a.app === 'firefox');
    expect(firefox?.ms).toBe(150 * M);
    expect(firefox?.sites.map((s) => [s.site, s.ms / M])).toEqual([
      ['github.com', 80],
      ['youtube.com', 50],
      [null, 20],
    ]);
    expect(todayView.apps.filter((a) => a.app === 'firefox')).toHaveLength(1);
    // Code had idle and locked time cut out; apps that are not browsers have no sites.
    expect(todayView.apps.find((a) => a.app === 'Code')).toMatchObject({ ms: 230 * M, sites: [] });
    // Every app's time adds up to the day's total, and the week's table says the same about the same day.
    expect(todayView.apps.reduce((sum, a) => sum + a.ms, 0)).toBe(todayView.totals.totalMs);
    const weekView = await week();
    expect(weekView.apps).toEqual(todayView.apps);
  });

  it('draws idle, locked, asleep and Balans not running as separate kinds of time', async () => {
    const { timeline } = await (await views()).today();
    const away = timeline.segments
      .filter(
        (s): s is Exclude<TimelineSegment, { kind: 'app' | 'pause' }> =>
          s.kind !== 'app' && s.kind !== 'pause',
      )
      .map((s) => [s.kind === 'presence' ? s.state : 'not running', s.start, s.end]);
    expect(away).toEqual([
      ['not running', at('00:00'), at('07:50')],
      ['not running', at('12:00'), at('13:00')],
      ['idle', at('13:30'), at('13:50')],
      ['locked', at('16:00'), at('16:30')],
      ['asleep', at('17:00'), at('18:00')],
    ]);
    // Balans ran 07:50–08:00 with no window in front: that is not "not running".
    expect(away.some(([, start]) => start === at('07:50'))).toBe(false);
  });

  it('gives every window of every kind on the day, the downtime from Thursday night cut at midnight', async () => {
    const { timeline } = await (await views()).today();
    expect(timeline.windows.map((w) => [w.kind, w.name, w.start, w.end])).toEqual([
      ['office-hours', 'Office hours', at('09:00'), at('17:00')],
      ['focus', 'Deep work', at('13:00'), at('15:00')],
      ['downtime', 'Night', at('00:00'), at('07:00')],
      ['family-time', 'Dinner', at('18:00'), at('20:00')],
    ]);
  });
});
