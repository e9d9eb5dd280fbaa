// `npm run dist`: installers with electron-builder. Where Electron cannot be downloaded, point
// BALANS_ELECTRON_DIST (or ELECTRON_OVERRIDE_DIST_PATH) at an unpacked Electron of the same version.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const localElectron = process.env.BALANS_ELECTRON_DIST ?? process.env.ELECTRON_OVERRIDE_DIST_PATH;
const args = ['electron-builder', ...process.argv.slice(2)];
if (localElectron) {
  if (!existsSync(localElectron)) {
    console.error(`Balans dist: BALANS_ELECTRON_DIST points at ${localElectron}, which does not exist.`);
    process.exit(1);
  }
  args.push(`--config.electronDist=${localElectron}`);
}
const result = spawnSync('npx', args, { stdio: 'inherit' });
process.exit(result.status ?? 1);
