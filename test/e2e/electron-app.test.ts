// The real desktop app, where Electron's binary is installed. Elsewhere this prints why it skipped.
import { describe, expect, it } from 'vitest';
import { electronAvailable, launchBalans } from './electron-harness.ts';

const available = electronAvailable('electron-app');

describe.skipIf(!available)('Balans in Electron', () => {
  it('defects 6 and 10: starts all the way, opens its window and answers a contract call over IPC', async () => {
    const { app } = await launchBalans();
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
