import type { preferenceCalls } from '../../shared/contract/preferences.ts';
import type { SettingsService } from '../services/settings-service.ts';
import type { StartAtLogin } from '../services/start-at-login.ts';
import type { Handlers } from './handler-table.ts';

/** The preference calls: idle threshold, theme and language in the settings; start at login through its port. */
export function preferenceHandlers(
  settings: SettingsService,
  startAtLogin: StartAtLogin,
): Pick<Handlers, keyof typeof preferenceCalls> {
  return {
    setPreferences: (input) => settings.setPreferences(withoutUndefined(input)),
    getStartAtLogin: () => ({ enabled: startAtLogin.get() }),
    setStartAtLogin: ({ enabled }) => {
      startAtLogin.set(enabled);
      return { enabled: startAtLogin.get() };
    },
  };
}

/** Leaves out fields given as undefined, so they keep their value. */
function withoutUndefined<T extends object>(input: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}
