/** Starting at login, as the operating system keeps it (XDG autostart on Linux, login items elsewhere). */
export interface StartAtLogin {
  get(): boolean;
  set(enabled: boolean): void;
  /** macOS 13+: the login item is registered but waits for the user's approval in System Settings. */
  needsApproval?(): boolean;
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
