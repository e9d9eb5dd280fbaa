import { afterEach, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../electron/core/settings/default-settings.ts';
import { composeHostApp } from '../../host/compose-host.ts';

let close: (() => void) | undefined;
afterEach(() => close?.());

describe('the language and zone in effect, resolved once in main', () => {
  it("turns 'system' into the computer's language and zone, for the window and for core", async () => {
    const app = composeHostApp({
      zone: 'Europe/Stockholm',
      locale: 'nl-BE',
      events: [],
      settings: defaultSettings('system'),
    });
    close = app.close;
    await app.ready;
    expect(app.services.localeAndZone()).toEqual({ locale: 'nl', zone: 'Europe/Stockholm' });
    // Core never sees 'system': the boundary status and the schedule carry the concrete zone.
    expect(app.services.boundaries.status().zone).toBe('Europe/Stockholm');
    expect(app.services.settings.effectiveSettings().timeZone).toBe('Europe/Stockholm');

    app.services.settings.setPreferences({ language: 'sv' });
    app.services.settings.setTimeZone('America/New_York');
    expect(app.services.localeAndZone()).toEqual({ locale: 'sv', zone: 'America/New_York' });
    expect((await app.services.today.getDayTotals()).zone).toBe('America/New_York');
  });
});
