import type { StoreClient } from '../../electron/main/adapters/storage/store-client.ts';
import type { HostSource } from './compose-host.ts';

/** A store whose reads throw while `failing()` says so: every screen's error state can be reached for real. */
export function failingSource(store: StoreClient, failing: () => boolean): HostSource {
  const guard = <T>(read: () => Promise<T>): Promise<T> =>
    failing() ? Promise.reject(new Error('disk unplugged')) : read();
  const guardNow = <T>(read: () => T): T => {
    if (failing()) throw new Error('disk unplugged');
    return read();
  };
  return {
    eventsBetween: (kind, from, to) => guard(() => store.eventsBetween(kind, from, to)),
    attentionTotals: (spans) => guard(() => store.attentionTotals(spans)),
    privacySettings: () => guardNow(() => store.privacySettings()),
    updatePrivacySettings: (next) => guard(() => store.updatePrivacySettings(next)),
    deleteEndedBefore: (cutoff) => guard(() => store.deleteEndedBefore(cutoff)),
    countEndedBefore: (cutoff) => guard(() => store.countEndedBefore(cutoff)),
    deleteEverything: () => guard(() => store.deleteEverything()),
    readMeta: (key) => store.readMeta(key),
    writeMeta: (key, value) => store.writeMeta(key, value),
  };
}
