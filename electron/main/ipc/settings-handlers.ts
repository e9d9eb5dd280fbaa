import type { settingsCalls } from '../../shared/contract/settings.ts';
import type { ParentGuard } from '../services/parent-guard.ts';
import type { SettingsService } from '../services/settings-service.ts';
import type { Handlers } from './handler-table.ts';

/**
 * The settings calls, each delegating to the service (input already parsed by the call's schema). Changes run
 * through the parent guard: a change that weakens family time is refused ('pin-required') unless the call
 * carries the parent PIN, and then checked once more with it.
 */
export function settingsHandlers(
  service: SettingsService,
  guard: Pick<ParentGuard, 'withPin'>,
): Pick<Handlers, keyof typeof settingsCalls> {
  return {
    getSettings: () => service.getSettings(),
    saveProfile: ({ pin, ...input }) => guard.withPin(pin, () => service.saveProfile(input)),
    deleteProfile: ({ id, reassignTo, pin }) =>
      guard.withPin(pin, () => service.deleteProfile(id, reassignTo)),
    getProfileEffects: ({ profileId }) => service.profileEffects(profileId),
    saveWindow: ({ pin, ...input }) => guard.withPin(pin, () => service.saveWindow(input)),
    deleteWindow: ({ id, pin }) => guard.withPin(pin, () => service.deleteWindow(id)),
    setRules: ({ rules, pin }) => guard.withPin(pin, () => service.setRules(rules)),
    saveCategory: ({ pin, ...input }) => guard.withPin(pin, () => service.saveCategory(input)),
    deleteCategory: ({ id, reassignTo, pin }) =>
      guard.withPin(pin, () => service.deleteCategory(id, reassignTo)),
    setDefaultProfile: ({ profileId, pin }) => guard.withPin(pin, () => service.setDefaultProfile(profileId)),
    setTimeZone: ({ timeZone, pin }) => guard.withPin(pin, () => service.setTimeZone(timeZone)),
    switchProfile: ({ profileId, until, pin }) =>
      guard.withPin(pin, () => service.switchProfile(profileId, until)),
    // Through the guard like every change, so the tray's "Back to schedule" and the window's are one path.
    endManualSwitch: () => guard.withPin(undefined, () => service.endManualSwitch()),
    getScheduleState: (input) => service.scheduleState(input?.days),
  };
}
