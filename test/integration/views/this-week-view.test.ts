import { DateTime } from 'luxon';
import { afterEach, describe, expect, it } from 'vitest';
import type { WeekView } from '../../../electron/shared/contract/reports.ts';
import type { ThisWeekView } from '../../../electron/shared/contract/views.ts';
import { composeHostApp } from '../../host/compose-host.ts';
import { reviewingDayEvents, reviewingSettings, ZONE } from '../../fixtures/reviewing-day.ts';

/**
 * The Week screen opens with one call (getThisWeekView): main decides which week today is in, by its clock in the
 * zone everything is shown in, and answers that week as getWeekView does and the settings as getSettings does.
 */
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((close) => close()));

async function servicesAt(local: string) {
  const app = composeHostApp({
    clock: { now: () => DateTime.fromISO(local, { zone: ZONE }).toMillis() },
    zone: ZONE,
    events: reviewingDayEvents,
    settings: reviewingSettings(),
  });
  cleanups.push(app.close);
  await app.ready;
  return async <T>(name: string, input: unknown): Promise<T> => {
    const result = await app.dispatch(name, input);
    if (!result.ok) throw new Error(`${name}: ${result.code} ${result.message}`);
    return result.data as T;
  };
}

describe('the Week screen as it opens', () => {
  it('answers the week containing today, its view as getWeekView gives it and the settings in effect', async () => {
    const call = await servicesAt('2026-11-20T21:00');
    const start = await call<ThisWeekView>('getThisWeekView', undefined);
    expect(start.today).toBe('2026-11-20');
    expect(start.range).toEqual({ kind: 'week', from: '2026-11-16', to: '2026-11-22' });
    expect(start.view).toEqual(await call<WeekView>('getWeekView', { from: '2026-11-16', to: '2026-11-22' }));
    expect(start.view.totals.periods.find((p) => p.period === '2026-11-20')?.totalMs).toBeGreaterThan(0);
    expect(start.settings).toEqual(await call('getSettings', undefined));
  });

  it('starts the week on Monday in the user’s zone, not in UTC (00:30 on Monday is still Sunday in UTC)', async () => {
    const call = await servicesAt('2026-11-23T00:30');
    const start = await call<ThisWeekView>('getThisWeekView', undefined);
    expect(start.today).toBe('2026-11-23');
    expect(start.range).toEqual({ kind: 'week', from: '2026-11-23', to: '2026-11-29' });
  });

  it('refuses an input it does not take, as every call does', async () => {
    const app = composeHostApp({
      clock: { now: () => 0 },
      zone: ZONE,
      events: [],
      settings: reviewingSettings(),
    });
    cleanups.push(app.close);
    await app.ready;
    const answer = await app.dispatch('getThisWeekView', { from: '2026-11-16' });
    expect(answer).toMatchObject({ ok: false, code: 'invalid-input' });
  });
});
