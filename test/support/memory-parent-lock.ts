// The real parent lock, its records kept in memory: the tamper log it lists is what Settings → Parent PIN shows.
import type { Clock } from '../../electron/core/clock.ts';
import { metaTamperLog } from '../../electron/main/adapters/parent-lock/lock-records.ts';
import { createParentLock } from '../../electron/main/services/parent-lock-service.ts';

export function memoryParentLock(clock: Clock) {
  const meta = new Map<string, string>();
  let saved: unknown = null;
  return createParentLock({
    clock,
    store: { load: async () => saved, save: async (record) => void (saved = record) },
    tampers: metaTamperLog({
      readMeta: (k) => meta.get(k) ?? null,
      writeMeta: async (k, v) => void meta.set(k, v),
    }),
  });
}
