import { chmodSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleStoreWorker } from './store-worker-bundle.ts';

/**
 * Some tests run a child as an unprivileged user (`setpriv --reuid=65534`): a read-only data folder (root ignores
 * permissions) and the Wayland compositors (sway refuses root). That user must be able to reach the checkout, but a
 * fresh clone often sits in a folder only root may enter (mktemp -d makes 0700). Running as root, let others pass
 * through (search, not list) each folder above the checkout that does not let them.
 */
function letOthersReachCheckout(): void {
  if (process.getuid?.() !== 0) return;
  let dir = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
  for (;;) {
    const mode = statSync(dir).mode;
    if ((mode & 0o001) === 0) {
      chmodSync(dir, (mode & 0o7777) | 0o001);
      console.log(
        `test setup: let other users pass through ${dir} (tests run children as an unprivileged user)`,
      );
    }
    const parent = dirname(dir);
    if (parent === dir) return;
    dir = parent;
  }
}

// Global test setup: refuse to run on anything older than Node 24 (node:sqlite, type stripping), then bundle the
// store's worker; the teardown it answers removes the bundle after the run.
export default function setup(): Promise<() => void> {
  const major = Number(process.versions.node.split('.')[0]);
  if (major < 24) {
    throw new Error(`Balans tests need Node >= 24 (got ${process.version}); run them through npm scripts.`);
  }
  letOthersReachCheckout();
  return bundleStoreWorker();
}
