import type { settingsCalls } from '../../shared/contract/settings.ts';
import type { SettingsService } from '../services/settings-service.ts';
import type { Handlers } from './handler-table.ts';

/** The settings calls, each delegating to the service (input already parsed by the call's schema). */
export function settingsHandlers(service: SettingsService): Pick<Handlers, keyof typeof settingsCalls> {
  return {
    getSettings: () => service.getSettings(),
    saveProfile: (input) => service.saveProfile(input),
    deleteProfile: ({ id, reassignTo }) => service.deleteProfile(id, reassignTo),
    getProfileEffects: ({ profileId }) => service.profileEffects(profileId),
    saveWindow: (input) => service.saveWindow(input),
    deleteWindow: ({ id }) => service.deleteWindow(id),
    setRules: ({ rules }) => service.setRules(rules),
    saveCategory: (input) => service.saveCategory(input),
    deleteCategory: ({ id, reassignTo }) => service.deleteCategory(id, reassignTo),
    setDefaultProfile: ({ profileId }) => service.setDefaultProfile(profileId),
    setTimeZone: ({ timeZone }) => service.setTimeZone(timeZone),
    switchProfile: ({ profileId, until }) => service.switchProfile(profileId, until),
    endManualSwitch: () => service.endManualSwitch(),
    getScheduleState: (input) => service.scheduleState(input?.days),
  };
}
