import type { DayTotals } from '../../../electron/shared/contract/today.ts';
import { categoryColor } from './palette.ts';

export interface CategoryBar {
  category: string;
  label: string;
  minutes: number;
  color: string;
}

/** Shapes day totals into bars (minutes, rounded to 0.1) in descending order, labelled in the user's language. */
export function categoryBars(totals: DayTotals, labelOf: (category: string) => string): CategoryBar[] {
  return totals.byCategory
    .filter((entry) => entry.ms > 0)
    .map((entry) => ({
      category: entry.category,
      label: labelOf(entry.category),
      minutes: Math.round(entry.ms / 6_000) / 10,
      color: categoryColor(entry.category),
    }));
}
