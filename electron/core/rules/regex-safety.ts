import { BalansError } from '../../shared/result.ts';

/**
 * Refuses a rule regex that does not compile or that can backtrack catastrophically on a long window title.
 * Rejected: a repeated group that itself contains a repeat (`(a+)+`, `(\w*x)*`), a repeated group whose
 * alternatives can start with the same character (`(a|ab)*`, `(.|x)+`), and back-references. Polynomial
 * patterns such as `.*.*` are allowed: titles are short.
 */
export function checkRuleRegex(pattern: string): void {
  try {
    new RegExp(pattern, 'i');
  } catch (error) {
    throw new BalansError('invalid-input', `Regex does not compile: ${(error as Error).message}`);
  }
  const problem = catastrophicPart(pattern);
  if (problem) throw new BalansError('invalid-input', `Regex could run for a very long time: ${problem}`);
}

interface Group {
  repeats: boolean;
  alternation: boolean;
  /** First character of each alternative ('' = not yet seen, '*' = could be many characters). */
  firsts: string[];
}

const ANY = '*';

/** Describes the first dangerous construct in a compiled pattern, or returns null when there is none. */
function catastrophicPart(pattern: string): string | null {
  const stack: Group[] = [{ repeats: false, alternation: false, firsts: [''] }];
  let lastAtom: { group?: Group } | null = null;
  const startAtom = (first: string) => {
    const top = stack[stack.length - 1]!;
    const branch = top.firsts.length - 1;
    if (top.firsts[branch] === '') top.firsts[branch] = first;
  };
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') {
      const next = pattern[i + 1] ?? '';
      if (/[1-9]/.test(next) || (next === 'k' && pattern[i + 2] === '<')) return 'back-reference';
      // An escaped letter or digit is a class or control character; anything else is that literal character.
      startAtom(/[a-zA-Z0-9]/.test(next) ? ANY : next);
      lastAtom = {};
      i++;
    } else if (c === '[') {
      let j = i + 1;
      if (pattern[j] === '^') j++;
      if (pattern[j] === ']') j++;
      while (j < pattern.length && pattern[j] !== ']') j += pattern[j] === '\\' ? 2 : 1;
      startAtom(ANY);
      lastAtom = {};
      i = j;
    } else if (c === '(') {
      startAtom(ANY);
      stack.push({ repeats: false, alternation: false, firsts: [''] });
      if (pattern[i + 1] === '?') i += pattern[i + 2] === '<' && /[=!]/.test(pattern[i + 3] ?? '') ? 3 : 2;
      if (pattern[i] === '<' && pattern[i - 1] === '?') i = pattern.indexOf('>', i);
      lastAtom = null;
    } else if (c === ')') {
      const group = stack.length > 1 ? stack.pop()! : undefined;
      if (group?.repeats) stack[stack.length - 1]!.repeats = true;
      lastAtom = group ? { group } : {};
    } else if (c === '|') {
      const top = stack[stack.length - 1]!;
      top.alternation = true;
      top.firsts.push('');
      lastAtom = null;
    } else if (c === '*' || c === '+' || c === '?' || c === '{') {
      const repeat = quantifierRepeats(pattern, i);
      if (repeat === null) {
        startAtom(c.toLowerCase());
        lastAtom = {};
        continue;
      }
      i = repeat.end;
      if (pattern[i + 1] === '?') i++;
      if (!repeat.repeats || !lastAtom) continue;
      const group = lastAtom.group;
      if (group?.repeats) return 'a repeated group contains a repeat (nested quantifier)';
      if (group?.alternation && alternativesOverlap(group.firsts))
        return 'a repeated group has overlapping alternatives';
      stack[stack.length - 1]!.repeats = true;
      lastAtom = null;
    } else {
      startAtom(c === '.' ? ANY : c.toLowerCase());
      lastAtom = {};
    }
  }
  return null;
}

/** Reads the quantifier at `i`: whether it can repeat more than once, and where it ends; null if `{` is literal. */
function quantifierRepeats(pattern: string, i: number): { repeats: boolean; end: number } | null {
  const c = pattern[i];
  if (c !== '{') return { repeats: c !== '?', end: i };
  const m = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(i));
  if (!m) return null;
  const max = m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3]);
  return { repeats: max > 1, end: i + m[0].length - 1 };
}

function alternativesOverlap(firsts: string[]): boolean {
  const seen = new Set<string>();
  for (const first of firsts) {
    if (first === ANY || first === '' || seen.has(first)) return true;
    seen.add(first);
  }
  return false;
}
