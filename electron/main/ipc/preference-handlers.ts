import type { preferenceCalls, StartAtLoginState } from '../../shared/contract/preferences.ts';
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
    getStartAtLogin: () => loginState(startAtLogin),
    setStartAtLogin: ({ enabled }) => {
      startAtLogin.set(enabled);
      return loginState(startAtLogin);
    },
  };
}

/** What the operating system says now, with macOS's "waiting for approval" when it applies. */
function loginState(startAtLogin: StartAtLogin): StartAtLoginState {
  return {
    enabled: startAtLogin.get(),
    ...(startAtLogin.needsApproval?.() ? { needsApproval: true as const } : {}),
  };
}

/** Leaves out fields given as undefined, so they keep their value. */
function withoutUndefined<T extends object>(input: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}
