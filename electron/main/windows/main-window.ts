import type { BrowserWindow as BrowserWindowType, BrowserWindowConstructorOptions } from 'electron';
import { secureWebPreferences } from '../security/policy.ts';

export interface MainWindowDeps {
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => BrowserWindowType;
  preloadPath: string;
  appEntryUrl: string;
  /** Ids of Balans's own web contents; the IPC sender check trusts only these. */
  windowIds: Set<number>;
}

/** Opens the Balans window: secure preferences, shown once painted so it never flashes white. */
export function createMainWindow(deps: MainWindowDeps): BrowserWindowType {
  const window = new deps.BrowserWindow({
    width: 1180,
    height: 800,
    minWidth: 760,
    minHeight: 520,
    show: false,
    title: 'Balans',
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(deps.preloadPath),
  });
  const id = window.webContents.id;
  deps.windowIds.add(id);
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => deps.windowIds.delete(id));
  void window.loadURL(deps.appEntryUrl);
  return window;
}
