import type { App } from 'electron';
import type { StartAtLogin } from '../../services/start-at-login.ts';
import { xdgAutostart } from '../os/xdg-autostart.ts';

type LoginItemApp = Pick<App, 'getLoginItemSettings' | 'setLoginItemSettings'>;
type ShellApp = LoginItemApp & Pick<App, 'isPackaged' | 'getAppPath'>;

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

/** Start at login as each system keeps it: an XDG autostart entry on Linux, login items on macOS and Windows. */
export function platformStartAtLogin(
  app: ShellApp,
  platform: NodeJS.Platform,
  env: NodeJS.ProcessEnv,
  homedir: string,
  hiddenArg: string,
): StartAtLogin & { refresh?(): void } {
  if (platform === 'darwin' || platform === 'win32') return electronLoginItems(app, platform, hiddenArg);
  return xdgAutostart({
    env,
    homedir,
    execPath: process.execPath,
    // Unpackaged, Electron needs the app's folder; packaged, the executable is the app.
    appArgs: app.isPackaged ? [] : [app.getAppPath()],
    hiddenArg,
    name: 'Balans',
    comment: 'Keep work and private life each in its place',
    fileName: 'balans.desktop',
  });
}
