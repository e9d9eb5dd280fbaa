import type { CategoryId } from '../../../electron/shared/domain/usage.ts';

/**
 * Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. Built-in categories keep fixed
 * colours so a chart reads the same on every screen; user categories take the rest in order.
 */
const BUILT_IN: Record<string, string> = {
  work: '#0072B2',
  communication: '#E69F00',
  social: '#CC79A7',
  entertainment: '#D55E00',
  other: '#8C8C8C',
};
const EXTRA = ['#009E73', '#56B4E9', '#F0E442', '#000000'];

/** The chart colour of a category. */
export function categoryColor(category: CategoryId, userCategories: readonly string[] = []): string {
  const builtIn = BUILT_IN[category];
  if (builtIn) return builtIn;
  const index = userCategories.indexOf(category);
  return EXTRA[(index < 0 ? 0 : index) % EXTRA.length] ?? '#8C8C8C';
}

/** Colours of the window kinds on the schedule, from the same colour-blind-safe set (lightest for the mildest). */
export const WINDOW_KIND_COLOURS: Record<string, string> = {
  'office-hours': '#56B4E9',
  focus: '#0072B2',
  downtime: '#E69F00',
  'family-time': '#009E73',
};

/** Text on a coloured block: white on the dark blues, black on the rest (WCAG AA contrast either way). */
export function textOn(background: string): string {
  return ['#0072B2', '#000000', '#D55E00'].includes(background) ? '#FFFFFF' : '#000000';
}

/** The colours the timeline uses for time that is not an app: away, paused, not running. */
export const STATE_COLOURS = {
  idle: '#BBBBBB',
  locked: '#999999',
  asleep: '#777777',
  pause: '#F0E442',
  gap: 'transparent',
};
