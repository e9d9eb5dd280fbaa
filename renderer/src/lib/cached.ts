/**
 * `compute`, answering each key once and from then on from memory: for pure lookups asked thousands of times in
 * one render (a label per stretch, a time per instant). Made with useMemo, so it lives as long as its inputs.
 */
export function cachedByKey<K, V>(compute: (key: K) => V): (key: K) => V {
  const answers = new Map<K, V>();
  return (key) => {
    if (answers.has(key)) return answers.get(key) as V;
    const answer = compute(key);
    answers.set(key, answer);
    return answer;
  };
}
