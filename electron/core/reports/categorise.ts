import type { CategoryId, Observation } from '../../shared/domain/usage.ts';

export type Categorise = (observation: Observation) => CategoryId;

/** Wraps a categoriser so each distinct window is categorised once per report (rules may be regex-heavy). */
export function memoCategorise(categorise: Categorise): Categorise {
  const cache = new Map<string, CategoryId>();
  return (observation) => {
    const key = `${observation.app}\u0000${observation.title ?? ''}\u0000${observation.site ?? ''}\u0000${observation.executable ?? ''}`;
    let category = cache.get(key);
    if (category === undefined) {
      category = categorise(observation);
      cache.set(key, category);
    }
    return category;
  };
}
