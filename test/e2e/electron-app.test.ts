// The real desktop app, where Electron's binary is installed. Elsewhere this prints why it skipped.
import { fileURLToPath } from 'node:url';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { findElectronBinary } from '../../build/scripts/electron-binary.ts';

const electronBinary = findElectronBinary();
const root = fileURLToPath(new URL('../../', import.meta.url));

if (!electronBinary) {
  console.log(
    'SKIP electron-app: no Electron binary (it cannot be downloaded here; set ELECTRON_OVERRIDE_DIST_PATH to run it).',
  );
}

describe.skipIf(!electronBinary)('Balans in Electron', () => {
  it('opens its window and answers a contract call over IPC', async () => {
    const userData = mkdtempSync(join(tmpdir(), 'balans-electron-'));
    const app = await _electron.launch({
      executablePath: electronBinary!,
      args: [root, `--user-data-dir=${userData}`],
      env: { ...process.env, CI: '1' },
    });
    try {
      const window = await app.firstWindow();
      await window.getByRole('heading', { name: 'Today' }).waitFor();
      const info = await window.evaluate(() =>
        (window as unknown as { balans: { getAppInfo(): Promise<unknown> } }).balans.getAppInfo(),
      );
      expect(info).toMatchObject({ ok: true, data: { host: 'electron' } });
      const isolated = await window.evaluate(() => typeof (globalThis as { require?: unknown }).require);
      expect(isolated).toBe('undefined');
    } finally {
      await app.close();
    }
  });
});
