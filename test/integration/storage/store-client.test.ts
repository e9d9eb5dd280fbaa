import { rmSync, writeFileSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StoreClient, StoreError } from '../../../electron/main/adapters/storage/store-client.ts';
import type { StoreClientOptions } from '../../../electron/main/adapters/storage/store-client.ts';
import { WriteFailedError } from '../../../electron/main/adapters/write-failure.ts';
import type { AppNotice } from '../../../electron/shared/contract/app.ts';
import type { StoredEvent } from '../../../electron/shared/domain/usage.ts';
import { tempDirectory } from './temp-store.ts';

const MIN = 60_000;
const T0 = Date.UTC(2025, 2, 3, 9);

const win = (id: string, start: number, duration: number, app = 'Editor'): StoredEvent => ({
  id,
  kind: 'window',
  start,
  duration,
  data: { app },
});

let temp: ReturnType<typeof tempDirectory>;
let notices: AppNotice[];
let clients: StoreClient[];
const open = (options: Partial<StoreClientOptions> = {}) => {
  const client = StoreClient.open({
    directory: temp.directory,
    access: 'read-write',
    now: T0,
    onNotice: (notice) => notices.push(notice),
    onError: () => {},
    ...options,
  });
  clients.push(client);
  return client;
};
beforeEach(() => {
  temp = tempDirectory();
  notices = [];
  clients = [];
});
afterEach(() => {
  for (const client of clients) client.close();
  temp.cleanup();
});

/** What the file holds, read beside the worker (committed rows only). */
const committedIds = (path: string): string[] => {
  const db = new DatabaseSync(path, { readOnly: true });
  const ids = db
    .prepare('SELECT id FROM events ORDER BY id')
    .all()
    .map((row) => String(row.id));
  db.close();
  return ids;
};

describe('the store client (SQLite in a worker)', () => {
  it('answers a read with every write sent before it, acked or still queued', async () => {
    // A long flush interval: the queued writes are in the worker's batch, not in the file, when the read comes.
    const client = open({ flushIntervalMs: 60_000 });
    client.write([win('1', T0, 5 * MIN)]);
    expect(await client.flush()).toBe(1);
    client.write([win('2', T0 + 10 * MIN, 5 * MIN, 'Browser')]);
    // The heartbeat extends event 2 before anything is committed: the read sees the latest copy.
    client.write([win('2', T0 + 10 * MIN, 8 * MIN, 'Browser')]);
    const seen = await client.eventsBetween('window', T0, T0 + 60 * MIN);
    expect(seen).toEqual([win('1', T0, 5 * MIN), win('2', T0 + 10 * MIN, 8 * MIN, 'Browser')]);
    const totals = await client.attentionTotals([{ start: T0, end: T0 + 60 * MIN }]);
    expect(totals.map((t) => [t.data.app, t.ms]).sort()).toEqual([
      ['Browser', 8 * MIN],
      ['Editor', 5 * MIN],
    ]);
  });

  it('commits on its own within the flush interval and on close', async () => {
    const client = open({ flushIntervalMs: 50 });
    client.write([win(client.nextEventId(), T0, MIN)]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(committedIds(client.path)).toEqual(['1']);
    client.close();
    const again = open({ flushIntervalMs: 60_000 });
    // Ids continue after the highest in the file, in a new worker too.
    expect(again.nextEventId()).toBe('2');
    again.write([win('2', T0 + MIN, MIN)]);
    again.close();
    expect(committedIds(client.path)).toEqual(['1', '2']);
  });

  it('keeps meta documents and privacy settings in the file and answers them at once', async () => {
    const client = open();
    await client.writeMeta('guarded-schedule', '{"a":1}');
    expect(client.readMeta('guarded-schedule')).toBe('{"a":1}');
    const saved = await client.updatePrivacySettings({
      ...client.privacySettings(),
      excludedApps: ['KeePassXC'],
    });
    expect(saved.excludedApps).toEqual(['KeePassXC']);
    client.write([win('1', T0, MIN, 'KeePassXC'), win('2', T0 + MIN, MIN, 'Editor')]);
    expect((await client.eventsBetween('window', T0, T0 + 10 * MIN)).map((e) => e.id)).toEqual(['2']);
    client.close();
    const reopened = open();
    expect(reopened.readMeta('guarded-schedule')).toBe('{"a":1}');
    expect(reopened.privacySettings().excludedApps).toEqual(['KeePassXC']);
  });

  it('deletes by retention and deletes everything, queued writes included', async () => {
    const client = open({ flushIntervalMs: 60_000 });
    client.write([win('1', T0, MIN), win('2', T0 + 60 * MIN, MIN)]);
    expect(await client.countEndedBefore(T0 + 30 * MIN)).toBe(1);
    expect(await client.deleteEndedBefore(T0 + 30 * MIN)).toBe(1);
    client.write([win('3', T0 + 90 * MIN, MIN)]);
    expect(await client.deleteEverything()).toBe(2);
    expect(await client.eventsBetween('window', 0, T0 + 1000 * MIN)).toEqual([]);
  });

  it('on a full disk: flush answers unavailable (disk-full), the notice reaches main, reads keep the queue', async () => {
    // A fresh database has 16 pages; the cap leaves room for a few batches only (PRAGMA max_page_count).
    const client = open({ flushIntervalMs: 60_000, openSql: 'PRAGMA max_page_count = 24' });
    const long = (n: number): StoredEvent => ({
      id: String(n),
      kind: 'window',
      start: T0 + n * 1000,
      duration: 1000,
      data: { app: `App ${n % 7}`, title: `Document ${n} ${'x'.repeat(2000)}` },
    });
    let n = 1;
    let failure: unknown = null;
    for (let batch = 0; batch < 50 && !failure; batch++) {
      for (let i = 0; i < 5; i++, n++) client.write([long(n)]);
      failure = await client.flush().then(
        () => null,
        (error: unknown) => error,
      );
    }
    expect(failure).toBeInstanceOf(WriteFailedError);
    expect(failure).toMatchObject({ code: 'unavailable', failure: 'disk-full' });
    expect(await client.writeFailure()).toBe('disk-full');
    expect(notices).toContainEqual({
      level: 'error',
      key: 'storage.notWritten',
      values: { reason: 'disk-full', minutes: 60 },
    });
    // Nothing written is lost to a read: the committed rows and the kept queue together.
    expect(await client.eventsBetween('window', T0, T0 + n * 1000)).toHaveLength(n - 1);
  });

  it('refuses a malformed request with a code, not a thrown string', async () => {
    const client = open();
    const outcome = await client
      .eventsBetween('nonsense' as 'window', T0, T0 + MIN)
      .catch((error: unknown) => error);
    expect(outcome).toBeInstanceOf(StoreError);
    expect(outcome).toMatchObject({ code: 'internal', storeCode: 'invalid-request' });
  });

  it('survives a killed worker: a new one opens the file, acked and queued writes are all kept', async () => {
    const client = open({ flushIntervalMs: 60_000 });
    client.write([win('1', T0, MIN)]);
    await client.flush();
    // Queued in the worker's batch, not yet committed, when the worker dies.
    client.write([win('2', T0 + MIN, MIN)]);
    await client.kill();
    await new Promise((resolve) => setImmediate(resolve));
    expect(notices.map((n) => n.key)).toContain('storage.restarted');
    expect((await client.eventsBetween('window', T0, T0 + 10 * MIN)).map((e) => e.id)).toEqual(['1', '2']);
    expect(await client.integrityCheck()).toBe('ok');
    client.close();
    expect(committedIds(client.path)).toEqual(['1', '2']);
  });

  it('answers store-stopped when the worker dies and cannot be started again, and loses no acked write', async () => {
    const client = open({ flushIntervalMs: 60_000 });
    const path = client.path;
    client.write([win('1', T0, MIN)]);
    await client.flush();
    // The data folder turns into a file: a new worker cannot open the database there.
    const kept = `${temp.directory}.kept.sqlite`;
    writeFileSync(kept, '');
    const db = new DatabaseSync(path);
    db.exec(`VACUUM INTO '${kept.replaceAll("'", "''")}'`);
    db.close();
    rmSync(temp.directory, { recursive: true, force: true });
    writeFileSync(temp.directory, 'not a folder');
    await client.kill();
    await new Promise((resolve) => setImmediate(resolve));
    expect(notices.map((n) => n.key)).toContain('storage.stopped');
    const outcome = await client.eventsBetween('window', T0, T0 + MIN).catch((error: unknown) => error);
    expect(outcome).toMatchObject({ code: 'unavailable', storeCode: 'store-stopped' });
    await expect(client.flush()).rejects.toMatchObject({ storeCode: 'store-stopped' });
    expect(committedIds(kept)).toEqual(['1']);
    rmSync(temp.directory, { force: true });
    rmSync(kept, { force: true });
  });
});
