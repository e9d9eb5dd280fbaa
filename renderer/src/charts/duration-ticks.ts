/**
 * Tick steps a reader can count in, in minutes: below an hour the quarter-hour family, from an hour on whole hours
 * only, so a label never needs two units ("1 h 50 min" is never a tick).
 */
const STEPS = [1, 2, 5, 10, 15, 20, 30, 60, 120, 180, 240, 360, 480, 720, 1440, 2880, 7200, 14_400];

/**
 * The ticks of a duration axis from 0 to at least `maxMinutes`: the smallest step from the readable list that
 * needs no more than `maxTicks` ticks (0 included). An empty axis still shows 0 and one step.
 */
export function durationTicks(maxMinutes: number, maxTicks = 6): number[] {
  const max = Number.isFinite(maxMinutes) && maxMinutes > 0 ? maxMinutes : 0;
  const intervals = Math.max(1, maxTicks - 1);
  const step = STEPS.find((s) => Math.ceil(max / s) <= intervals) ?? Math.ceil(max / intervals / 1440) * 1440; // beyond the list: whole days
  const count = Math.max(1, Math.ceil(max / step));
  return Array.from({ length: count + 1 }, (_, i) => i * step);
}

/** The widest value a chart stacks in one row: the sum of the given keys per row, largest first. */
export function largestStack(rows: readonly object[], keys: readonly string[]): number {
  let largest = 0;
  for (const row of rows) {
    const values = row as Record<string, unknown>;
    const sum = keys.reduce((total, key) => {
      const value = values[key];
      return total + (typeof value === 'number' && Number.isFinite(value) ? value : 0);
    }, 0);
    largest = Math.max(largest, sum);
  }
  return largest;
}

/** A tick label that can never wrap: the words of a duration held together by no-break spaces. */
export const unbreakable = (label: string): string => label.replace(/\s+/gu, '\u00A0');

/** Room for the longest tick label on a vertical axis, in pixels (12 px text is about 7 px a character). */
export const axisWidthFor = (labels: readonly string[]): number =>
  Math.max(40, Math.ceil(Math.max(0, ...labels.map((l) => l.length)) * 7 + 12));
