import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Where the parent lock (salt, PIN hash, attempt state) is kept. */
export interface ParentLockStore {
  /** The saved record, or null when there is none yet. */
  load(): Promise<unknown>;
  save(record: unknown): Promise<void>;
}

/**
 * A small JSON file, written atomically (temporary file, then rename) so a crash never leaves half a file; only
 * the user can read it.
 */
export function jsonLockFile(path: string): ParentLockStore {
  return {
    async load() {
      try {
        return JSON.parse(await readFile(path, 'utf8')) as unknown;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        // A damaged file is read as "present but unreadable": the lock refuses rather than opening.
        return { damaged: true };
      }
    },
    async save(record) {
      await mkdir(dirname(path), { recursive: true });
      const temporary = `${path}.${process.pid}.tmp`;
      await writeFile(temporary, JSON.stringify(record), { mode: 0o600 });
      await rename(temporary, path);
    },
  };
}

/** An in-memory store for the development host and tests. */
export function memoryLockStore(initial: unknown = null): ParentLockStore & { saved(): unknown } {
  let record: unknown = initial === null ? null : structuredClone(initial);
  return {
    load: async () => (record === null ? null : structuredClone(record)),
    save: async (next) => {
      record = structuredClone(next);
    },
    saved: () => record,
  };
}
