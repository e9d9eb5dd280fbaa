import fc from 'fast-check';
import { DateTime } from 'luxon';
import { afterEach, describe, expect, it } from 'vitest';
import { yearDayOf, yearView } from '../../../electron/core/reports/year-view.ts';
import { scheduledIntervals } from '../../../electron/core/schedule/scheduled-intervals.ts';
import { createFactsService } from '../../../electron/main/services/facts-service.ts';
import { createReportService } from '../../../electron/main/services/report-service.ts';
import type { CategoryId, StoredEvent } from '../../../electron/shared/domain/usage.ts';
import { composeHostApp } from '../../host/compose-host.ts';
import { workingWeek } from '../../e2e/seeded-settings.ts';

/**
 * Issue 13: every view computed from the per-day facts (Year on main, Week and Month in the store's worker)
 * equals the view computed from the raw events, for generated
 * history with rule, profile and schedule changes and late events in between, and after dropping and rebuilding
 * the tables. The facts live in a real SQLite file; the raw side reads the same events with nothing kept.
 */
const zone = 'Europe/Amsterdam';
// After the October DST change, so a 25-hour day is in the range.
const now = DateTime.fromISO('2026-11-20T12:00', { zone }).toMillis();
const first = DateTime.fromISO('2026-10-15T00:00', { zone }).toMillis();
const MIN = 60_000;
const apps = ['firefox', 'Slack', 'code', 'Blender', 'Spotify'];
const titles = [
  'Feed | LinkedIn',
  'notes.md - code',
  'general | Slack',
  'Lofi radio - YouTube',
  'scene.blend',
];
const sites = [undefined, 'youtube.com', 'linkedin.com', 'example.org'];
const profiles = ['professional', 'private', undefined];

const eventArb = fc.record({
  offsetMin: fc.integer({ min: 0, max: 36 * 24 * 60 }),
  durationMin: fc.integer({ min: 1, max: 240 }),
  app: fc.constantFrom(...apps),
  title: fc.constantFrom(...titles),
  site: fc.constantFrom(...sites),
  profileId: fc.constantFrom(...profiles),
  kind: fc.constantFrom('window', 'window', 'window', 'presence', 'running', 'pause'),
});
type Generated = typeof eventArb extends fc.Arbitrary<infer T> ? T : never;

let id = 0;
function toEvent(g: Generated): StoredEvent {
  const start = first + g.offsetMin * MIN;
  const base = { id: `g${++id}`, start, duration: g.durationMin * MIN };
  if (g.kind === 'presence') return { ...base, kind: 'presence', data: { state: 'idle' } };
  if (g.kind === 'running') return { ...base, kind: 'running', data: {} };
  if (g.kind === 'pause') return { ...base, kind: 'pause', data: { scope: 'tracking', reason: 'walk' } };
  return {
    ...base,
    kind: 'window',
    data: {
      app: g.app,
      title: g.title,
      ...(g.site && { site: g.site }),
      ...(g.profileId && { profileId: g.profileId }),
    },
  };
}

const ruleArb = fc.record({
  field: fc.constantFrom('app' as const, 'title' as const, 'site' as const),
  pattern: fc.constantFrom('*o*', 'slack', '*feed*', 'youtube.com', 'code', '*.blend'),
  category: fc.constantFrom<CategoryId>('work', 'social', 'entertainment', 'communication'),
});

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

describe('per-day facts against the raw events', () => {
  it('agree month by month through rule, profile and schedule changes, late events and a drop', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(eventArb, { minLength: 20, maxLength: 120 }),
        fc.array(eventArb, { minLength: 1, maxLength: 30 }),
        ruleArb,
        ruleArb,
        fc.integer({ min: 6, max: 20 }),
        async (early, late, rule, override, focusHour) => {
          const app = composeHostApp({
            clock: { now: () => now },
            zone,
            events: early.map(toEvent),
            settings: workingWeek(zone),
          });
          cleanups.push(app.close);
          const { services, store } = app;
          const raw = createFactsService({
            store,
            clock: { now: () => now },
            settings: () => services.settings.effectiveSettings(),
            categorise: (o) => services.settings.rules().categorise(o),
            intervals: (from, to) => scheduledIntervals(services.settings.effectiveSettings(), from, to),
            raw: true,
          });
          // The Week view from the raw events: every day built from them just now, nothing kept.
          const rawReports = createReportService({
            store,
            clock: { now: () => now },
            zone: () => services.settings.effectiveSettings().timeZone,
            categorise: (o) => services.settings.rules().categorise(o),
            readsTitles: () => services.settings.rules().readsTitles,
            intervals: (from, to) => scheduledIntervals(services.settings.effectiveSettings(), from, to),
            profileIds: () => services.settings.getSettings().profiles.map((p) => p.id),
          });
          const agree = async (step: string) => {
            // Week and Month through the worker's facts against the raw events (a range change and a month
            // still going on, compared with October; a whole month over, compared with September).
            for (const range of [
              { from: '2026-11-09', to: '2026-11-15' },
              { from: '2026-11-16', to: '2026-11-22' },
              { from: '2026-11-01', to: '2026-11-30' },
              { from: '2026-10-01', to: '2026-10-31' },
            ]) {
              expect(await services.reports.getWeekView(range), `${step} week ${range.from}`).toEqual(
                await rawReports.getWeekView(range),
              );
              // The drill-down's list, asked for on its own, is the one the view counts.
              const list = await services.reports.getCrossingList(range);
              expect(list, `${step} crossings ${range.from}`).toEqual(
                await rawReports.getCrossingList(range),
              );
              expect(list.length).toBe((await rawReports.getWeekView(range)).crossings.count);
            }
            const fromFacts = await services.views.getYearView(2026);
            const profileIds = services.settings.getSettings().profiles.map((p) => p.id);
            const fromRaw = yearView(
              2026,
              zone,
              (await raw.days('2026-01-01', '2026-12-31')).map(yearDayOf),
              profileIds,
            );
            expect(fromFacts, step).toEqual(fromRaw);
            // And against the report service's own totals (a different path: its segments, not the facts).
            for (const month of ['2026-10', '2026-11']) {
              const end = DateTime.fromISO(`${month}-01`).endOf('month').toISODate()!;
              const totals = await services.reports.getUsageTotals({
                from: `${month}-01`,
                to: end,
                unit: 'day',
              });
              const byCategory = new Map<string, number>();
              for (const p of totals.periods)
                for (const c of p.byCategory)
                  byCategory.set(c.category, (byCategory.get(c.category) ?? 0) + c.ms);
              const shown = fromFacts.months.find((m) => m.month === month)!;
              expect(new Map(shown.byCategory.map((c) => [c.category, c.ms])), `${step} ${month}`).toEqual(
                new Map([...byCategory].filter(([, ms]) => ms > 0)),
              );
              // Checks per kind: the month's median from the days' saved gaps is the range's own median.
              expect(shown.checksSplit, `${step} ${month} checks`).toEqual(
                (await services.reports.getChecks({ from: `${month}-01`, to: end })).split,
              );
            }
          };
          await services.facts.refresh();
          await agree('built');
          services.settings.setRules([{ ...rule, match: 'glob' }, ...services.settings.getSettings().rules]);
          await agree('after a rule change');
          store.write(late.map(toEvent));
          await agree('after late events');
          services.settings.saveWindow({
            name: 'Early focus',
            kind: 'focus',
            profileId: 'professional',
            priority: 1,
            type: 'weekly',
            days: [1, 2, 3, 4, 5, 6, 7],
            start: `${String(focusHour).padStart(2, '0')}:00`,
            end: `${String(focusHour + 2).padStart(2, '0')}:00`,
            endsNextDay: false,
            skipDates: [],
          });
          await agree('after a schedule change');
          const privateProfile = services.settings.getSettings().profiles.find((p) => p.id === 'private')!;
          services.settings.saveProfile({
            id: privateProfile.id,
            name: privateProfile.name,
            colour: privateProfile.colour,
            icon: privateProfile.icon,
            limits: privateProfile.limits,
            ruleOverrides: [{ id: 'o1', match: 'glob', ...override }],
          });
          await agree('after a profile change');
          await services.facts.refresh();
          await services.facts.dropAndRebuild();
          await agree('after dropping and rebuilding');
          app.close();
          cleanups.pop();
        },
      ),
      { numRuns: 6 },
    );
  }, 120_000);
});
