import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  blocksOf,
  inSelection,
  moveCell,
  selectionBetween,
  SLOTS_PER_DAY,
  timeOfSlot,
  timesOfSelection,
  type Cell,
} from '../../../../renderer/src/features/schedule/week-grid.ts';
import type { WeeklyWindow, Weekday } from '../../../../electron/shared/domain/focus-windows.ts';

const weekly = (extra: Partial<WeeklyWindow>): WeeklyWindow => ({
  id: 'w',
  name: 'Focus',
  kind: 'focus',
  profileId: 'professional',
  priority: 0,
  type: 'weekly',
  days: [1],
  start: '09:00',
  end: '11:00',
  endsNextDay: false,
  skipDates: [],
  ...extra,
});

describe('blocksOf', () => {
  it('draws a window on each of its days in half-hour slots', () => {
    expect(blocksOf([weekly({ days: [1, 3] })])).toEqual([
      { windowId: 'w', day: 1, startSlot: 18, endSlot: 22, continued: false },
      { windowId: 'w', day: 3, startSlot: 18, endSlot: 22, continued: false },
    ]);
  });

  it('splits a window that crosses midnight, Sunday continuing on Monday', () => {
    expect(blocksOf([weekly({ days: [7], start: '22:00', end: '06:30', endsNextDay: true })])).toEqual([
      { windowId: 'w', day: 7, startSlot: 44, endSlot: 48, continued: false },
      { windowId: 'w', day: 1, startSlot: 0, endSlot: 13, continued: true },
    ]);
  });

  it('widens times off the half hour and never draws an empty block', () => {
    expect(blocksOf([weekly({ start: '09:10', end: '09:20' })])[0]).toMatchObject({
      startSlot: 18,
      endSlot: 19,
    });
  });

  it('leaves one-off windows off the weekly grid', () => {
    expect(
      blocksOf([
        {
          id: 'o',
          name: 'Trip',
          kind: 'family-time',
          profileId: 'private',
          priority: 0,
          type: 'one-off',
          start: '2026-11-20T10:00',
          end: '2026-11-20T12:00',
        },
      ]),
    ).toEqual([]);
  });
});

describe('selections', () => {
  it('spans days and slots between two cells in either order', () => {
    const selection = selectionBetween({ day: 3, slot: 20 }, { day: 1, slot: 18 });
    expect(selection).toEqual({ days: [1, 2, 3], startSlot: 18, endSlot: 21 });
    expect(inSelection(selection, { day: 2, slot: 20 })).toBe(true);
    expect(inSelection(selection, { day: 2, slot: 21 })).toBe(false);
    expect(timesOfSelection(selection)).toEqual({
      days: [1, 2, 3],
      start: '09:00',
      end: '10:30',
      endsNextDay: false,
    });
  });

  it('turns a selection that runs to midnight into a window ending at 00:00 the next day', () => {
    expect(timesOfSelection({ days: [5], startSlot: 40, endSlot: SLOTS_PER_DAY })).toEqual({
      days: [5],
      start: '20:00',
      end: '00:00',
      endsNextDay: true,
    });
  });

  it('gives times the schedule accepts for every selection, and draws them back where they were', () => {
    const cell = fc.record({
      day: fc.integer({ min: 1, max: 7 }),
      slot: fc.integer({ min: 0, max: SLOTS_PER_DAY - 1 }),
    });
    fc.assert(
      fc.property(cell, cell, (a, b) => {
        const selection = selectionBetween(a as Cell, b as Cell);
        const times = timesOfSelection(selection);
        const window = weekly(times);
        const valid = window.endsNextDay ? window.end <= window.start : window.end > window.start;
        expect(valid).toBe(true);
        const drawn = blocksOf([window]).filter((block) => !block.continued);
        expect(drawn.map((block) => [block.day, block.startSlot, block.endSlot])).toEqual(
          selection.days.map((day) => [day, selection.startSlot, selection.endSlot]),
        );
      }),
    );
  });
});

describe('keyboard movement', () => {
  it('moves by one slot or day and stays inside the week', () => {
    const start: Cell = { day: 1 as Weekday, slot: 0 };
    expect(moveCell(start, 'ArrowUp')).toEqual(start);
    expect(moveCell(start, 'ArrowLeft')).toEqual(start);
    expect(moveCell(start, 'ArrowDown')).toEqual({ day: 1, slot: 1 });
    expect(moveCell({ day: 7, slot: 47 }, 'ArrowRight')).toEqual({ day: 7, slot: 47 });
    expect(moveCell(start, 'PageDown')).toEqual({ day: 1, slot: 4 });
    expect(moveCell(start, 'End')).toEqual({ day: 1, slot: 47 });
  });

  it('names slot boundaries as HH:mm', () => {
    expect([timeOfSlot(0), timeOfSlot(19), timeOfSlot(48)]).toEqual(['00:00', '09:30', '00:00']);
  });
});
