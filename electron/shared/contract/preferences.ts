import { z } from 'zod';
import { call } from './define.ts';
import {
  idleMinutesSchema,
  languageChoiceSchema,
  themeSchema,
  type LanguageChoice,
  type Theme,
} from '../domain/settings.ts';

/** The user's own preferences, kept in the settings file. */
export interface Preferences {
  idleThresholdMinutes: number;
  theme: Theme;
  language: LanguageChoice;
}

export const preferenceCalls = {
  /** Changes the idle threshold (minutes), theme or language; the tracker picks up the threshold at once. */
  setPreferences: call<Preferences>()(
    z
      .object({
        idleThresholdMinutes: idleMinutesSchema.optional(),
        theme: themeSchema.optional(),
        language: languageChoiceSchema.optional(),
      })
      .strict(),
  ),
  /** Whether Balans starts when the user logs in (asked of the operating system, not the settings file). */
  getStartAtLogin: call<{ enabled: boolean }>()(z.void()),
  setStartAtLogin: call<{ enabled: boolean }>()(z.object({ enabled: z.boolean() }).strict()),
};
