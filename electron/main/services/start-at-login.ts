/** Starting at login, as the operating system keeps it (Electron's login item settings in the app). */
export interface StartAtLogin {
  get(): boolean;
  set(enabled: boolean): void;
}

/** A login item kept in memory, for hosts without an operating system to ask (development, tests). */
export function memoryStartAtLogin(initial = false): StartAtLogin {
  let enabled = initial;
  return {
    get: () => enabled,
    set: (next) => {
      enabled = next;
    },
  };
}
