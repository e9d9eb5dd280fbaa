import type { MenuItemConstructorOptions } from 'electron';

/**
 * Balans's own application menu. Electron's default menu keeps Reload and Toggle Developer Tools in the packaged
 * app, where a reload loses the window's state and the tools open the app's insides to anyone at the keyboard
 * (a child at family time); they are there only in development. The roles bring the system's own labels and
 * shortcuts (copy and paste need the Edit menu on macOS).
 */
export function appMenuTemplate(options: {
  platform: NodeJS.Platform;
  packaged: boolean;
  appName: string;
}): MenuItemConstructorOptions[] {
  const mac = options.platform === 'darwin';
  const development: MenuItemConstructorOptions[] = options.packaged
    ? []
    : [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }];
  return [
    ...(mac
      ? [
          {
            label: options.appName,
            submenu: [
              { role: 'about' },
              { type: 'separator' },
              { role: 'hide' },
              { role: 'hideOthers' },
              { role: 'unhide' },
              { type: 'separator' },
              { role: 'quit' },
            ],
          } satisfies MenuItemConstructorOptions,
        ]
      : [
          {
            role: 'fileMenu',
            submenu: [{ role: 'close' }, { role: 'quit' }],
          } satisfies MenuItemConstructorOptions,
        ]),
    { role: 'editMenu' },
    {
      role: 'viewMenu',
      submenu: [...development, { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }],
    },
    { role: 'windowMenu' },
  ];
}

/** Every role in a menu template, submenus included. */
export function menuRoles(template: readonly MenuItemConstructorOptions[]): string[] {
  return template.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? menuRoles(item.submenu) : []),
  ]);
}
