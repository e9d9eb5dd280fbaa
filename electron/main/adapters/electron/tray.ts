import type { Menu as MenuType, MenuItemConstructorOptions, NativeImage, Tray as TrayType } from 'electron';
import type { BoundaryStatus } from '../../../shared/domain/boundaries.ts';
import type { TrayAction, TrayModel } from './tray-model.ts';

export interface TrayDeps {
  Tray: new (image: NativeImage | string) => TrayType;
  Menu: { buildFromTemplate(template: MenuItemConstructorOptions[]): MenuType };
  icon: NativeImage | string;
  /** The menu for a status, in the user's language at the time it is drawn (tray-model.ts). */
  model: (status: BoundaryStatus) => TrayModel;
  /** Carries out a clicked entry. */
  run: (action: Exclude<TrayAction, 'start-at-login'>) => void;
  open: () => void;
  startAtLogin: { get(): boolean; set(enabled: boolean): void };
}

/** The tray icon: draws the tray model (profile, window and pauses as the one boundary status says) as a menu. */
export function createTray(deps: TrayDeps) {
  const tray = new deps.Tray(deps.icon);
  tray.setToolTip('Balans');
  tray.on('click', deps.open);
  return {
    update(status: BoundaryStatus): void {
      const model = deps.model(status);
      const template = model.entries.map((entry): MenuItemConstructorOptions => {
        if (entry.type === 'separator') return { type: 'separator' };
        if (entry.type === 'line') return { label: entry.label, enabled: false };
        if (entry.action === 'start-at-login')
          return {
            label: entry.label,
            type: 'checkbox',
            checked: deps.startAtLogin.get(),
            click: (item) => deps.startAtLogin.set(item.checked),
          };
        const action = entry.action;
        return { label: entry.label, enabled: entry.enabled, click: () => deps.run(action) };
      });
      tray.setContextMenu(deps.Menu.buildFromTemplate(template));
      tray.setToolTip(model.tooltip);
    },
  };
}
