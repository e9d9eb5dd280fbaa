import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';

/** How an overlay or the nudge is made and shown, decided without Electron so it is tested as it is. */
export interface BoundaryWindowPlan {
  options: BrowserWindowConstructorOptions;
  /** `setAlwaysOnTop(true, level)`: 'screen-saver' lies above full-screen apps and the macOS menu bar. */
  level: 'screen-saver' | 'floating';
  /** `setVisibleOnAllWorkspaces(true, { visibleOnFullScreen: true })`: switching workspace or Space keeps it. */
  allWorkspaces: boolean;
  /** 'focus': `show()` then `focus()` (Windows may not give focus to `show()` alone); 'inactive': `showInactive()`. */
  show: 'focus' | 'inactive';
}

const common: BrowserWindowConstructorOptions = {
  show: false,
  frame: false,
  alwaysOnTop: true,
  skipTaskbar: true,
  resizable: false,
  minimizable: false,
  maximizable: false,
  title: 'Balans',
};

/**
 * One overlay window covering a display. Never `kiosk` (on macOS it leaves HideDock, DisableProcessSwitching and
 * DisableSessionTermination set app-wide after the window is gone), and on macOS never native `fullscreen` (each
 * window would get a Space of its own, left with a swipe): the display's bounds, above everything, on every Space.
 * Elsewhere `fullscreen` asks the window manager to put it above panels and docks.
 */
export function overlayWindowPlan(platform: NodeJS.Platform, bounds: Rectangle): BoundaryWindowPlan {
  return {
    options: {
      ...common,
      ...bounds,
      movable: false,
      // Balans closes it with destroy(); the user cannot (Alt+F4, Cmd+W).
      closable: false,
      fullscreenable: platform !== 'darwin',
      fullscreen: platform !== 'darwin',
      kiosk: false,
      // macOS keeps windows below the menu bar unless they may be larger than the screen's visible part.
      enableLargerThanScreen: platform === 'darwin',
      hasShadow: false,
    },
    level: 'screen-saver',
    allWorkspaces: true,
    show: 'focus',
  };
}

/** The nudge: a small card in the corner of the primary display's work area; shown without taking focus. */
export function nudgeWindowPlan(workArea: Rectangle | undefined): BoundaryWindowPlan {
  const width = 420;
  const height = 180;
  return {
    options: {
      ...common,
      width,
      height,
      ...(workArea ? { x: workArea.x + workArea.width - width - 24, y: workArea.y + 24 } : {}),
      focusable: true,
      fullscreenable: false,
    },
    level: 'floating',
    allWorkspaces: true,
    show: 'inactive',
  };
}
