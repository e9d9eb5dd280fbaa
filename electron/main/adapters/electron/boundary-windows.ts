import type {
  BrowserWindow as BrowserWindowType,
  BrowserWindowConstructorOptions,
  Display,
  Screen,
} from 'electron';
import { secureWebPreferences } from '../../security/policy.ts';

export interface BoundaryWindowDeps {
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => BrowserWindowType;
  screen: Pick<Screen, 'getAllDisplays'>;
  preloadPath: string;
  appEntryUrl: string;
  /** Ids of Balans's own web contents, trusted by the IPC sender check. */
  windowIds: Set<number>;
  /** A window Balans did not close itself went away (closed, crashed, killed): the service shows it again. */
  onLost: (which: 'overlay' | 'nudge') => void;
}

/** The overlay (one full-screen window per display) and the small nudge window, both always on top. */
export function createBoundaryWindows(deps: BoundaryWindowDeps) {
  let overlays: BrowserWindowType[] = [];
  let nudge: BrowserWindowType | undefined;
  const closingOnPurpose = new Set<BrowserWindowType>();

  function open(route: string, options: BrowserWindowConstructorOptions, which: 'overlay' | 'nudge') {
    const window = new deps.BrowserWindow({
      show: false,
      frame: false,
      alwaysOnTop: true,
      skipTaskbar: true,
      resizable: false,
      minimizable: false,
      title: 'Balans',
      webPreferences: secureWebPreferences(deps.preloadPath),
      ...options,
    });
    const id = window.webContents.id;
    deps.windowIds.add(id);
    window.setAlwaysOnTop(true, 'screen-saver');
    window.once('ready-to-show', () => window.show());
    const lost = () => {
      deps.windowIds.delete(id);
      if (!closingOnPurpose.delete(window)) deps.onLost(which);
    };
    window.on('closed', lost);
    window.webContents.on('render-process-gone', () => {
      if (!window.isDestroyed()) window.destroy();
    });
    void window.loadURL(`${deps.appEntryUrl}#/${route}`);
    return window;
  }

  const close = (window: BrowserWindowType) => {
    if (window.isDestroyed()) return;
    closingOnPurpose.add(window);
    window.destroy();
  };

  const overlayOn = (display: Display) =>
    open('overlay', { ...display.bounds, fullscreen: true, kiosk: true, closable: false }, 'overlay');

  return {
    /** Shows the overlay on every display (again, if one was closed); contents follow the pushed status. */
    showOverlay(): void {
      overlays = overlays.filter((w) => !w.isDestroyed());
      if (overlays.length === deps.screen.getAllDisplays().length)
        return overlays.forEach((w) => w.moveTop());
      overlays.forEach(close);
      overlays = deps.screen.getAllDisplays().map(overlayOn);
    },
    hideOverlay(): void {
      overlays.forEach(close);
      overlays = [];
    },
    showNudge(): void {
      if (nudge && !nudge.isDestroyed()) return nudge.moveTop();
      const primary = deps.screen.getAllDisplays()[0];
      const width = 420;
      const x = primary ? primary.workArea.x + primary.workArea.width - width - 24 : undefined;
      const y = primary ? primary.workArea.y + 24 : undefined;
      nudge = open('nudge', { width, height: 180, x, y, focusable: true }, 'nudge');
    },
    hideNudge(): void {
      if (nudge) close(nudge);
      nudge = undefined;
    },
  };
}
