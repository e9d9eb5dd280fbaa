// `npm run dist`: installers with electron-builder. Where Electron cannot be downloaded, point
// BALANS_ELECTRON_DIST (or ELECTRON_OVERRIDE_DIST_PATH) at an unpacked Electron of the same version.
import { existsSync } from 'node:fs';
import { runTool } from './tool-command.ts';

const localElectron = process.env.BALANS_ELECTRON_DIST ?? process.env.ELECTRON_OVERRIDE_DIST_PATH;
const args = process.argv.slice(2);
if (localElectron) {
  if (!existsSync(localElectron)) {
    console.error(`Balans dist: BALANS_ELECTRON_DIST points at ${localElectron}, which does not exist.`);
    process.exit(1);
  }
  args.push(`--config.electronDist=${localElectron}`);
}
process.exit(runTool('electron-builder', args));
