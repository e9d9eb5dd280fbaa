import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { readsOnly, sampleDays, viewHosts, watching } from '../../support/view-hosts.ts';

const ZONE = 'Europe/Amsterdam';
const now = DateTime.fromISO('2026-11-20T17:00', { zone: ZONE }).toMillis();
const todayStart = DateTime.fromMillis(now, { zone: ZONE }).startOf('day').toMillis();
const days = ['2026-02-09', '2026-06-15', '2026-11-16', '2026-11-18', '2026-11-20'];
const events = sampleDays(days, ZONE);

const open = viewHosts(now, ZONE, events);

describe('the per-day facts built in the store’s worker', () => {
  it('are built from the raw events beside the store, none sent to main, and sum to the raw events’ views', async () => {
    const reads: { from: number; to: number }[] = [];
    // main's reads of raw events before today
    const app = open(
      watching('eventsBetween', ([, from, to]) => {
        if ((to as number) <= todayStart) reads.push({ from: from as number, to: to as number });
      }),
    );
    await app.ready;
    await app.services.facts.dropAndRebuild();
    expect(reads).toEqual([]);
    const built = await app.store.builtFactDays('2026-01-01', '2026-12-31');
    for (const day of days.slice(0, -1)) expect(built.has(day)).toBe(true);
    // every ended day from the first event on, each once; today is never kept
    expect(built.size).toBe(DateTime.fromISO('2026-11-20').diff(DateTime.fromISO('2026-02-09'), 'days').days);
    expect(built.has('2026-11-20')).toBe(false);

    const raw = open(readsOnly);
    for (const query of [
      { from: '2026-11-16', to: '2026-11-22' },
      { from: '2026-06-01', to: '2026-06-30' },
    ])
      expect(await app.dispatch('getWeekView', query)).toEqual(await raw.dispatch('getWeekView', query));
    expect(await app.dispatch('getYearView', { year: 2026 })).toEqual(
      await raw.dispatch('getYearView', { year: 2026 }),
    );
  });
});
