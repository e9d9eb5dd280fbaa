import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { readsOnly, sampleDays, viewHosts, watching } from '../../support/view-hosts.ts';
import type { StoredEvent } from '../../../electron/shared/domain/usage.ts';

const ZONE = 'Europe/Amsterdam';
const now = DateTime.fromISO('2026-11-20T17:00', { zone: ZONE }).toMillis();
const days = ['2026-01-05', '2026-03-30', '2026-10-24', '2026-11-18', '2026-11-20'];
const events = sampleDays(days, ZONE);

const open = viewHosts(now, ZONE, events);

describe('the Year view computed in the store’s worker', () => {
  it('answers as the raw events summed on main do, and main reads no day’s facts', async () => {
    const reads: string[] = [];
    // every read of saved facts on main (the Year view should make none)
    const app = open(watching('dayFacts', () => reads.push('dayFacts')));
    const worker = await app.dispatch('getYearView', { year: 2026 });
    expect(worker.ok).toBe(true);
    expect(reads).toEqual([]);
    expect(worker).toEqual(await open(readsOnly).dispatch('getYearView', { year: 2026 }));
    // The ended days were built (on main, in chunks) and kept; today is not.
    const built = await app.store.builtFactDays('2026-01-01', '2026-12-31');
    expect(built.has('2026-03-30') && built.has('2026-11-18')).toBe(true);
    expect(built.has('2026-11-20')).toBe(false);
  });

  it('shows an event written to a built past day, and a rule change, at once', async () => {
    const app = open();
    const month = async (m: string) => {
      const result = await app.dispatch('getYearView', { year: 2026 });
      return (
        result as { data: { months: { month: string; byCategory: { category: string; ms: number }[] }[] } }
      ).data.months.find((x) => x.month === m)!;
    };
    const march = await month('2026-03');
    // A day with no events before, whose (empty) facts were built.
    const late: StoredEvent = {
      id: 'late-1',
      kind: 'window',
      start: DateTime.fromISO('2026-03-31T10:00', { zone: ZONE }).toMillis(),
      duration: 30 * 60_000,
      data: { app: 'Latecomer', title: 'late', profileId: 'private' },
    };
    app.store.write([late]);
    const total = (m: typeof march) => m.byCategory.reduce((sum, c) => sum + c.ms, 0);
    expect(total(await month('2026-03'))).toBe(total(march) + 30 * 60_000);
    const settings = app.services.settings.getSettings();
    app.services.settings.setRules([
      { id: 'late-work', field: 'app', match: 'exact', pattern: 'Latecomer', category: 'entertainment' },
      ...settings.rules,
    ]);
    const entertainment = (m: typeof march) =>
      m.byCategory.find((c) => c.category === 'entertainment')?.ms ?? 0;
    expect(entertainment(await month('2026-03'))).toBe(entertainment(march) + 30 * 60_000);
  });
});
