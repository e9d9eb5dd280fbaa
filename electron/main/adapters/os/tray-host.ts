import { execFile } from 'node:child_process';

/** Whether the desktop shows tray icons: 'missing' on stock GNOME without the AppIndicator extension. */
export type TrayHost = 'present' | 'missing' | 'unknown';

/** The D-Bus name of the StatusNotifier watcher that Electron's Linux tray registers its icon with. */
export const STATUS_NOTIFIER_WATCHER = 'org.kde.StatusNotifierWatcher';

/** dbus-send's reply to NameHasOwner, read: 'boolean true' / 'boolean false'. */
export function parseNameHasOwner(stdout: string): boolean | undefined {
  const match = /boolean (true|false)/.exec(stdout);
  return match ? match[1] === 'true' : undefined;
}

type Run = (
  file: string,
  args: string[],
  options: { timeout: number; env: NodeJS.ProcessEnv },
  callback: (error: Error | null, stdout: string) => void,
) => unknown;

/**
 * Asks the session bus whether a StatusNotifier watcher runs (Linux). macOS and Windows always have a tray. When
 * the bus cannot be asked (no dbus-send, no session bus), 'unknown': Balans then says nothing rather than guess.
 */
export function probeTrayHost(
  platform: NodeJS.Platform,
  env: NodeJS.ProcessEnv = process.env,
  run: Run = execFile as unknown as Run,
): Promise<TrayHost> {
  if (platform === 'darwin' || platform === 'win32') return Promise.resolve('present');
  return new Promise((resolve) => {
    run(
      'dbus-send',
      [
        '--session',
        '--print-reply',
        '--dest=org.freedesktop.DBus',
        '/org/freedesktop/DBus',
        'org.freedesktop.DBus.NameHasOwner',
        `string:${STATUS_NOTIFIER_WATCHER}`,
      ],
      { timeout: 2_000, env },
      (error, stdout) => {
        const owned = error ? undefined : parseNameHasOwner(stdout);
        resolve(owned === undefined ? 'unknown' : owned ? 'present' : 'missing');
      },
    );
  });
}
