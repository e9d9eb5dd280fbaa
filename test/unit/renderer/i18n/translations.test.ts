import { describe, expect, it } from 'vitest';
import { en } from '../../../../renderer/src/i18n/en.ts';
import { nl } from '../../../../renderer/src/i18n/nl.ts';
import { sv } from '../../../../renderer/src/i18n/sv.ts';
import { languageFor } from '../../../../renderer/src/i18n/index.ts';

/** Every leaf key with its text, as "a.b.c". */
function leaves(tree: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value as object, path)) out.set(k, v);
  }
  return out;
}
const placeholders = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

describe.each([
  ['nl', nl],
  ['sv', sv],
])('the %s translation', (_name, messages) => {
  const reference = leaves(en);
  const translated = leaves(messages);

  it('has every English key and no extra ones', () => {
    expect([...translated.keys()].sort()).toEqual([...reference.keys()].sort());
  });

  it('keeps every placeholder and leaves no text empty', () => {
    for (const [key, text] of reference) {
      expect(translated.get(key)?.trim(), key).not.toBe('');
      expect(placeholders(translated.get(key) ?? ''), key).toEqual(placeholders(text));
    }
  });
});

describe('languageFor', () => {
  it.each([
    ['nl-BE', 'nl'],
    ['sv_SE', 'sv'],
    ['en-GB', 'en'],
    ['de-DE', 'en'],
    [undefined, 'en'],
  ])('%s → %s', (locale, language) => {
    expect(languageFor(locale)).toBe(language);
  });
});
