import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { CATALOGUES } from '../../../electron/shared/i18n/catalogues.ts';
import { languageFor } from '../../../electron/shared/i18n/languages.ts';

/** Starts i18next with every language bundled (no remote loading: the CSP forbids it anyway). */
export async function startI18n(locale: string | undefined) {
  await i18next.use(initReactI18next).init({
    resources: CATALOGUES,
    lng: languageFor(locale),
    fallbackLng: 'en',
    ns: ['translation'],
    defaultNS: 'translation',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = i18next.language;
  i18next.on('languageChanged', (language) => {
    document.documentElement.lang = language;
  });
  return i18next;
}
