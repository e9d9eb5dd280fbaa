import type { FocusWindow, Weekday, WeeklyWindow } from '../../../../electron/shared/domain/focus-windows.ts';

/** The grid's resolution: one row per half hour. */
export const SLOT_MINUTES = 30;
export const SLOTS_PER_DAY = (24 * 60) / SLOT_MINUTES;
export const WEEKDAYS: readonly Weekday[] = [1, 2, 3, 4, 5, 6, 7];

/** One cell of the grid: an ISO weekday and a half-hour slot (0 = 00:00–00:30). */
export interface Cell {
  day: Weekday;
  slot: number;
}

/** Part of a weekly window as drawn in one day's column, [startSlot, endSlot) in slots. */
export interface Block {
  windowId: string;
  day: Weekday;
  startSlot: number;
  endSlot: number;
  /** The part that continues from the day before (a window that crosses midnight). */
  continued: boolean;
}

/** A selection made by dragging or with Shift+arrows: days and a slot range. */
export interface Selection {
  days: Weekday[];
  startSlot: number;
  /** Exclusive. */
  endSlot: number;
}

const minutesOf = (time: string): number => {
  const [h, m] = time.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};

/** HH:mm of a slot boundary; slot 48 (midnight at the end of the day) is 00:00. */
export function timeOfSlot(slot: number): string {
  const minutes = (slot * SLOT_MINUTES) % (24 * 60);
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

const nextDay = (day: Weekday): Weekday => ((day % 7) + 1) as Weekday;

/**
 * Where weekly windows appear on the grid. A window that crosses midnight is drawn in two parts; times that do
 * not fall on a half hour are widened to the slots they touch, so a short window is never invisible.
 */
export function blocksOf(windows: readonly FocusWindow[]): Block[] {
  const blocks: Block[] = [];
  for (const window of windows) {
    if (window.type !== 'weekly') continue;
    const start = Math.floor(minutesOf(window.start) / SLOT_MINUTES);
    const endMinutes = minutesOf(window.end);
    const end = Math.ceil(endMinutes / SLOT_MINUTES);
    for (const day of window.days) {
      if (!window.endsNextDay) {
        blocks.push({
          windowId: window.id,
          day,
          startSlot: start,
          endSlot: Math.max(end, start + 1),
          continued: false,
        });
        continue;
      }
      blocks.push({ windowId: window.id, day, startSlot: start, endSlot: SLOTS_PER_DAY, continued: false });
      if (end > 0)
        blocks.push({ windowId: window.id, day: nextDay(day), startSlot: 0, endSlot: end, continued: true });
    }
  }
  return blocks;
}

/** The selection spanned by two cells (in either order): the days between them and the slots between them. */
export function selectionBetween(anchor: Cell, focus: Cell): Selection {
  const [firstDay, lastDay] = anchor.day <= focus.day ? [anchor.day, focus.day] : [focus.day, anchor.day];
  return {
    days: WEEKDAYS.filter((d) => d >= firstDay && d <= lastDay),
    startSlot: Math.min(anchor.slot, focus.slot),
    endSlot: Math.max(anchor.slot, focus.slot) + 1,
  };
}

/** Whether a cell lies inside a selection. */
export function inSelection(selection: Selection | null, cell: Cell): boolean {
  return (
    !!selection &&
    selection.days.includes(cell.day) &&
    cell.slot >= selection.startSlot &&
    cell.slot < selection.endSlot
  );
}

/** The cell an arrow key moves to, staying inside the week. */
export function moveCell(cell: Cell, key: string): Cell {
  const clampSlot = (slot: number) => Math.min(SLOTS_PER_DAY - 1, Math.max(0, slot));
  const clampDay = (day: number) => Math.min(7, Math.max(1, day)) as Weekday;
  switch (key) {
    case 'ArrowUp':
      return { ...cell, slot: clampSlot(cell.slot - 1) };
    case 'ArrowDown':
      return { ...cell, slot: clampSlot(cell.slot + 1) };
    case 'ArrowLeft':
      return { ...cell, day: clampDay(cell.day - 1) };
    case 'ArrowRight':
      return { ...cell, day: clampDay(cell.day + 1) };
    case 'Home':
      return { ...cell, slot: 0 };
    case 'End':
      return { ...cell, slot: SLOTS_PER_DAY - 1 };
    case 'PageUp':
      return { ...cell, slot: clampSlot(cell.slot - 4) };
    case 'PageDown':
      return { ...cell, slot: clampSlot(cell.slot + 4) };
    default:
      return cell;
  }
}

/** The window times a selection stands for; a selection that runs to midnight ends at 00:00 the next day. */
export function timesOfSelection(
  selection: Selection,
): Pick<WeeklyWindow, 'days' | 'start' | 'end' | 'endsNextDay'> {
  return {
    days: selection.days,
    start: timeOfSlot(selection.startSlot),
    end: timeOfSlot(selection.endSlot),
    endsNextDay: selection.endSlot >= SLOTS_PER_DAY,
  };
}
