import {
  BUILT_IN_PROFILE_NAMES,
  IDLE_MINUTES,
  PAUSE_BUDGET,
  SETTINGS_VERSION,
  type Settings,
} from '../../shared/domain/settings.ts';
import { DEFAULT_RULES, PROFESSIONAL_OVERRIDES } from '../rules/default-rules.ts';

/**
 * What a new installation starts with: the two built-in profiles, the default rules and no windows, so nothing
 * is ever blocked until the user sets up a window. Private is the default profile outside windows.
 */
export function defaultSettings(timeZone = 'system'): Settings {
  return {
    version: SETTINGS_VERSION,
    timeZone,
    defaultProfileId: 'private',
    profiles: [
      {
        id: 'professional',
        name: BUILT_IN_PROFILE_NAMES.professional,
        colour: '#2f6fde',
        icon: 'briefcase',
        ruleOverrides: PROFESSIONAL_OVERRIDES.map((r) => ({ ...r })),
        limits: [],
        actions: { social: 'nudge', entertainment: 'block', communication: 'notify' },
      },
      {
        id: 'private',
        name: BUILT_IN_PROFILE_NAMES.private,
        colour: '#2e9e6a',
        icon: 'home',
        ruleOverrides: [],
        limits: [],
        actions: { work: 'nudge', communication: 'notify' },
      },
    ],
    windows: [],
    rules: DEFAULT_RULES.map((r) => ({ ...r })),
    categories: [],
    manualSwitch: null,
    endedEarly: [],
    idleThresholdMinutes: IDLE_MINUTES.default,
    theme: 'system',
    language: 'system',
    familyMessage: '',
    pauseBudget: PAUSE_BUDGET.default,
  };
}
