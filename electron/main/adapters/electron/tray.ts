import type { Menu as MenuType, MenuItemConstructorOptions, NativeImage, Tray as TrayType } from 'electron';
import type { BoundaryStatus } from '../../../shared/domain/boundaries.ts';
import type { TrayText } from './tray-text.ts';

export interface TrayDeps {
  Tray: new (image: NativeImage | string) => TrayType;
  Menu: { buildFromTemplate(template: MenuItemConstructorOptions[]): MenuType };
  icon: NativeImage | string;
  /** Short texts for the menu, already in the user's language. */
  label: (status: BoundaryStatus) => { profile: string; window: string | null };
  /** The menu's own words, in the user's language at the time the menu is drawn. */
  text: () => TrayText;
  snooze: (minutes: 5 | 15 | 30) => void;
  skip: () => void;
  pauseTracking: () => void;
  resume: () => void;
  open: () => void;
  quit: () => void;
  startAtLogin: { get(): boolean; set(enabled: boolean): void };
}

/** The tray icon: current profile and window with time left, the pause actions, open, start at login and quit. */
export function createTray(deps: TrayDeps) {
  const tray = new deps.Tray(deps.icon);
  tray.setToolTip('Balans');
  tray.on('click', deps.open);
  return {
    update(status: BoundaryStatus): void {
      const { profile, window } = deps.label(status);
      const text = deps.text();
      const inWindow = status.window !== null && status.overlay?.kind !== 'family-time';
      const paused = status.snoozedUntil !== null || status.trackingPausedUntil !== null;
      const template: MenuItemConstructorOptions[] = [
        { label: profile, enabled: false },
        ...(window ? [{ label: window, enabled: false }] : []),
        { type: 'separator' },
        { label: text.snooze(5), enabled: inWindow, click: () => deps.snooze(5) },
        { label: text.snooze(15), enabled: inWindow, click: () => deps.snooze(15) },
        { label: text.snooze(30), enabled: inWindow, click: () => deps.snooze(30) },
        { label: text.skip, enabled: inWindow, click: deps.skip },
        { label: text.pauseTracking, enabled: !paused, click: deps.pauseTracking },
        { label: text.resume, enabled: paused, click: deps.resume },
        { type: 'separator' },
        { label: text.open, click: deps.open },
        {
          label: text.startAtLogin,
          type: 'checkbox',
          checked: deps.startAtLogin.get(),
          click: (item) => deps.startAtLogin.set(item.checked),
        },
        { label: text.quit, click: deps.quit },
      ];
      tray.setContextMenu(deps.Menu.buildFromTemplate(template));
      tray.setToolTip(window ? `Balans — ${profile} · ${window}` : `Balans — ${profile}`);
    },
  };
}
