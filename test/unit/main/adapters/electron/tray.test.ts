import type { MenuItemConstructorOptions } from 'electron';
import { afterAll, describe, expect, it } from 'vitest';
import { createTray } from '../../../../../electron/main/adapters/electron/tray.ts';
import { trayText } from '../../../../../electron/main/adapters/electron/tray-text.ts';
import { composeHostApp } from '../../../../host/compose-host.ts';

const app = composeHostApp({ events: [] });
afterAll(() => app.close());

/** A tray that keeps the last menu it was given, as labels. */
function drawnMenu(locale: string) {
  let labels: string[] = [];
  class FakeTray {
    setToolTip() {}
    on() {}
    setContextMenu(menu: unknown) {
      labels = (menu as MenuItemConstructorOptions[]).flatMap((item) => (item.label ? [item.label] : []));
    }
  }
  const tray = createTray({
    Tray: FakeTray as never,
    Menu: { buildFromTemplate: (template) => template as never },
    icon: '',
    label: () => ({ profile: 'Private', window: null }),
    text: () => trayText(locale),
    snooze: () => {},
    skip: () => {},
    pauseTracking: () => {},
    resume: () => {},
    open: () => {},
    quit: () => {},
    startAtLogin: { get: () => false, set: () => {} },
  });
  tray.update(app.services.boundaries.status());
  return labels;
}

describe('the tray menu', () => {
  it('speaks the user’s language', () => {
    expect(drawnMenu('sv-SE')).toContain('Skjut upp 15 min');
    expect(drawnMenu('nl')).toContain('Balans openen');
    expect(drawnMenu('en-GB')).toContain('Quit');
  });

  it('falls back to English for a language Balans does not speak', () => {
    expect(drawnMenu('de-DE')).toEqual(drawnMenu('en'));
  });
});
