import type { Rule, RuleShadow } from '../../shared/domain/rules.ts';
import { compileGlob } from './glob.ts';
import { normaliseSite } from '../sites/site.ts';

const isPlain = (rule: Rule) =>
  rule.match === 'exact' || (rule.match === 'glob' && !/[*?]/.test(rule.pattern));
const textOf = (rule: Rule) =>
  (rule.field === 'site' && rule.match !== 'regex'
    ? normaliseSite(rule.pattern)
    : rule.pattern
  ).toLowerCase();

/**
 * Whether every window `later` matches is matched by `earlier` first, decided only where it can be proved: a
 * plain (exact) rule is beaten by an earlier rule on the same field that matches its text (a site rule also by
 * one for its parent domain, as the matcher does); a glob by an earlier glob made of `*` alone that matches its
 * text. Regular expressions are never judged (that would be a guess), so a warning is never wrong.
 */
function beats(earlier: Rule, later: Rule): boolean {
  if (earlier.field !== later.field || earlier.match === 'regex' || later.match === 'regex') return false;
  const text = textOf(later);
  if (isPlain(later)) {
    if (isPlain(earlier)) {
      const key = textOf(earlier);
      return text === key || (later.field === 'site' && text.endsWith(`.${key}`));
    }
    return compileGlob(textOf(earlier))(text);
  }
  return !isPlain(earlier) && !earlier.pattern.includes('?') && compileGlob(textOf(earlier))(text);
}

/** Every rule of an ordered list that an earlier rule of the same list shadows, with the first such rule. */
export function shadowedRules(rules: readonly Rule[]): RuleShadow[] {
  const shadows: RuleShadow[] = [];
  rules.forEach((rule, index) => {
    const winner = rules.slice(0, index).find((earlier) => beats(earlier, rule));
    if (winner)
      shadows.push({ ruleId: rule.id, by: winner.id, sameCategory: winner.category === rule.category });
  });
  return shadows;
}
