import { describe, it, expect } from 'vitest';
import { EventEmitter } from 'node:events';
import { overlayKeepAbove } from '../../../../../electron/main/adapters/electron/overlay-keep-above.ts';
import type {
  OverlayKeeper,
  OverlayWindow,
} from '../../../../../electron/main/adapters/os/overlay/overlay-keeper.ts';
import { detectOverlayKeeper } from '../../../../../electron/main/adapters/os/overlay/detect-overlay-keeper.ts';
import { waitFor } from '../../../../support/wait-for.ts';

class FakeWindow extends EventEmitter {
  id = 7;
  title = '';
  setTitle(title: string) {
    this.title = title;
  }
}

describe('overlayKeepAbove', () => {
  it('gives the overlay a title of its own, keeps it, and asks the compositor once the window shows', async () => {
    const asked: OverlayWindow[] = [];
    const keeper: OverlayKeeper = { kind: 'sway', keepAbove: async (w) => (asked.push(w), true) };
    const hook = overlayKeepAbove(keeper, () => {}, 4242)!;
    const window = new FakeWindow();
    hook(window as never);
    expect(window.title).toBe('Balans overlay 7');
    let prevented = false;
    window.emit('page-title-updated', { preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
    expect(asked).toEqual([]);
    window.emit('show');
    await waitFor('the keeper call', () => asked.length === 1);
    expect(asked).toEqual([{ pid: 4242, title: 'Balans overlay 7' }]);
  });

  it('tells the overlay guard of each overlay by its title, and when it is gone', () => {
    const watched: string[] = [];
    const keeper: OverlayKeeper = { kind: 'sway', keepAbove: async () => true };
    const hook = overlayKeepAbove(keeper, () => {}, 1, {
      opened: (title) => watched.push(`opened ${title}`),
      gone: (title) => watched.push(`gone ${title}`),
    })!;
    const window = new FakeWindow();
    hook(window as never);
    window.emit('closed');
    expect(watched).toEqual(['opened Balans overlay 7', 'gone Balans overlay 7']);
  });

  it('logs, and keeps the window, when the compositor cannot', async () => {
    const logged: string[] = [];
    const keeper: OverlayKeeper = {
      kind: 'kwin',
      keepAbove: async () => {
        throw new Error('KWin did not run the overlay script');
      },
    };
    const window = new FakeWindow();
    overlayKeepAbove(keeper, (message) => logged.push(message))!(window as never);
    window.emit('show');
    await waitFor('the log', () => logged.length === 1);
    expect(logged).toEqual(['The kwin compositor could not keep the overlay on top']);
  });

  it('is not needed where Electron keeps windows on top itself', () => {
    expect(overlayKeepAbove(undefined, () => {})).toBeUndefined();
  });
});

describe('detectOverlayKeeper', () => {
  const wayland = { XDG_SESSION_TYPE: 'wayland', DBUS_SESSION_BUS_ADDRESS: 'unix:path=/b' };
  it('picks the Shell extension on GNOME, a KWin script on KDE, and sway IPC on sway', () => {
    expect(detectOverlayKeeper('linux', { ...wayland, XDG_CURRENT_DESKTOP: 'GNOME' })?.kind).toBe('gnome');
    expect(detectOverlayKeeper('linux', { ...wayland, XDG_CURRENT_DESKTOP: 'KDE' })?.kind).toBe('kwin');
    expect(detectOverlayKeeper('linux', { ...wayland, SWAYSOCK: '/run/sway.sock' })?.kind).toBe('sway');
    expect(detectOverlayKeeper('linux', { ...wayland, XDG_CURRENT_DESKTOP: 'Hyprland' })).toBeUndefined();
    expect(detectOverlayKeeper('linux', { DISPLAY: ':0' })).toBeUndefined();
    expect(detectOverlayKeeper('win32', {})).toBeUndefined();
  });
});
