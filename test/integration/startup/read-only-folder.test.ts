import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { UsageStore } from '../../../electron/main/adapters/storage/usage-store.ts';
import type { StoredEvent } from '../../../electron/shared/domain/usage.ts';
import { startFromFolder } from './start-from-folder.ts';

const DATE = '2025-03-04';
const T0 = Date.UTC(2025, 2, 4, 8);
const child = join(import.meta.dirname, 'read-only-child.ts');
const NOBODY = '65534';
let dir = '';

afterEach(() => {
  chmodSync(dir, 0o700);
  rmSync(dir, { recursive: true, force: true });
});

/** A data folder with an hour of use and saved settings, written as the user who owns it (root here). */
function folderWithHistory(): number {
  dir = mkdtempSync('/tmp/balans-read-only-');
  const app = startFromFolder(dir, { now: () => T0 + 10 * 3_600_000 });
  app.services.settings.setPreferences({ familyMessage: 'Kept from before' });
  app.store.close();
  const store = UsageStore.open({ directory: dir });
  const events: StoredEvent[] = [{ id: 'run', kind: 'running', start: T0, duration: 3_600_000, data: {} }];
  for (let n = 0; n < 60; n++)
    events.push({
      id: String(n + 1),
      kind: 'window',
      start: T0 + n * 60_000,
      duration: 60_000,
      data: { app: 'Editor' },
    });
  store.write(events);
  store.close();
  return 60 * 60_000;
}

/** Starts the services in a Node 24 child process as nobody, with no supplementary groups. */
function startAsNobody() {
  const output = execFileSync(
    'setpriv',
    [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', process.execPath, child, dir, DATE],
    { encoding: 'utf8' },
  );
  return JSON.parse(output) as {
    startup: { mode: string; folder: string; notices: { key: string; values?: Record<string, unknown> }[] };
    notices: { key: string }[];
    today: { ok: boolean; data?: { totalMs: number } };
    timelineOk: boolean;
    tracking: { ok: boolean; data?: { state: string; code?: string } };
    save: { ok: boolean; code?: string };
  };
}

// setpriv can only switch to another user from root; as any other user the folder is simply the user's own.
const asRoot = process.getuid?.() === 0;
if (!asRoot) console.warn('read-only-folder.test.ts skips: it needs root to start Balans as another user');

describe.runIf(asRoot)('a data folder Balans cannot write (run as a non-root user)', () => {
  it('starts read-only: reports show the history, tracking says why it is off, saves answer unavailable', () => {
    const recorded = folderWithHistory();
    const before = readdirSync(dir).sort();
    chmodSync(dir, 0o555); // readable by everyone, writable by no one but root
    const seen = startAsNobody();
    expect(seen.startup).toMatchObject({ mode: 'read-only', folder: dir });
    expect(seen.notices[0]).toMatchObject({ key: 'storage.readOnly', values: { folder: dir } });
    expect(seen.today).toMatchObject({ ok: true, data: { totalMs: recorded } });
    expect(seen.timelineOk).toBe(true);
    expect(seen.tracking).toMatchObject({ ok: true, data: { state: 'unavailable', code: 'read-only' } });
    expect(seen.save).toMatchObject({ ok: false, code: 'unavailable' });
    expect(seen.notices.map((n) => n.key)).toContain('storage.settingsNotSaved');
    // Nothing in the folder was touched.
    expect(readdirSync(dir).sort()).toEqual(before);
  });

  it('starts read-only with an empty history when the folder cannot even be read', () => {
    folderWithHistory();
    chmodSync(dir, 0o700); // root's alone
    const seen = startAsNobody();
    expect(seen.startup.mode).toBe('read-only');
    expect(seen.today).toMatchObject({ ok: true, data: { totalMs: 0 } });
    expect(seen.tracking).toMatchObject({ ok: true, data: { state: 'unavailable', code: 'read-only' } });
  });
});
