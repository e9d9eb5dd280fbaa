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
