import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'rolldown';
import { STORE_WORKER_BUNDLE } from '../../electron/main/adapters/storage/store-client.ts';

/**
 * Bundles the store's worker into one JavaScript file for the test run, as the app's build does. From sources the
 * worker would load its .ts files through Node's type stripping, which runs a WebAssembly module in every worker;
 * with hundreds of workers started and ended in one test process, V8 crashed in its shared WebAssembly code
 * (SIGSEGV in WasmEngine::FreeDeadCode while a worker tiered up: 3 of 12 runs of the parent-lock adversary file,
 * two at a time). The built app has no .ts files and never took that path.
 */
export async function bundleStoreWorker(): Promise<() => void> {
  const root = resolve(import.meta.dirname, '../..');
  const folder = mkdtempSync(join(tmpdir(), 'balans-store-worker-'));
  // Some tests start the app as an unprivileged user (setpriv): its worker must be able to read the bundle.
  chmodSync(folder, 0o755);
  const file = join(folder, 'store-worker.mjs');
  await build({
    input: join(root, 'electron/main/adapters/storage/store-worker.ts'),
    platform: 'node',
    external: [/^node:/],
    logLevel: 'warn',
    output: { file, format: 'esm' },
  });
  process.env[STORE_WORKER_BUNDLE] = file;
  return () => rmSync(folder, { recursive: true, force: true });
}
