// Issue 15's start at login and tray in the real app on Linux: each test names the defect it guards.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronAvailable, exited, launchBalans } from './electron-harness.ts';

const available = electronAvailable('electron-start-at-login') && process.platform === 'linux';
type Bridge = { balans: Record<string, (input?: unknown) => Promise<{ ok: boolean; data?: unknown }>> };

describe.skipIf(!available)('start at login and the tray in Electron on Linux', () => {
  it('defect 3: "Start at login" writes the autostart entry, reads back as on, and removes it', async () => {
    const configHome = mkdtempSync(join(tmpdir(), 'balans-xdg-'));
    const { app } = await launchBalans({ env: { XDG_CONFIG_HOME: configHome } });
    try {
      const window = await app.firstWindow();
      const call = (name: string, input?: unknown) =>
        window.evaluate(([n, i]) => (window as unknown as Bridge).balans[n as string]!(i), [
          name,
          input,
        ] as const);
      expect(await call('setStartAtLogin', { enabled: true })).toMatchObject({
        ok: true,
        data: { enabled: true },
      });
      const entry = join(configHome, 'autostart', 'balans.desktop');
      expect(readFileSync(entry, 'utf8')).toMatch(/^Exec=.* --hidden$/m);
      expect(await call('getStartAtLogin')).toMatchObject({ data: { enabled: true } });
      await call('setStartAtLogin', { enabled: false });
      expect(existsSync(entry)).toBe(false);
    } finally {
      await app.close();
    }
  });

  it('defect 9: started at login on a desktop without a tray, the window opens with the notice and a Quit', async () => {
    // The test session has no StatusNotifier watcher: exactly stock GNOME without the AppIndicator extension.
    const { app } = await launchBalans({ args: ['--hidden'] });
    const window = await app.firstWindow();
    await window.getByText(/This desktop shows no tray icons/).waitFor();
    const code = exited(app);
    await window.getByRole('button', { name: 'Quit Balans' }).click();
    expect(await code).toBe(0);
  });

  it('defect 9: the tray menu has the pause actions, Open, Start at login and Quit, in the user’s language', async () => {
    const { app } = await launchBalans();
    try {
      const window = await app.firstWindow();
      await window.getByRole('heading', { name: 'Today' }).waitFor();
      // The tray redraws its menu at every status change: listen to the menus built from now on.
      await app.evaluate(({ Menu }) => {
        const build = Menu.buildFromTemplate.bind(Menu);
        const seen: string[][] = [];
        (globalThis as { trayMenus?: string[][] }).trayMenus = seen;
        Menu.buildFromTemplate = (template) => {
          seen.push(template.flatMap((item) => (item.label ? [item.label] : [])));
          return build(template);
        };
      });
      await window.evaluate(() => (window as unknown as Bridge).balans.setPreferences!({ language: 'nl' }));
      const labels = await app.evaluate(
        () => (globalThis as { trayMenus?: string[][] }).trayMenus?.at(-1) ?? [],
      );
      expect(labels).toEqual(expect.arrayContaining(['Balans openen', 'Starten bij inloggen', 'Afsluiten']));
    } finally {
      await app.close();
    }
  });
});
