import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { readsOnly, sampleDays, viewHosts } from '../../support/view-hosts.ts';
import type { StoredEvent } from '../../../electron/shared/domain/usage.ts';

const ZONE = 'Europe/Amsterdam';
const now = DateTime.fromISO('2026-11-20T17:00', { zone: ZONE }).toMillis();
const days = ['2026-11-02', '2026-11-10', '2026-11-16', '2026-11-18', '2026-11-20'];
// Sample days in this week, last week and earlier in the month, each with its own ids.
const events = sampleDays(days, ZONE);

const open = viewHosts(now, ZONE, events);

describe('the Week and Month views computed in the store’s worker', () => {
  it.each([
    ['a week', { from: '2026-11-16', to: '2026-11-22' }],
    ['a month', { from: '2026-11-01', to: '2026-11-30' }],
  ])('answer %s exactly as the services on main do, through the contract', async (_name, range) => {
    const worker = await open().dispatch('getWeekView', range);
    const main = await open(readsOnly).dispatch('getWeekView', range);
    expect(worker.ok).toBe(true);
    expect(worker).toEqual(main);
    const view = (worker as { data: { totals: { periods: { totalMs: number }[] } } }).data;
    expect(view.totals.periods.reduce((sum, p) => sum + p.totalMs, 0)).toBeGreaterThan(0);
  });

  it('are composed from the facts the worker keeps, and show an event written to a past day at once', async () => {
    const app = open();
    const range = { from: '2026-11-16', to: '2026-11-22' };
    const first = await app.dispatch('getWeekView', range);
    // The ended days are kept as facts by the first view; today (the 20th) never is.
    const built = await app.store.builtFactDays('2026-11-09', '2026-11-22');
    expect([...built].sort()).toEqual(
      expect.arrayContaining(['2026-11-10', '2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19']),
    );
    expect(built.has('2026-11-20')).toBe(false);
    expect(await app.dispatch('getWeekView', range)).toEqual(first);

    // A late event on a built day: its facts are stale, and the next view builds the day again.
    const tuesday = DateTime.fromISO('2026-11-17T10:00', { zone: ZONE }).toMillis();
    const late: StoredEvent[] = [
      {
        id: 'late-1',
        kind: 'window',
        start: tuesday,
        duration: 25 * 60_000,
        data: { app: 'Latecomer', title: 'late', profileId: 'professional' },
      },
    ];
    app.store.write(late);
    const after = await app.dispatch('getWeekView', range);
    const view = (
      after as {
        data: {
          apps: { app: string; ms: number }[];
          totals: { periods: { period: string; byApp: { app: string }[] }[] };
        };
      }
    ).data;
    expect(view.apps.find((a) => a.app === 'Latecomer')?.ms).toBe(25 * 60_000);
    expect(view.totals.periods.find((p) => p.period === '2026-11-17')?.byApp.map((a) => a.app)).toContain(
      'Latecomer',
    );
    // And it equals the raw events' view, on main.
    const main = open(readsOnly);
    main.store.write(late);
    expect(after).toEqual(await main.dispatch('getWeekView', range));
  });

  it('follow a rule change at once, and refuse a range too long with the same typed error', async () => {
    const app = open();
    const range = { from: '2026-11-16', to: '2026-11-22' };
    const work = async () => {
      const result = await app.dispatch('getWeekView', range);
      const periods = (
        result as { data: { totals: { periods: { byCategory: { category: string; ms: number }[] }[] } } }
      ).data.totals.periods;
      return periods
        .flatMap((p) => p.byCategory)
        .filter((c) => c.category === 'work')
        .reduce((s, c) => s + c.ms, 0);
    };
    const before = await work();
    const settings = app.services.settings.getSettings();
    app.services.settings.setRules([
      { id: 'all-work', field: 'app', match: 'glob', pattern: '*', category: 'work' },
      ...settings.rules,
    ]);
    expect(await work()).toBeGreaterThan(before);
    expect(await app.dispatch('getWeekView', { from: '2026-01-01', to: '2026-11-22' })).toMatchObject({
      ok: false,
      code: 'invalid-input',
    });
  });
});
