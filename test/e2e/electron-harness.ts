// Shared by the `_electron` suite (test/e2e/electron-*.test.ts): the real desktop app in Electron, where its binary
// is installed. Here (no binary can be obtained) each file skips with one printed line.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DateTime } from 'luxon';
import { _electron, type ElectronApplication } from 'playwright-core';
import { findElectronBinary } from '../../build/scripts/electron-binary.ts';
import { defaultSettings } from '../../electron/core/settings/default-settings.ts';
import type { Settings } from '../../electron/shared/domain/settings.ts';
import type { WindowKind } from '../../electron/shared/domain/focus-windows.ts';

export const electronBinary = findElectronBinary();
export const appRoot = fileURLToPath(new URL('../../', import.meta.url));

/** True when the suite can run; otherwise prints the one line saying why it skipped. */
export function electronAvailable(file: string): boolean {
  if (!electronBinary)
    console.log(
      `SKIP ${file}: no Electron binary (it cannot be downloaded here; set ELECTRON_OVERRIDE_DIST_PATH).`,
    );
  return electronBinary !== undefined;
}

/** Settings with a one-off window of this kind from a minute ago for an hour, in the computer's zone. */
export function windowNow(
  kind: WindowKind,
  profileId = kind === 'family-time' ? 'family' : 'professional',
): Settings {
  const base = defaultSettings('system');
  const now = DateTime.local();
  const format = (t: DateTime) => t.toFormat("yyyy-MM-dd'T'HH:mm");
  return {
    ...base,
    windows: [
      {
        id: 'now',
        name: 'Now',
        type: 'one-off',
        kind,
        profileId,
        priority: 0,
        start: format(now.minus({ minutes: 1 })),
        end: format(now.plus({ hours: 1 })),
      },
    ],
  };
}

export interface LaunchOptions {
  settings?: Settings;
  env?: NodeJS.ProcessEnv;
  args?: string[];
  userData?: string;
}

/** Launches Balans from the built app (`npm run build`) with its own data folder. */
export async function launchBalans(
  options: LaunchOptions = {},
): Promise<{ app: ElectronApplication; userData: string }> {
  const userData = options.userData ?? mkdtempSync(join(tmpdir(), 'balans-electron-'));
  if (options.settings) writeFileSync(join(userData, 'settings.json'), JSON.stringify(options.settings));
  const app = await _electron.launch({
    executablePath: electronBinary!,
    args: [appRoot, `--user-data-dir=${userData}`, ...(options.args ?? [])],
    env: { ...process.env, CI: '1', ...options.env },
  });
  return { app, userData };
}

/** Resolves with the exit code once the Electron process has ended. */
export function exited(app: ElectronApplication): Promise<number | null> {
  const child = app.process();
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}
