// The real desktop app shows the family-time overlay, where Electron's binary is installed. Elsewhere it says why
// it skipped.
import { fileURLToPath } from 'node:url';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { _electron } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { findElectronBinary } from '../../build/scripts/electron-binary.ts';
import { defaultSettings } from '../../electron/core/settings/default-settings.ts';
import type { Settings } from '../../electron/shared/domain/settings.ts';

const electronBinary = findElectronBinary();
const root = fileURLToPath(new URL('../../', import.meta.url));

if (!electronBinary) {
  console.log('SKIP electron-overlay: no Electron binary (set ELECTRON_OVERRIDE_DIST_PATH to run it).');
}

/** Settings with a one-off family-time window from a minute ago for an hour, in the computer's zone. */
function familyTimeNow(): Settings {
  const base = defaultSettings('system');
  const now = DateTime.local();
  const format = (t: DateTime) => t.toFormat("yyyy-MM-dd'T'HH:mm");
  return {
    ...base,
    windows: [
      {
        id: 'dinner',
        name: 'Dinner',
        type: 'one-off',
        kind: 'family-time',
        profileId: 'private',
        priority: 0,
        start: format(now.minus({ minutes: 1 })),
        end: format(now.plus({ hours: 1 })),
      },
    ],
  };
}

describe.skipIf(!electronBinary)('Balans in Electron during family time', () => {
  it('shows the full-screen overlay with the time left', async () => {
    const userData = mkdtempSync(join(tmpdir(), 'balans-electron-'));
    const settingsFile = join(userData, 'settings.json');
    writeFileSync(settingsFile, JSON.stringify(familyTimeNow()));
    const app = await _electron.launch({
      executablePath: electronBinary!,
      args: [root, `--user-data-dir=${userData}`],
      env: { ...process.env, CI: '1', BALANS_SETTINGS_FILE: settingsFile },
    });
    try {
      const overlay = await app.waitForEvent('window', {
        predicate: (page) => page.url().endsWith('#/overlay'),
        timeout: 15_000,
      });
      await overlay.getByRole('heading', { name: 'Family time' }).waitFor();
      expect(await overlay.getByTestId('overlay-countdown').textContent()).toMatch(/^\d+:\d\d/);
      const alwaysOnTop = await app.evaluate(({ BrowserWindow }) =>
        BrowserWindow.getAllWindows().some((w) => w.isAlwaysOnTop()),
      );
      expect(alwaysOnTop).toBe(true);
    } finally {
      // Quitting during family time is refused without the PIN; no PIN is set here, so it closes.
      await app.close();
    }
  });
});
