import { compileLinear } from './regex-safety.ts';

/** A compiled test against an already lower-cased value. */
export type TextTest = (lowerCaseValue: string) => boolean;

/**
 * Compiles a case-insensitive glob (`*` any run, `?` one character). The common shapes `x*`, `*x` and `*x*`
 * become plain string checks, which keeps matching a few hundred rules per event fast.
 */
export function compileGlob(pattern: string): TextTest {
  const p = pattern.toLowerCase();
  if (/^\*+$/.test(p)) return () => true;
  const inner = p.replace(/^\*/, '').replace(/\*$/, '');
  if (!/[*?]/.test(inner)) {
    const starts = !p.startsWith('*');
    const ends = !p.endsWith('*');
    if (starts && ends) return (v) => v === inner;
    if (starts) return (v) => v.startsWith(inner);
    if (ends) return (v) => v.endsWith(inner);
    return (v) => v.includes(inner);
  }
  const source = p
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  // On RE2: a backtracking engine takes polynomial time for `*a*a*a*` on a long title.
  return compileLinear(`^${source}$`);
}
