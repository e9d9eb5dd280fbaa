import { observationKey } from '../reports/categorise.ts';
import type { AttentionPiece } from '../reports/totals.ts';
import type { RuleDecision } from './matcher.ts';
import type { UnmatchedEntry } from '../../shared/contract/rules.ts';
import type { Observation } from '../../shared/domain/usage.ts';

/**
 * The apps and sites that no rule matches, with their attention time, most time first. A browser tab with a site
 * is reported as the site; anything else as its app. At most `limit` items.
 */
export function unmatchedUsage(
  pieces: readonly AttentionPiece[],
  explain: (observation: Observation) => RuleDecision,
  limit = 50,
): UnmatchedEntry[] {
  const decided = new Map<string, RuleDecision>();
  const tally = new Map<string, UnmatchedEntry>();
  for (const piece of pieces) {
    const data = piece.data;
    // Each distinct window is explained once: a year of pieces repeats the same few hundred observations.
    const key = observationKey(data);
    let decision = decided.get(key);
    if (!decision) {
      decision = explain(data);
      decided.set(key, decision);
    }
    if (decision.rule !== null) continue;
    const item: Omit<UnmatchedEntry, 'ms'> = decision.site
      ? { kind: 'site', name: decision.site }
      : { kind: 'app', name: data.app };
    const id = `${item.kind}\u0000${item.name}`;
    const entry = tally.get(id) ?? { ...item, ms: 0 };
    entry.ms += piece.ms;
    tally.set(id, entry);
  }
  return [...tally.values()]
    .sort((a, b) => b.ms - a.ms || a.name.localeCompare(b.name))
    .slice(0, Math.max(0, limit));
}
