import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from '../../../electron/shared/i18n/en.ts';
import { nl } from '../../../electron/shared/i18n/nl.ts';
import { sv } from '../../../electron/shared/i18n/sv.ts';

export const LANGUAGES = ['en', 'nl', 'sv'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The supported language closest to a BCP 47 locale ('nl-BE' → 'nl'), English otherwise. */
export function languageFor(locale: string | undefined): Language {
  const base = (locale ?? '').toLowerCase().split(/[-_]/)[0];
  return (LANGUAGES as readonly string[]).includes(base ?? '') ? (base as Language) : 'en';
}

/** Starts i18next with every language bundled (no remote loading: the CSP forbids it anyway). */
export async function startI18n(locale: string | undefined) {
  await i18next.use(initReactI18next).init({
    resources: { en: { translation: en }, nl: { translation: nl }, sv: { translation: sv } },
    lng: languageFor(locale),
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = i18next.language;
  i18next.on('languageChanged', (language) => {
    document.documentElement.lang = language;
  });
  return i18next;
}
