import type { Rule } from '../../../../electron/shared/domain/rules.ts';

/** What the list is narrowed to: text in the pattern (any case) and, if set, one category. */
export interface RuleFilter {
  text: string;
  category: string;
}

/** The positions (in the full list) of the rules the filter keeps, in list order; order is never changed. */
export function visibleRules(rules: readonly Rule[], filter: RuleFilter): number[] {
  const text = filter.text.trim().toLowerCase();
  const keep: number[] = [];
  rules.forEach((rule, index) => {
    if (filter.category && rule.category !== filter.category) return;
    if (text && !rule.pattern.toLowerCase().includes(text)) return;
    keep.push(index);
  });
  return keep;
}

/** Whether the draft differs from what is saved (order counts). */
export const isDirty = (draft: readonly Rule[], saved: readonly Rule[]): boolean =>
  JSON.stringify(draft) !== JSON.stringify(saved);
