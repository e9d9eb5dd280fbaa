import { en } from './en.ts';
import { nl } from './nl.ts';
import { sv } from './sv.ts';
import { mainEn } from './desktop/en.ts';
import { mainNl } from './desktop/nl.ts';
import { mainSv } from './desktop/sv.ts';
import type { Language } from './languages.ts';

/**
 * Every text Balans shows, per language and i18next namespace: 'translation' for the window, 'main' for what the
 * OS draws (tray, notifications). The window and main load the same resources.
 */
export const CATALOGUES = {
  en: { translation: en, main: mainEn },
  nl: { translation: nl, main: mainNl },
  sv: { translation: sv, main: mainSv },
} satisfies Record<Language, { translation: object; main: object }>;
