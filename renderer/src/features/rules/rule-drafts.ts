import type { Rule } from '../../../../electron/shared/domain/rules.ts';

/** Which rule list is being edited: the shared one, or one profile's overrides. */
export type RuleScope = { kind: 'shared' } | { kind: 'profile'; profileId: string };

/** Moves the rule at `index` one place up (-1) or down (+1); order decides which rule wins. */
export function moveRule<T>(rules: readonly T[], index: number, by: -1 | 1): T[] {
  const target = index + by;
  if (index < 0 || index >= rules.length || target < 0 || target >= rules.length) return [...rules];
  const next = [...rules];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

/** A new id for a rule (profile overrides need one before they are saved), unique among `rules`. */
export function newRuleId(pattern: string, rules: readonly { id: string }[]): string {
  const base =
    `rule-${pattern}`
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 48) || 'rule';
  const taken = new Set(rules.map((r) => r.id));
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** The rule that puts an unmatched app or site into a category: an exact match, which can never misfire. */
export function ruleFor(item: { kind: 'app' | 'site'; name: string }, category: string): Omit<Rule, 'id'> {
  return { field: item.kind, match: 'exact', pattern: item.name, category };
}

/** A blank rule to fill in. */
export const blankRule = (id: string): Rule => ({
  id,
  field: 'app',
  match: 'exact',
  pattern: '',
  category: 'work',
});
