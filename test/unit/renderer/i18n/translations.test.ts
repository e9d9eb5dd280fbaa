import { describe, expect, it } from 'vitest';
import { en } from '../../../../electron/shared/i18n/en.ts';
import { nl } from '../../../../electron/shared/i18n/nl.ts';
import { sv } from '../../../../electron/shared/i18n/sv.ts';
import { languageFor } from '../../../../renderer/src/i18n/index.ts';
import { leaves } from './catalogue-leaves.ts';

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
