import i18next, { type TFunction } from 'i18next';
import { CATALOGUES } from '../../shared/i18n/catalogues.ts';
import { languageFor } from '../../shared/i18n/languages.ts';

// Main's own i18next instance over the window's catalogues: one set of texts, one placeholder syntax.
const instance = i18next.createInstance();
void instance.init({
  resources: CATALOGUES,
  lng: 'en',
  fallbackLng: 'en',
  ns: ['main', 'translation'],
  defaultNS: 'main',
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

/** Main's texts in the language closest to `locale` (keys of the 'main' namespace; 'translation:…' for shared ones). */
export function mainText(locale: string): TFunction {
  return instance.getFixedT(languageFor(locale), 'main');
}
