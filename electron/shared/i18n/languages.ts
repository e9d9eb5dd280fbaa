import { APP_LANGUAGES } from '../domain/settings.ts';

/** A language Balans speaks (the list is APP_LANGUAGES, kept once with the settings' language choice). */
export type Language = (typeof APP_LANGUAGES)[number];

/** The supported language closest to a BCP 47 locale ('nl-BE' → 'nl'), English otherwise. */
export function languageFor(locale: string | undefined): Language {
  const base = (locale ?? '').toLowerCase().split(/[-_]/)[0];
  return (APP_LANGUAGES as readonly string[]).includes(base ?? '') ? (base as Language) : 'en';
}

/** Each language by its own name, as a language picker shows it. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', nl: 'Nederlands', sv: 'Svenska' };
