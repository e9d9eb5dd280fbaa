import type { StoreClient } from '../../electron/main/adapters/storage/store-client.ts';
import type { HostSource } from '../host/compose-host.ts';

/**
 * The store client without its worker's views and facts: the services then compute every view on main from the
 * raw events, as before the worker (the comparison path of the view tests).
 */
export const readsOnly = (store: StoreClient): HostSource & Pick<StoreClient, 'assignProfiles'> => ({
  assignProfiles: (profilesBetween) => store.assignProfiles(profilesBetween),
  eventsBetween: (kind, from, to) => store.eventsBetween(kind, from, to),
  attentionTotals: (spans) => store.attentionTotals(spans),
  privacySettings: () => store.privacySettings(),
  updatePrivacySettings: (next) => store.updatePrivacySettings(next),
  deleteEndedBefore: (cutoff) => store.deleteEndedBefore(cutoff),
  countEndedBefore: (cutoff) => store.countEndedBefore(cutoff),
  deleteEverything: () => store.deleteEverything(),
  readMeta: (key) => store.readMeta(key),
  writeMeta: (key, value) => store.writeMeta(key, value),
});
