import type { CategoryId, Observation } from '../../shared/domain/usage.ts';

/** One key per distinct recorded window, profile included (the same window may differ between profiles). */
export function observationKey(o: Observation): string {
  return `${o.app}\u0000${o.title ?? ''}\u0000${o.site ?? ''}\u0000${o.executable ?? ''}\u0000${o.profileId ?? ''}`;
}

export type Categorise = (observation: Observation) => CategoryId;

const memoised = new WeakSet<Categorise>();

/**
 * Wraps a categoriser so each distinct window is categorised once per report (rules may be regex-heavy). Segments
 * cut from one event share its observation object, so the answer is kept per object first and the key (which
 * joins the title) is built once per object, not once per question; a categoriser already wrapped is returned as
 * it is, so reports that wrap what they were given do not stack caches.
 */
export function memoCategorise(categorise: Categorise): Categorise {
  if (memoised.has(categorise)) return categorise;
  const byKey = new Map<string, CategoryId>();
  // A Map, not a WeakMap: a memo lives for one report, and a Map keyed by object is the faster of the two.
  const byObject = new Map<Observation, CategoryId>();
  const memo: Categorise = (observation) => {
    let category = byObject.get(observation);
    if (category !== undefined) return category;
    const key = observationKey(observation);
    category = byKey.get(key);
    if (category === undefined) {
      category = categorise(observation);
      byKey.set(key, category);
    }
    byObject.set(observation, category);
    return category;
  };
  memoised.add(memo);
  return memo;
}
