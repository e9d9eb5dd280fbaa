// Defects 5 and 8 of issue 15: overlays that hold (display bounds, never kiosk, never native fullscreen on macOS,
// every workspace, above full-screen apps, focused) and a nudge that does not take the focus.
import { describe, expect, it } from 'vitest';
import {
  nudgeWindowPlan,
  overlayWindowPlan,
} from '../../../../electron/main/windows/boundary-window-options.ts';

const display = { x: 1920, y: 0, width: 2560, height: 1440 };

describe('overlay windows', () => {
  it('cover the display by its bounds on macOS, without native fullscreen or kiosk', () => {
    const plan = overlayWindowPlan('darwin', display);
    expect(plan.options).toMatchObject({
      ...display,
      fullscreen: false,
      fullscreenable: false,
      kiosk: false,
    });
    expect(plan.options.enableLargerThanScreen).toBe(true);
  });

  it('are never kiosk windows, stay on every workspace above full-screen apps and take the focus', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const plan = overlayWindowPlan(platform, display);
      expect(plan.options.kiosk).toBe(false);
      expect(plan.options.closable).toBe(false);
      expect(plan).toMatchObject({ level: 'screen-saver', allWorkspaces: true, show: 'focus' });
    }
  });

  it('ask the window manager for fullscreen on Linux and Windows, on the display they are placed on', () => {
    expect(overlayWindowPlan('linux', display).options).toMatchObject({ ...display, fullscreen: true });
    expect(overlayWindowPlan('win32', display).options).toMatchObject({ ...display, fullscreen: true });
  });
});

describe('the nudge window', () => {
  it('is shown inactive in the top right corner of the work area, on every workspace', () => {
    const plan = nudgeWindowPlan({ x: 0, y: 25, width: 1440, height: 875 });
    expect(plan.show).toBe('inactive');
    expect(plan.allWorkspaces).toBe(true);
    expect(plan.options).toMatchObject({ x: 1440 - 420 - 24, y: 25 + 24, width: 420, height: 180 });
  });
});
