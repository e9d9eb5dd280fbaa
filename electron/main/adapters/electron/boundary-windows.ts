import type { BrowserWindow as BrowserWindowType, BrowserWindowConstructorOptions, Screen } from 'electron';
import { secureWebPreferences } from '../../security/policy.ts';
import {
  nudgeWindowPlan,
  overlayWindowPlan,
  type BoundaryWindowPlan,
} from '../../windows/boundary-window-options.ts';

export interface BoundaryWindowDeps {
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => BrowserWindowType;
  screen: Pick<Screen, 'getAllDisplays' | 'getPrimaryDisplay' | 'on'>;
  platform: NodeJS.Platform;
  preloadPath: string;
  appEntryUrl: string;
  /** Ids of Balans's own web contents, trusted by the IPC sender check. */
  windowIds: Set<number>;
  /** A window Balans did not close itself went away (closed, crashed, killed): the service shows it again. */
  onLost: (which: 'overlay' | 'nudge') => void;
  /** Where a client cannot stay on top by itself (Wayland), the compositor keeps each overlay there. */
  keepAbove?: ((window: BrowserWindowType) => void) | undefined;
}

/** The overlay (one window per display, rebuilt when displays change) and the small nudge window. */
export function createBoundaryWindows(deps: BoundaryWindowDeps) {
  let overlays: BrowserWindowType[] = [];
  let nudge: BrowserWindowType | undefined;
  const closingOnPurpose = new Set<BrowserWindowType>();

  function open(route: string, plan: BoundaryWindowPlan, which: 'overlay' | 'nudge') {
    const window = new deps.BrowserWindow({
      ...plan.options,
      webPreferences: secureWebPreferences(deps.preloadPath),
    });
    const id = window.webContents.id;
    deps.windowIds.add(id);
    window.setAlwaysOnTop(true, plan.level);
    if (plan.allWorkspaces) window.setVisibleOnAllWorkspaces(true, { visibleOnFullScreen: true });
    if (which === 'overlay') deps.keepAbove?.(window);
    window.once('ready-to-show', () => {
      if (plan.show === 'inactive') return window.showInactive();
      window.show();
      window.moveTop();
      window.focus();
    });
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

  /** The displays' bounds the overlays were made for. */
  let coveredBounds = '';
  const displayBounds = () => JSON.stringify(deps.screen.getAllDisplays().map((display) => display.bounds));
  const openOverlays = () => {
    coveredBounds = displayBounds();
    return deps.screen
      .getAllDisplays()
      .map((display) => open('overlay', overlayWindowPlan(deps.platform, display.bounds), 'overlay'));
  };

  // A display plugged in, removed or resized while the overlay is up gets (or loses) its own overlay at once;
  // a change of work area only (a dock or menu bar shown) leaves them be.
  const rebuild = () => {
    overlays = overlays.filter((w) => !w.isDestroyed());
    if (overlays.length === 0 || displayBounds() === coveredBounds) return;
    overlays.forEach(close);
    overlays = openOverlays();
  };
  for (const event of ['display-added', 'display-removed', 'display-metrics-changed'] as const)
    deps.screen.on(event as 'display-added', rebuild);

  return {
    /** Shows the overlay on every display (again, if one was closed); contents follow the pushed status. */
    showOverlay(): void {
      overlays = overlays.filter((w) => !w.isDestroyed());
      if (overlays.length === deps.screen.getAllDisplays().length)
        return overlays.forEach((w) => w.moveTop());
      overlays.forEach(close);
      overlays = openOverlays();
    },
    hideOverlay(): void {
      overlays.forEach(close);
      overlays = [];
    },
    showNudge(): void {
      if (nudge && !nudge.isDestroyed()) return nudge.moveTop();
      nudge = open('nudge', nudgeWindowPlan(deps.screen.getPrimaryDisplay()?.workArea), 'nudge');
    },
    hideNudge(): void {
      if (nudge) close(nudge);
      nudge = undefined;
    },
  };
}
