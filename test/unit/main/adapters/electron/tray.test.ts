import type { MenuItemConstructorOptions } from 'electron';
import { afterAll, describe, expect, it } from 'vitest';
import { createTray } from '../../../../../electron/main/adapters/electron/tray.ts';
import { trayModel, type TrayAction } from '../../../../../electron/main/adapters/electron/tray-model.ts';
import { composeHostApp } from '../../../../host/compose-host.ts';

const app = composeHostApp({ events: [] });
afterAll(() => app.close());

/** A tray that keeps the last menu it was given; clicks are recorded. */
function drawnMenu(locale: string) {
  let items: MenuItemConstructorOptions[] = [];
  const clicked: TrayAction[] = [];
  class FakeTray {
    setToolTip() {}
    on() {}
    setContextMenu(menu: unknown) {
      items = menu as MenuItemConstructorOptions[];
    }
  }
  const tray = createTray({
    Tray: FakeTray as never,
    Menu: { buildFromTemplate: (template) => template as never },
    icon: '',
    model: (status) => trayModel(status, locale, app.services.settings.getSettings().profiles),
    run: (action) => clicked.push(action),
    open: () => {},
    startAtLogin: { get: () => false, set: () => {} },
  });
  tray.update(app.services.boundaries.status());
  return { labels: items.flatMap((item) => (item.label ? [item.label] : [])), items, clicked };
}

describe('the tray menu', () => {
  it('speaks the user’s language, built-in profile names included', () => {
    expect(drawnMenu('sv-SE').labels).toContain('Skjut upp 15 min');
    expect(drawnMenu('nl').labels).toContain('Balans openen');
    expect(drawnMenu('en-GB').labels).toContain('Quit');
    // The default profile is still under its first name: it follows the language.
    expect(drawnMenu('nl').labels[0]).toBe('Privé');
  });

  it('falls back to English for a language Balans does not speak', () => {
    expect(drawnMenu('de-DE').labels).toEqual(drawnMenu('en').labels);
  });

  it('carries a click to the action it names', () => {
    const menu = drawnMenu('en');
    const item = menu.items.find((i) => i.label === 'Quit');
    (item?.click as (() => void) | undefined)?.();
    expect(menu.clicked).toEqual(['quit']);
  });
});
