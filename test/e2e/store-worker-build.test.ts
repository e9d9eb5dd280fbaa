import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StoreClient } from '../../electron/main/adapters/storage/store-client.ts';
import { tempDirectory } from '../integration/storage/temp-store.ts';

// Needs `npm run build`: the app as built runs its store from out/main/store-worker.js (electron.vite.config.ts).
const outMain = fileURLToPath(new URL('../../out/main/', import.meta.url));
const SQLITE_IMPORT = /from\s*["']node:sqlite["']|import\(\s*["']node:sqlite["']/;
let temp: ReturnType<typeof tempDirectory>;
beforeEach(() => (temp = tempDirectory()));
afterEach(() => temp.cleanup());

describe('the built store worker', () => {
  it('is its own entry beside index.js, and the main bundle never loads node:sqlite', () => {
    expect(existsSync(join(outMain, 'store-worker.js'))).toBe(true);
    expect(readFileSync(join(outMain, 'store-worker.js'), 'utf8')).toMatch(SQLITE_IMPORT);
    // index.js and the chunks it loads (one is shared with the worker): none of them imports SQLite.
    const index = readFileSync(join(outMain, 'index.js'), 'utf8');
    const chunks = readdirSync(join(outMain, 'chunks')).filter((f) => index.includes(`./chunks/${f}`));
    for (const file of ['index.js', ...chunks.map((f) => `chunks/${f}`)])
      expect(readFileSync(join(outMain, file), 'utf8')).not.toMatch(SQLITE_IMPORT);
  });

  it('opens, writes and reads a store as the app does', async () => {
    const client = StoreClient.open({
      directory: temp.directory,
      access: 'read-write',
      now: 0,
      workerEntry: pathToFileURL(join(outMain, 'store-worker.js')),
    });
    try {
      client.write([
        { id: client.nextEventId(), kind: 'window', start: 1000, duration: 5000, data: { app: 'Code' } },
      ]);
      expect(await client.flush()).toBe(1);
      expect((await client.eventsBetween('window', 0, 10_000)).map((e) => e.data.app)).toEqual(['Code']);
    } finally {
      client.close();
    }
  });
});
