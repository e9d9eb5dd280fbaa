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

/**
 * How the timeline draws time that is not an app: each away state has its own colour and its own pattern, so idle,
 * locked, asleep and "Balans not running" differ without colour too. `fill` is an SVG paint (the patterns are
 * defined once by the timeline, see TimelinePatterns).
 */
export const STATE_STYLES = {
  idle: { base: '#E8E8E8', ink: '#6B6B6B', pattern: 'hatch' },
  locked: { base: '#A9A9A9', ink: '#2B2B2B', pattern: 'cross' },
  asleep: { base: '#332288', ink: '#FFFFFF', pattern: 'dots' },
  pause: { base: '#F0E442', ink: '#F0E442', pattern: 'solid' },
  // Not running is the page's own surface, faintly dashed: nothing was recorded (light and dark theme alike).
  gap: { base: 'var(--surface)', ink: 'var(--muted)', pattern: 'dash' },
} as const;

export type TimelineState = keyof typeof STATE_STYLES;

/** The SVG paint of a state on the timeline: its pattern (defined by TimelinePatterns). */
export const stateFill = (state: TimelineState): string => `url(#timeline-${state})`;
