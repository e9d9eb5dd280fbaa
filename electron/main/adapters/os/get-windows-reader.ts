import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Options as GetWindowsOptions, Result as ActiveWindow } from 'get-windows';
import { PolledWindowSource, type ActiveWindowReader } from './polled-window-source.ts';
import { getWindowsOptions, trackingGaps, type WindowAccess } from './window-permissions.ts';

const require = createRequire(import.meta.url);

/**
 * Where a file of the packaged app really is: executables cannot run from inside `app.asar`, and electron-builder
 * unpacks get-windows (`asarUnpack`) next to it into `app.asar.unpacked`.
 */
export function unpackedPath(path: string): string {
  return path.replace(/([\\/])app\.asar([\\/])/, '$1app.asar.unpacked$2');
}

/** get-windows' macOS helper executable (its `main`), outside the asar archive. */
export function macHelperPath(): string {
  return unpackedPath(join(dirname(require.resolve('get-windows/package.json')), 'main'));
}

/** The helper's arguments for these options, as get-windows passes them. */
export function macHelperArguments(options: GetWindowsOptions): string[] {
  return [
    ...(options.accessibilityPermission === false ? ['--no-accessibility-permission'] : []),
    ...(options.screenRecordingPermission === false ? ['--no-screen-recording-permission'] : []),
  ];
}

type ExecFile = (
  file: string,
  args: string[],
  callback: (error: Error | null, stdout: string, stderr: string) => void,
) => unknown;

/**
 * Reads the active window on macOS by running get-windows' helper from the unpacked folder. get-windows itself
 * spawns it from inside `app.asar` through the ESM loader, where Electron's asar rewrite for child_process does not
 * apply (get-windows#185), so in the packaged app every read failed.
 */
export function macHelperReader(
  options: () => GetWindowsOptions,
  run: ExecFile = execFile as unknown as ExecFile,
  helper: () => string = macHelperPath,
): ActiveWindowReader {
  return () =>
    new Promise((resolve, reject) => {
      run(helper(), macHelperArguments(options()), (error, stdout, stderr) => {
        if (error) return reject(new Error(`${error.message}${stderr ? `: ${stderr.trim()}` : ''}`));
        try {
          resolve((JSON.parse(stdout) as ActiveWindow | null) ?? undefined);
        } catch {
          reject(new Error(`get-windows returned no window data: ${stdout.slice(0, 200)}`));
        }
      });
    });
}

/** get-windows' own reader (Windows' native binding, Linux's xprop), with the options given. */
export function getWindowsReader(options: () => GetWindowsOptions): ActiveWindowReader {
  return async () => (await import('get-windows')).activeWindow(options());
}

/**
 * Browser URLs need macOS's Accessibility permission; Balans does not ask for it: sites are told from the window
 * titles (core/rules/site-detection), so Accessibility is never a requirement for tracking.
 */
export const WANT_URLS = false;

/** The polled source on macOS and Windows, with the options and gaps that follow the permissions given now. */
export function polledSourceFor(
  platform: 'darwin' | 'win32',
  access: () => WindowAccess,
  log: (message: string, error: unknown) => void,
): PolledWindowSource {
  const options = () => getWindowsOptions(access(), WANT_URLS);
  return new PolledWindowSource({
    read: platform === 'darwin' ? macHelperReader(options) : getWindowsReader(options),
    gaps: () => trackingGaps(access(), WANT_URLS),
    log,
  });
}
