import type { App } from 'electron';
import type { StartAtLogin } from '../../services/start-at-login.ts';

type LoginItemApp = Pick<App, 'getLoginItemSettings' | 'setLoginItemSettings'>;

/**
 * Start at login through Electron's login items (macOS, Windows). On Windows the run key carries the hidden flag,
 * which Electron compares when reading back; on macOS 13+ the item may need the user's approval in System
 * Settings › General › Login Items, which is surfaced rather than shown as off.
 */
export function electronLoginItems(
  app: LoginItemApp,
  platform: 'darwin' | 'win32',
  hiddenArg: string,
): StartAtLogin {
  const args = platform === 'win32' ? [hiddenArg] : undefined;
  const read = () => app.getLoginItemSettings(args ? { args } : undefined);
  return {
    get: () => {
      const settings = read();
      return (
        settings.openAtLogin ||
        (platform === 'darwin' && (settings.status === 'enabled' || settings.status === 'requires-approval'))
      );
    },
    set: (enabled) => app.setLoginItemSettings({ openAtLogin: enabled, ...(args ? { args } : {}) }),
    needsApproval: () => platform === 'darwin' && read().status === 'requires-approval',
  };
}
