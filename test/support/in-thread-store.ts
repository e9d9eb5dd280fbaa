import type { UsageStore } from '../../electron/main/adapters/storage/usage-store.ts';

/**
 * The store as it ran before the worker: the same SQLite code on the calling thread, behind the async interface
 * the services use. Tests that drive the store's timers by hand (manualSchedule) and the event-loop bench's
 * "in-thread" side use it; the app and the host use the store client.
 */
export function inThreadStore(store: UsageStore) {
  const now = <T>(read: () => T): Promise<T> => {
    try {
      return Promise.resolve(read());
    } catch (error) {
      return Promise.reject(error as Error);
    }
  };
  return {
    eventsBetween: <K extends Parameters<UsageStore['eventsBetween']>[0]>(
      kind: K,
      from: number,
      to: number,
    ) => now(() => store.eventsBetween(kind, from, to)),
    attentionTotals: (spans: Parameters<UsageStore['attentionTotals']>[0]) =>
      now(() => store.attentionTotals(spans)),
    privacySettings: () => store.privacySettings(),
    updatePrivacySettings: (next: Parameters<UsageStore['updatePrivacySettings']>[0]) =>
      now(() => store.updatePrivacySettings(next)),
    deleteEndedBefore: (cutoff: number) => now(() => store.deleteEndedBefore(cutoff)),
    countEndedBefore: (cutoff: number) => now(() => store.countEndedBefore(cutoff)),
    deleteEverything: () => now(() => store.deleteEverything()),
    dayFacts: (from: string, to: string) => now(() => store.dayFacts(from, to)),
    builtFactDays: (from: string, to: string) => now(() => store.builtFactDays(from, to)),
    saveDayFacts: (days: Parameters<UsageStore['saveDayFacts']>[0]) => now(() => store.saveDayFacts(days)),
    absorbFactChanges: (zone: string) => now(() => store.absorbFactChanges(zone)),
    invalidateFacts: (days: readonly string[]) => now(() => store.invalidateFacts(days)),
    dropFacts: () => now(() => store.dropFacts()),
    firstEventStart: () => now(() => store.firstEventStart()),
    readMeta: (key: string) => store.readMeta(key),
    writeMeta: (key: string, value: string) => now(() => store.writeMeta(key, value)),
    assignProfiles: (profilesBetween: Parameters<UsageStore['assignProfiles']>[0]) =>
      now(() => store.assignProfiles(profilesBetween)),
    write: (events: Parameters<UsageStore['write']>[0]) => store.write(events),
    flush: () => now(() => store.flush()),
    nextEventId: () => store.nextEventId(),
    integrityCheck: () => now(() => store.integrityCheck()),
    path: store.path,
    close: () => store.close(),
  };
}

export type InThreadStore = ReturnType<typeof inThreadStore>;
