// Finds the Electron binary without triggering Electron's own implicit download (which `require('electron')` does).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** The installed Electron executable, or undefined when the binary has not been downloaded. */
export function findElectronBinary(): string | undefined {
  const packageDir = dirname(require.resolve('electron/package.json'));
  const pathFile = join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const candidate = override
    ? join(override, relative ?? (process.platform === 'win32' ? 'electron.exe' : 'electron'))
    : relative && join(packageDir, 'dist', relative);
  return candidate && existsSync(candidate) ? candidate : undefined;
}

/** Electron's own installer script (downloads the binary for this platform). */
export function electronInstaller(): string {
  return join(dirname(require.resolve('electron/package.json')), 'install.js');
}
