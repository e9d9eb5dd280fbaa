import { RE2JS, RE2JSException } from 're2js';
import { BalansError } from '../../shared/result.ts';
import type { TextTest } from './glob.ts';

/** What in a rule regex Balans refuses; each has a translated message (rules.regexProblem.<problem>). */
export type RegexProblem = 'lookaround' | 'back-reference' | 'atomic-group' | 'syntax';

const EXPLANATIONS: Record<RegexProblem, string> = {
  lookaround: 'lookahead and lookbehind ((?=…), (?!…), (?<=…), (?<!…)) are not supported',
  'back-reference': 'back-references (\\1, \\k<name>) are not supported',
  'atomic-group': 'atomic groups and possessive repeats ((?>…), a++) are not supported',
  syntax: 'the pattern is not a valid regular expression',
};

/**
 * Refuses a rule regex that the matcher cannot run. Rule regexes run on RE2 (re2js), which takes time linear in
 * the title's length whatever the pattern, so no pattern can freeze the main process. RE2 leaves out the
 * constructs that need backtracking; those are named here so the user learns what to change. The message starts
 * with `regex:<problem>:` so the UI can show it in the user's language.
 */
export function checkRuleRegex(pattern: string): void {
  compileRuleRegex(pattern);
}

/** Compiles a case-insensitive rule regex on RE2; throws BalansError('invalid-input') as checkRuleRegex does. */
export function compileRuleRegex(pattern: string): TextTest {
  const unsupported = unsupportedPart(pattern);
  if (unsupported) throw refusal(unsupported);
  let regex: RE2JS;
  try {
    regex = RE2JS.compile(pattern, RE2JS.CASE_INSENSITIVE);
  } catch (error) {
    if (!(error instanceof RE2JSException)) throw error;
    throw refusal('syntax', error.message.replace(/^error parsing regexp: /, ''));
  }
  return (value) => regex.test(value);
}

/** A glob turned into a regex source (anchored, dot matches newlines) compiled on RE2, so `*a*a*a*` stays linear. */
export function compileLinear(source: string): TextTest {
  const regex = RE2JS.compile(source, RE2JS.DOTALL);
  return (value) => regex.test(value);
}

/** Every problem a refusal can name (the UI has a message for each). */
export const REGEX_PROBLEMS = Object.keys(EXPLANATIONS) as RegexProblem[];

/** What a refused rule regex is refused for, or null when the matcher can run it. */
export function regexProblemOf(pattern: string): RegexProblem | null {
  try {
    checkRuleRegex(pattern);
    return null;
  } catch (error) {
    if (error instanceof RegexRefusal) return error.problem;
    throw error;
  }
}

/** The field-level code of a refused regex, as a contract issue carries it (`rules.3.pattern: regex-syntax`). */
export const regexIssueCode = (problem: RegexProblem): string => `regex-${problem}`;

/** A refused rule regex: an 'invalid-input' BalansError that also names the problem. */
export class RegexRefusal extends BalansError {
  readonly problem: RegexProblem;
  constructor(problem: RegexProblem, text: string) {
    super('invalid-input', `regex:${problem}: ${text}`);
    this.problem = problem;
  }
}

function refusal(problem: RegexProblem, detail?: string): RegexRefusal {
  return new RegexRefusal(problem, detail ? `${EXPLANATIONS[problem]} (${detail})` : EXPLANATIONS[problem]);
}

/** The first construct RE2 leaves out, found by a scan that skips escapes and character classes. */
function unsupportedPart(pattern: string): RegexProblem | null {
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') {
      const next = pattern[i + 1] ?? '';
      if (/[1-9]/.test(next) || (next === 'k' && pattern[i + 2] === '<')) return 'back-reference';
      i++;
    } else if (c === '[') {
      let j = i + 1;
      if (pattern[j] === '^') j++;
      if (pattern[j] === ']') j++;
      while (j < pattern.length && pattern[j] !== ']') j += pattern[j] === '\\' ? 2 : 1;
      i = j;
    } else if (c === '(' && pattern[i + 1] === '?') {
      const rest = pattern.slice(i + 2, i + 4);
      if (/^[=!]/.test(rest) || /^<[=!]/.test(rest)) return 'lookaround';
      if (rest.startsWith('>')) return 'atomic-group';
    } else if ((c === '+' || c === '*' || c === '?' || c === '}') && pattern[i + 1] === '+') {
      return 'atomic-group';
    }
  }
  return null;
}
