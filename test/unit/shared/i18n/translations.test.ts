import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../../../electron/shared/i18n/catalogues.ts';
import { languageFor } from '../../../../electron/shared/i18n/languages.ts';
import { APP_LANGUAGES } from '../../../../electron/shared/domain/settings.ts';
import { leaves } from './catalogue-leaves.ts';

const placeholders = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();
// Any other brace is a placeholder in a syntax i18next does not fill ("{name}").
const strayBraces = (text: string) => text.replace(/{{\s*\w+\s*}}/g, '').match(/[{}]/g) ?? [];

describe('the catalogues', () => {
  it('exist for every language the app offers, with the same namespaces', () => {
    expect(Object.keys(CATALOGUES).sort()).toEqual([...APP_LANGUAGES].sort());
    for (const language of APP_LANGUAGES)
      expect(Object.keys(CATALOGUES[language]).sort()).toEqual(['main', 'translation']);
  });

  it.each(['translation', 'main'] as const)('use one placeholder syntax in %s', (ns) => {
    for (const language of APP_LANGUAGES)
      for (const [key, text] of leaves(CATALOGUES[language][ns])) expect(strayBraces(text), key).toEqual([]);
  });
});

describe.each(
  (['nl', 'sv'] as const).flatMap((language) =>
    (['translation', 'main'] as const).map((ns) => [language, ns] as const),
  ),
)('the %s translation, namespace %s', (language, ns) => {
  const reference = leaves(CATALOGUES.en[ns]);
  const translated = leaves(CATALOGUES[language][ns]);

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
