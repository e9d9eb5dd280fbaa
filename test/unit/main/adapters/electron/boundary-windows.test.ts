// Defect 5 of issue 15: an overlay per display, rebuilt when a display is added, removed or resized while it is
// up, on every workspace, and the nudge shown inactive. Electron's windows replaced by a recorder of their state.
import type { BrowserWindowConstructorOptions, Display } from 'electron';
import { describe, expect, it } from 'vitest';
import { createBoundaryWindows } from '../../../../../electron/main/adapters/electron/boundary-windows.ts';

function desktop(initial: Display['bounds'][]) {
  let bounds = initial;
  const listeners: (() => void)[] = [];
  const windows: FakeWindow[] = [];
  class FakeWindow {
    destroyed = false;
    shown: 'no' | 'focused' | 'inactive' = 'no';
    allWorkspaces = false;
    readonly webContents = { id: windows.length + 1, on: () => undefined };
    #ready: (() => void) | undefined;
    readonly options: BrowserWindowConstructorOptions;
    constructor(options: BrowserWindowConstructorOptions) {
      this.options = options;
      windows.push(this);
    }
    setAlwaysOnTop() {}
    setVisibleOnAllWorkspaces(visible: boolean) {
      this.allWorkspaces = visible;
    }
    once(_event: string, run: () => void) {
      this.#ready = run;
    }
    on() {}
    loadURL() {
      this.#ready?.();
      return Promise.resolve();
    }
    show() {
      this.shown = 'focused';
    }
    showInactive() {
      this.shown = 'inactive';
    }
    focus() {}
    moveTop() {}
    isDestroyed() {
      return this.destroyed;
    }
    destroy() {
      this.destroyed = true;
    }
  }
  const screen = {
    getAllDisplays: () => bounds.map((b) => ({ bounds: b, workArea: b }) as Display),
    getPrimaryDisplay: () => ({ bounds: bounds[0]!, workArea: bounds[0]! }) as Display,
    on: (_event: string, listener: () => void) => listeners.push(listener),
  };
  const boundaryWindows = createBoundaryWindows({
    BrowserWindow: FakeWindow as never,
    screen: screen as never,
    platform: 'darwin',
    preloadPath: '/preload.cjs',
    appEntryUrl: 'file:///index.html',
    windowIds: new Set(),
    onLost: () => undefined,
  });
  const open = () => windows.filter((w) => !w.destroyed);
  const change = (next: Display['bounds'][]) => {
    bounds = next;
    listeners.forEach((listener) => listener());
  };
  return { boundaryWindows, open, change };
}

const laptop = { x: 0, y: 0, width: 1512, height: 982 };
const monitor = { x: 1512, y: 0, width: 2560, height: 1440 };

describe('boundary windows', () => {
  it('put a focused overlay on each display and on every workspace', () => {
    const { boundaryWindows, open } = desktop([laptop, monitor]);
    boundaryWindows.showOverlay();
    expect(open().map((w) => [w.options.x, w.options.width, w.shown, w.allWorkspaces])).toEqual([
      [0, 1512, 'focused', true],
      [1512, 2560, 'focused', true],
    ]);
  });

  it('cover a display plugged in while the overlay is up, and drop a removed one', () => {
    const { boundaryWindows, open, change } = desktop([laptop]);
    boundaryWindows.showOverlay();
    change([laptop, monitor]);
    expect(open().map((w) => w.options.x)).toEqual([0, 1512]);
    change([monitor]);
    expect(open().map((w) => w.options.x)).toEqual([1512]);
    boundaryWindows.hideOverlay();
    change([laptop, monitor]);
    expect(open()).toEqual([]);
  });

  it('leave the overlays be when only a work area changed', () => {
    const { boundaryWindows, open, change } = desktop([laptop]);
    boundaryWindows.showOverlay();
    const first = open()[0];
    change([{ ...laptop }]);
    expect(open()).toEqual([first]);
  });

  it('show the nudge without taking the focus', () => {
    const { boundaryWindows, open } = desktop([laptop]);
    boundaryWindows.showNudge();
    expect(open().map((w) => w.shown)).toEqual(['inactive']);
  });
});
