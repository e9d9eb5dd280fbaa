// `npm start`: build Balans and launch it in Electron. Where Electron's binary cannot be had, say so in one line.
import { spawnSync } from 'node:child_process';
import { electronInstaller, findElectronBinary } from './electron-binary.ts';
import { runTool } from './tool-command.ts';

function ensureElectron(): string | undefined {
  const found = findElectronBinary();
  if (found) return found;
  const download = spawnSync(process.execPath, [electronInstaller()], { encoding: 'utf8', timeout: 300_000 });
  if (download.status === 0) return findElectronBinary();
  const reason =
    `${download.stderr ?? ''}`.trim().split('\n').pop() || download.error?.message || 'unknown error';
  console.error(
    `Balans cannot start: the Electron binary is not installed and could not be downloaded (${reason}); ` +
      'use `npm run dev:web` for the UI in a browser, or set ELECTRON_OVERRIDE_DIST_PATH to a local Electron.',
  );
  return undefined;
}

const electron = ensureElectron();
if (!electron) process.exit(1);

const built = runTool('electron-vite', ['build']);
if (built !== 0) process.exit(built);

const run = spawnSync(electron, ['.', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 1);
