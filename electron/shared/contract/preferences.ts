import { z } from 'zod';
import { call } from './define.ts';
import {
  familyMessageSchema,
  idleMinutesSchema,
  pauseBudgetSchema,
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
  familyMessage: string;
  pauseBudget: number;
}

/** Start at login as the operating system reports it. */
export type StartAtLoginState = { enabled: boolean; needsApproval?: true };

export const preferenceCalls = {
  /** Changes the given preferences; the tracker picks up the idle threshold and boundaries the rest at once. */
  setPreferences: call<Preferences>()(
    z
      .object({
        idleThresholdMinutes: idleMinutesSchema.optional(),
        theme: themeSchema.optional(),
        language: languageChoiceSchema.optional(),
        familyMessage: familyMessageSchema.optional(),
        pauseBudget: pauseBudgetSchema.optional(),
      })
      .strict(),
  ),
  /**
   * Whether Balans starts when the user logs in (asked of the operating system, not the settings file);
   * `needsApproval`: macOS keeps it off until the user allows it in System Settings › General › Login Items.
   */
  getStartAtLogin: call<StartAtLoginState>()(z.void()),
  setStartAtLogin: call<StartAtLoginState>()(z.object({ enabled: z.boolean() }).strict()),
};
