import type { CategoryId, Observation } from '../../shared/domain/usage.ts';

/** One key per distinct recorded window, profile included (the same window may differ between profiles). */
export function observationKey(o: Observation): string {
  return `${o.app}\u0000${o.title ?? ''}\u0000${o.site ?? ''}\u0000${o.executable ?? ''}\u0000${o.profileId ?? ''}`;
}

export type Categorise = (observation: Observation) => CategoryId;

/** Wraps a categoriser so each distinct window is categorised once per report (rules may be regex-heavy). */
export function memoCategorise(categorise: Categorise): Categorise {
  const cache = new Map<string, CategoryId>();
  return (observation) => {
    const key = observationKey(observation);
    let category = cache.get(key);
    if (category === undefined) {
      category = categorise(observation);
      cache.set(key, category);
    }
    return category;
  };
}
