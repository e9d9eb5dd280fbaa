import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { stateAt, transitions } from '../../../../electron/core/schedule/schedule.ts';
import type { FocusWindow, Weekday } from '../../../../electron/shared/domain/focus-windows.ts';
import { WINDOW_KINDS } from '../../../../electron/shared/domain/focus-windows.ts';
import type { ScheduleState, ScheduleSnapshot } from '../../../../electron/shared/domain/schedule-state.ts';
import type { Settings } from '../../../../electron/shared/domain/settings.ts';
import { at, settingsWith } from './settings-builder.ts';

const HOUR = 3_600_000;
const ZONES = ['Europe/Amsterdam', 'Europe/Stockholm', 'America/New_York', 'Australia/Sydney', 'UTC'];
// Ranges start near the 2025 clock changes (and elsewhere), so DST days are well covered.
const ANCHORS = [
  '2025-03-08',
  '2025-03-29',
  '2025-04-05',
  '2025-06-01',
  '2025-10-04',
  '2025-10-25',
  '2025-11-01',
].map((d) => at(`${d}T00:00:00Z`));
// Quarter hours, weighted towards the hours around clock changes.
const time = fc
  .oneof(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 4 }))
  .chain((h) =>
    fc.constantFrom(0, 15, 30, 45).map((m) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
  );
const profileId = fc.constantFrom('professional', 'private', 'family');

const weeklyWindow = (id: string) =>
  fc
    .record({
      kind: fc.constantFrom(...WINDOW_KINDS),
      profileId,
      priority: fc.integer({ min: 0, max: 2 }),
      days: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
      start: time,
      end: time,
      skipFirst: fc.boolean(),
    })
    .filter((w) => w.start !== w.end)
    .map((w): FocusWindow => ({
      id,
      name: id,
      type: 'weekly',
      kind: w.kind,
      profileId: w.profileId,
      priority: w.priority,
      days: w.days as Weekday[],
      start: w.start,
      end: w.end,
      endsNextDay: w.end < w.start,
      skipDates: w.skipFirst ? ['2025-03-30', '2025-10-26', '2025-11-02', '2025-04-06'] : [],
    }));

const oneOffWindow = (id: string) =>
  fc
    .record({
      kind: fc.constantFrom(...WINDOW_KINDS),
      profileId,
      anchor: fc.constantFrom('2025-03-30', '2025-10-26', '2025-11-02', '2025-04-06', '2025-06-02'),
      start: time,
      hours: fc.integer({ min: 1, max: 30 }),
    })
    .map((w): FocusWindow => {
      const [h, m] = w.start.split(':').map(Number) as [number, number];
      // Local date-times are zone-less, so plain UTC calendar arithmetic gives the end's date and time.
      const [year, month, day] = w.anchor.split('-').map(Number) as [number, number, number];
      const end = new Date(Date.UTC(year, month - 1, day, h + w.hours, m)).toISOString().slice(0, 16);
      return {
        id,
        name: id,
        type: 'one-off',
        kind: w.kind,
        profileId: w.profileId,
        priority: 0,
        start: `${w.anchor}T${w.start}`,
        end,
      };
    });

const scenario = fc
  .record({
    zone: fc.constantFrom(...ZONES),
    weekly: fc.array(fc.nat(), { maxLength: 5 }),
    oneOff: fc.array(fc.nat(), { maxLength: 2 }),
    from: fc.constantFrom(...ANCHORS).chain((a) => fc.integer({ min: a - 36 * HOUR, max: a + 36 * HOUR })),
    hours: fc.integer({ min: 1, max: 240 }),
    manual: fc.option(
      fc.record({
        profileId,
        offsetHours: fc.integer({ min: -24, max: 48 }),
        lasts: fc.option(fc.integer({ min: 1, max: 30 })),
      }),
    ),
  })
  .chain((s) =>
    fc
      .tuple(
        fc.tuple(...s.weekly.map((_, i) => weeklyWindow(`w${i}`))),
        fc.tuple(...s.oneOff.map((_, i) => oneOffWindow(`o${i}`))),
      )
      .map(([weekly, oneOff]) => {
        const manualSwitch = s.manual && {
          profileId: s.manual.profileId,
          setAt: s.from + s.manual.offsetHours * HOUR,
          until: s.manual.lasts === null ? null : s.from + (s.manual.offsetHours + s.manual.lasts) * HOUR,
        };
        const settings: Settings = settingsWith(s.zone, [...weekly, ...oneOff], { manualSwitch });
        return { settings, from: s.from, to: s.from + s.hours * HOUR };
      }),
  );

const snapshot = (state: ScheduleState): ScheduleSnapshot => {
  const { at: _at, next: _next, ...rest } = state;
  return rest;
};

describe('schedule properties', () => {
  it('lists transitions in strictly increasing order, inside (from, to]', () => {
    fc.assert(
      fc.property(scenario, ({ settings, from, to }) => {
        const list = transitions(settings, from, to);
        list.forEach((t, i) => {
          expect(t.at).toBeGreaterThan(i === 0 ? from : list[i - 1]!.at);
          expect(t.at).toBeLessThanOrEqual(to);
        });
      }),
      { numRuns: 150 },
    );
  });

  it('announces at each transition exactly the state stateAt finds there', () => {
    fc.assert(
      fc.property(scenario, ({ settings, from, to }) => {
        for (const t of transitions(settings, from, to))
          expect(snapshot(stateAt(settings, t.at))).toEqual(t.state);
      }),
      { numRuns: 60 },
    );
  });

  it('keeps the state constant between transitions, and every transition is a change', () => {
    fc.assert(
      fc.property(
        scenario,
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 4 }),
        (s, fractions) => {
          const list = transitions(s.settings, s.from, s.to);
          const segments = [
            { start: s.from, state: snapshot(stateAt(s.settings, s.from)) },
            ...list.map((t) => ({ start: t.at, state: t.state })),
          ];
          segments.forEach((segment, i) => {
            const end = segments[i + 1]?.start ?? s.to;
            if (i > 0) expect(segment.state).not.toEqual(segments[i - 1]!.state);
            for (const f of fractions) {
              const instant = Math.min(end - 1, segment.start + Math.floor(f * (end - segment.start)));
              if (instant > segment.start)
                expect(snapshot(stateAt(s.settings, instant))).toEqual(segment.state);
            }
          });
        },
      ),
      { numRuns: 60 },
    );
  });

  it('gives as next transition the first one transitions lists', () => {
    fc.assert(
      fc.property(scenario, ({ settings, from, to }) => {
        const first = transitions(settings, from, to)[0];
        const next = stateAt(settings, from).next;
        if (first) expect(next).toEqual(first);
        else if (next) expect(next.at).toBeGreaterThan(to);
      }),
      { numRuns: 100 },
    );
  });
});
