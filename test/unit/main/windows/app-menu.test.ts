// Defect 10 of issue 15: Electron's default menu kept Reload and the developer tools in the packaged app.
import { describe, expect, it } from 'vitest';
import { appMenuTemplate, menuRoles } from '../../../../electron/main/windows/app-menu.ts';

describe('the application menu', () => {
  it('has no Reload or developer tools in the packaged app, on any system', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const roles = menuRoles(appMenuTemplate({ platform, packaged: true, appName: 'Balans' }));
      expect(roles).not.toContain('reload');
      expect(roles).not.toContain('forceReload');
      expect(roles).not.toContain('toggleDevTools');
      expect(roles).toContain('quit');
      expect(roles).toContain('editMenu');
    }
  });

  it('keeps them while developing', () => {
    const roles = menuRoles(appMenuTemplate({ platform: 'linux', packaged: false, appName: 'Balans' }));
    expect(roles).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });
});
