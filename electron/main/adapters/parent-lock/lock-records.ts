import { z } from 'zod';
import { tamperRecordSchema, type TamperRecord } from '../../../shared/domain/parent-lock.ts';
import type { TamperLog } from '../../services/parent-lock-service.ts';
import type { ParentLockStore } from './lock-file.ts';

/**
 * Small documents kept in the usage database (its `meta` table). Reading answers at once (the store client keeps a
 * copy); writing resolves once the database has it.
 */
export interface MetaStore {
  readMeta(key: string): string | null;
  writeMeta(key: string, value: string): Promise<void>;
}

/** Writes a document without waiting; a refused write is logged (what reads it sees the copy meanwhile). */
export function keepMeta(meta: MetaStore, key: string, value: string): void {
  meta.writeMeta(key, value).catch((error: unknown) => console.error(`Balans: could not keep ${key}`, error));
}

/** The parent lock's mirror: the same record as the lock file, kept with the history. */
export function metaLockStore(meta: MetaStore, key = 'parent-lock'): ParentLockStore {
  return {
    async load() {
      const value = meta.readMeta(key);
      if (value === null) return null;
      try {
        return JSON.parse(value) as unknown;
      } catch {
        return { damaged: true };
      }
    },
    async save(record) {
      await meta.writeMeta(key, JSON.stringify(record));
    },
  };
}

const MAX_RECORDS = 200;
const logSchema = z.object({
  records: z.array(tamperRecordSchema).max(MAX_RECORDS),
  /** How many of the records the parent has been shown. */
  seen: z.int().nonnegative(),
});

/** Tampering found with the parent lock, kept in the usage database; the newest 200 records are kept. */
export function metaTamperLog(meta: MetaStore, key = 'parent-lock-tampers'): TamperLog {
  const read = (): z.infer<typeof logSchema> => {
    try {
      const parsed = logSchema.safeParse(JSON.parse(meta.readMeta(key) ?? 'null'));
      if (parsed.success) return parsed.data;
    } catch {
      // An unreadable log starts again; the lock itself does not depend on it.
    }
    return { records: [], seen: 0 };
  };
  const write = (log: z.infer<typeof logSchema>) => keepMeta(meta, key, JSON.stringify(log));
  return {
    all: () => read().records,
    add(records: TamperRecord[]) {
      const log = read();
      const all = [...log.records, ...records];
      const dropped = Math.max(0, all.length - MAX_RECORDS);
      write({ records: all.slice(dropped), seen: Math.max(0, log.seen - dropped) });
    },
    takeUnseen() {
      const log = read();
      write({ ...log, seen: log.records.length });
      return log.records.slice(log.seen);
    },
  };
}
