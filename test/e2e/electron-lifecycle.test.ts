// Issue 15's lifecycle in the real app: each test names the defect it guards. Skips here (no Electron binary).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageStore, DATABASE_FILE } from '../../electron/main/adapters/storage/usage-store.ts';
import { startXServer } from '../support/x-server.ts';
import { waitFor } from '../support/wait-for.ts';
import {
  appRoot,
  electronAvailable,
  electronBinary,
  exited,
  launchBalans,
  windowNow,
} from './electron-harness.ts';

const available = electronAvailable('electron-lifecycle');

describe.skipIf(!available)('Balans’s lifecycle in Electron', () => {
  it('defect 1: quitting with the family-time overlay open finishes, and the store is closed last', async () => {
    const { app, userData } = await launchBalans({ settings: windowNow('family-time') });
    await app.waitForEvent('window', {
      predicate: (page) => page.url().endsWith('#/overlay'),
      timeout: 15_000,
    });
    const code = exited(app);
    await app.evaluate(({ app: electronApp }) => electronApp.quit());
    expect(await code).toBe(0);
    // Closed cleanly: the WAL was checkpointed away, and the session's running event has its end.
    expect(existsSync(join(userData, `${DATABASE_FILE}-wal`))).toBe(false);
    const store = UsageStore.open({ directory: userData });
    try {
      expect(store.eventsBetween('running', 0, Date.now() + 1).at(-1)?.duration).toBeGreaterThan(0);
    } finally {
      store.close();
    }
  });

  it('defect 4: SIGTERM during family time with a PIN set ends Balans at once, without the PIN', async () => {
    const { app } = await launchBalans({ settings: windowNow('family-time') });
    const window = await app.firstWindow();
    await window.evaluate(() =>
      (
        window as unknown as { balans: { setParentPin(input: unknown): Promise<unknown> } }
      ).balans.setParentPin({
        pin: '2468',
      }),
    );
    const code = exited(app);
    app.process().kill('SIGTERM');
    expect(
      await Promise.race([code, new Promise((resolve) => setTimeout(() => resolve('still running'), 5_000))]),
    ).toBe(0);
  });

  it('defect 6: a second instance exits before starting anything and brings the first one forward', async () => {
    const { app, userData } = await launchBalans();
    const first = await app.firstWindow();
    await first.getByRole('heading', { name: 'Today' }).waitFor();
    await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.minimize());
    const second = spawn(electronBinary!, [appRoot, `--user-data-dir=${userData}`], { stdio: 'pipe' });
    let output = '';
    second.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => second.once('exit', resolve));
    expect(code).toBe(0);
    expect(output).not.toMatch(/Usage store|Start-up failed/);
    await waitFor('the first window to come forward', () =>
      app.evaluate(({ BrowserWindow }) =>
        BrowserWindow.getAllWindows().some((w) => w.isVisible() && !w.isMinimized()),
      ),
    );
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
    await app.close();
  });

  it('defect 6: a start-up failure shows a native dialog with the reason and data folder, then exits', async () => {
    const x = await startXServer();
    const userData = mkdtempSync(join(tmpdir(), 'balans-electron-'));
    // A folder where the database file should be: opening the store fails.
    mkdirSync(join(userData, DATABASE_FILE));
    try {
      const { app } = await launchBalans({ userData, env: x.env });
      const code = exited(app);
      const dialog = await waitFor(
        'the start-up error dialog',
        async () =>
          (await x.exec('xdotool', ['search', '--name', 'Balans could not start']).catch(() => '')) ||
          undefined,
      );
      await x.exec('xdotool', ['windowactivate', '--sync', dialog.split('\n')[0]!, 'key', 'Return']);
      expect(await code).toBe(1);
    } finally {
      await x.stop();
    }
  });
});
