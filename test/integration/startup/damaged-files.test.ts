import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { manualClock } from '../../../electron/core/clock.ts';
import { UsageStore } from '../../../electron/main/adapters/storage/usage-store.ts';
import type { StoredEvent } from '../../../electron/shared/domain/usage.ts';
import { startFromFolder } from './start-from-folder.ts';

const DATE = '2025-03-04';
const T0 = Date.UTC(2025, 2, 4, 8);
const clock = manualClock(Date.UTC(2025, 2, 4, 18));
const DB = 'usage.sqlite';
let dir = '';

/** A day's worth of use: 300 ten-second windows, each with its own long title, so the file spans many pages. */
function writeHistory(directory: string): number {
  const store = UsageStore.open({ directory });
  const events: StoredEvent[] = [{ id: 'run', kind: 'running', start: T0, duration: 3_600_000, data: {} }];
  for (let n = 0; n < 300; n++)
    events.push({
      id: String(n + 1),
      kind: 'window',
      start: T0 + n * 10_000,
      duration: 10_000,
      data: { app: 'Editor', title: `Chapter ${n} ${'x'.repeat(300)}` },
    });
  store.write(events);
  store.close();
  return 300 * 10_000;
}

/** Where the root page of a table starts in the file (garbage there breaks the table's b-tree). */
function pageOffset(path: string, table: string): number {
  const db = new DatabaseSync(path, { readOnly: true });
  const root = Number(db.prepare('SELECT rootpage FROM sqlite_master WHERE name = ?').get(table)?.rootpage);
  const size = Number(db.prepare('PRAGMA page_size').get()?.page_size);
  db.close();
  return (root - 1) * size;
}

/** Where a leaf page of a table in the middle of the file starts. */
function leafOffset(path: string, table: string): number {
  const db = new DatabaseSync(path, { readOnly: true });
  const leaves = db
    .prepare("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno")
    .all(table)
    .map((row) => Number(row.pageno));
  const size = Number(db.prepare('PRAGMA page_size').get()?.page_size);
  db.close();
  return (leaves[Math.floor(leaves.length / 2)]! - 1) * size;
}

function overwrite(path: string, offset: number, bytes: Buffer): void {
  const fd = openSync(path, 'r+');
  writeSync(fd, bytes, 0, bytes.length, offset);
  closeSync(fd);
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'balans-start-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('starting Balans whatever the usage database looks like', () => {
  it('a healthy database starts normally with its history', async () => {
    const recorded = writeHistory(dir);
    const app = startFromFolder(dir, clock);
    expect(app.startup).toEqual({ mode: 'normal', folder: dir, notices: [] });
    const today = await app.dispatch('getDayTotals', { date: DATE });
    expect(today).toMatchObject({ ok: true, data: { totalMs: recorded } });
    app.store.close();
  });

  // The last column: whether readable events are expected to be carried over into the fresh database.
  const damages: [string, string, (path: string) => void, boolean][] = [
    // SQLite reads nothing of a file cut in half (not even its schema): it is kept aside whole.
    ['truncated', 'damaged', (path) => truncateSync(path, Math.floor(statSync(path).size / 2)), false],
    ['garbage', 'damaged', (path) => writeFileSync(path, Buffer.alloc(statSync(path).size, 0x5a)), false],
    [
      'garbage inside a page',
      'damaged',
      (path) => overwrite(path, pageOffset(path, 'events'), Buffer.alloc(2000, 0xa5)),
      false,
    ],
    // One bad page among the events: every event on the other pages is carried over.
    [
      'garbage in one page of events',
      'damaged',
      (path) => overwrite(path, leafOffset(path, 'events'), Buffer.alloc(4096, 0xa5)),
      true,
    ],
    ['zero bytes', 'empty', (path) => writeFileSync(path, ''), false],
    [
      'a directory in its place',
      'not-a-file',
      (path) => {
        rmSync(path);
        mkdirSync(path);
        writeFileSync(join(path, 'something.txt'), 'kept');
      },
      false,
    ],
  ];

  it.each(damages)(
    '%s: moved aside with a timestamp, a fresh one opened, the user told where',
    async (_name, reason, damage, salvages) => {
      const recorded = writeHistory(dir);
      const path = join(dir, DB);
      damage(path);
      const before = statSync(path).isFile() ? readFileSync(path) : null;
      const app = startFromFolder(dir, clock);
      expect(app.startup.mode).toBe('normal');
      const notice = app.services
        .notices()
        .find((n) => n.key === 'storage.databaseMovedAside' || n.key === 'storage.databaseRecovered');
      expect(notice).toMatchObject({ level: 'error', values: { reason, folder: dir } });
      const keptAs = String(notice!.values!.keptAs);
      expect(keptAs).toMatch(/^usage\.[a-z-]+-2025-03-04T18-00-00-000Z\.sqlite$/);
      // Nothing readable is lost: the old file is there byte for byte (or the folder with its contents).
      if (before) expect(readFileSync(join(dir, keptAs))).toEqual(before);
      else expect(readFileSync(join(dir, keptAs, 'something.txt'), 'utf8')).toBe('kept');
      // The app works on the fresh database, which starts with whatever could still be read from the old one:
      // never more than was recorded, every event readable. Today answers, new usage is stored and read back.
      const today = await app.dispatch('getDayTotals', { date: DATE });
      expect(today.ok).toBe(true);
      const recoveredMs = (today as { data: { totalMs: number } }).data.totalMs;
      expect(recoveredMs).toBeLessThanOrEqual(recorded);
      if (salvages) {
        expect(notice!.key).toBe('storage.databaseRecovered');
        expect(Number(notice!.values!.recovered)).toBeGreaterThan(0);
        expect(recoveredMs).toBeGreaterThan(0);
      } else expect(recoveredMs).toBe(0);
      expect(await app.dispatch('getDayTimeline', { date: DATE })).toMatchObject({ ok: true });
      app.store.write([
        { id: app.store.nextEventId(), kind: 'window', start: T0, duration: 5000, data: { app: 'Mail' } },
      ]);
      expect(
        (await app.store.eventsBetween('window', T0, T0 + 5000)).filter((e) => e.data.app === 'Mail'),
      ).toHaveLength(1);
      expect(await app.store.integrityCheck()).toBe('ok');
      app.store.close();
      expect(readdirSync(dir)).toContain(DB);
      expect(existsSync(join(dir, keptAs))).toBe(true);
    },
  );
});

describe('starting with the settings file missing', () => {
  it('restores the last good backup instead of starting over, and says so', () => {
    const first = startFromFolder(dir, clock);
    first.services.settings.setPreferences({ familyMessage: 'Phones away at dinner' });
    first.store.close();
    rmSync(join(dir, 'settings.json'));
    const again = startFromFolder(dir, clock);
    expect(again.services.settings.getSettings().familyMessage).toBe('Phones away at dinner');
    expect(again.services.notices()).toEqual([{ level: 'warning', key: 'storage.settingsRestored' }]);
    expect(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8')).familyMessage).toBe(
      'Phones away at dinner',
    );
    again.store.close();
  });
});
