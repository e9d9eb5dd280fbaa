import type { Rule } from '../../shared/domain/rules.ts';

/** The list with `item` in place of the one with its id, or added at the end. */
export function upsert<T extends { id: string }>(items: T[], item: T): T[] {
  return items.some((i) => i.id === item.id)
    ? items.map((i) => (i.id === item.id ? item : i))
    : [...items, item];
}

/** An id from a name ('Family time' → 'family-time'), made unique among `taken`. */
export function newId(name: string, taken: readonly { id: string }[]): string {
  const base =
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 48) || 'item';
  const ids = new Set(taken.map((t) => t.id));
  let id = base;
  for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** The rules with an id each: those without get one from their pattern, unique among `existing` and the list. */
export function withIds(
  rules: readonly (Omit<Rule, 'id'> & { id?: string })[],
  existing: readonly { id: string }[],
): Rule[] {
  const taken = [...existing, ...rules.filter((r) => r.id !== undefined).map((r) => ({ id: r.id! }))];
  return rules.map((rule) => {
    if (rule.id !== undefined) return { ...rule, id: rule.id };
    const withId = { ...rule, id: newId(`rule-${rule.pattern}`, taken) };
    taken.push(withId);
    return withId;
  });
}
