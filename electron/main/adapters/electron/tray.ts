import type { Menu as MenuType, MenuItemConstructorOptions, NativeImage, Tray as TrayType } from 'electron';
import type { BoundaryStatus } from '../../../shared/domain/boundaries.ts';

export interface TrayDeps {
  Tray: new (image: NativeImage | string) => TrayType;
  Menu: { buildFromTemplate(template: MenuItemConstructorOptions[]): MenuType };
  icon: NativeImage | string;
  /** Short texts for the menu, already in the user's language. */
  label: (status: BoundaryStatus) => { profile: string; window: string | null };
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
      const inWindow = status.window !== null && status.overlay?.kind !== 'family-time';
      const paused = status.snoozedUntil !== null || status.trackingPausedUntil !== null;
      const template: MenuItemConstructorOptions[] = [
        { label: profile, enabled: false },
        ...(window ? [{ label: window, enabled: false }] : []),
        { type: 'separator' },
        { label: 'Snooze 5 min', enabled: inWindow, click: () => deps.snooze(5) },
        { label: 'Snooze 15 min', enabled: inWindow, click: () => deps.snooze(15) },
        { label: 'Snooze 30 min', enabled: inWindow, click: () => deps.snooze(30) },
        { label: 'Skip this window', enabled: inWindow, click: deps.skip },
        { label: 'Pause tracking for an hour', enabled: !paused, click: deps.pauseTracking },
        { label: 'Resume', enabled: paused, click: deps.resume },
        { type: 'separator' },
        { label: 'Open Balans', click: deps.open },
        {
          label: 'Start at login',
          type: 'checkbox',
          checked: deps.startAtLogin.get(),
          click: (item) => deps.startAtLogin.set(item.checked),
        },
        { label: 'Quit', click: deps.quit },
      ];
      tray.setContextMenu(deps.Menu.buildFromTemplate(template));
      tray.setToolTip(window ? `Balans — ${profile} · ${window}` : `Balans — ${profile}`);
    },
  };
}
