import { type MessagePort, workerData } from 'node:worker_threads';
import { BalansError } from '../../../shared/result.ts';
import { WriteFailedError, writeFailureOf } from '../write-failure.ts';
import { openUsageDatabase } from './open-usage-database.ts';
import {
  storeRequestSchema,
  type ArgsOf,
  type StoreErrorData,
  type StoreMessage,
  type StoreMethod,
  type StoreOpened,
  type StoreOpenOptions,
  type StoreResults,
} from './store-protocol.ts';
import type { UsageStore } from './usage-store.ts';
import {
  buildDayFactsInWorker,
  crossingListInWorker,
  weekViewInWorker,
  yearViewInWorker,
} from './worker-views.ts';

// The store's worker: it owns the one SQLite connection and runs the store (the single writer, its 2-second
// batches and queue bounds) off the main thread. Requests are answered in the order they arrive.

interface WorkerInput {
  port: MessagePort;
  /** Set to 1 (and notified) once `opened` is posted, and to 2 once closed: the client may wait on it. */
  signal: Int32Array;
  options: StoreOpenOptions;
}

type Handlers = { [M in StoreMethod]: (...args: ArgsOf<M>) => StoreResults[M] | Promise<StoreResults[M]> };

const { port, signal, options } = workerData as WorkerInput;
/** The client's sequence number of the last write taken in; a commit covers every write up to it. */
let lastWrite = 0;
let store: UsageStore;

const send = (message: StoreMessage | StoreOpened) => port.postMessage(message);
const raise = (state: number) => {
  Atomics.store(signal, 0, state);
  Atomics.notify(signal, 0);
};

try {
  const opened = openUsageDatabase({
    directory: options.directory,
    access: options.access,
    now: options.now,
    ...(options.flushIntervalMs !== undefined && { flushIntervalMs: options.flushIntervalMs }),
    ...(options.maxPendingEvents !== undefined && { maxPendingEvents: options.maxPendingEvents }),
    ...(options.queueBound && { queueBound: options.queueBound }),
    ...(options.openSql && { onOpen: (db) => db.exec(options.openSql!) }),
    onNotice: (notice) => send({ type: 'notice', notice }),
    onError: (error) =>
      send({ type: 'log', message: error instanceof Error ? error.message : String(error) }),
    onFlush: (count) => send({ type: 'committed', upTo: lastWrite, count }),
  });
  store = opened.store;
  send({
    type: 'opened',
    state: opened.state,
    notices: opened.notices,
    path: store.path,
    lastNumericId: store.lastEventId,
    privacy: store.privacySettings(),
    meta: store.allMeta(),
  });
  raise(1);
} catch (error) {
  send({ type: 'open-failed', message: error instanceof Error ? error.message : String(error) });
  raise(1);
  port.close();
  process.exit(1);
}

/** Runs a request that answers nothing but that it is done. */
const done = (run: () => void): null => {
  run();
  return null;
};

const handlers: Handlers = {
  eventsBetween: (kind, from, to) => store.eventsBetween(kind, from, to),
  attentionTotals: (spans) => store.attentionTotals(spans),
  write: (events) => done(() => store.write(events)),
  flush: () => store.flush(),
  writeFailure: () => store.writeFailure(),
  unprofiledExtent: () => store.unprofiledExtent(),
  assignProfiles: (spans) =>
    store.assignProfiles((from, to) => spans.filter((span) => span.end > from && span.start < to)),
  deleteEndedBefore: (cutoff) => store.deleteEndedBefore(cutoff),
  countEndedBefore: (cutoff) => store.countEndedBefore(cutoff),
  deleteEverything: () => store.deleteEverything(),
  dayFacts: (from, to) => store.dayFacts(from, to),
  builtFactDays: (from, to) => [...store.builtFactDays(from, to)],
  saveDayFacts: (days) => done(() => store.saveDayFacts(days)),
  absorbFactChanges: (zone) => store.absorbFactChanges(zone),
  invalidateFacts: (days) => done(() => store.invalidateFacts(days)),
  dropFacts: () => done(() => store.dropFacts()),
  firstEventStart: () => store.firstEventStart(),
  writeMeta: (key, value) => done(() => store.writeMeta(key, value)),
  updatePrivacySettings: (next) => store.updatePrivacySettings(next),
  integrityCheck: () => store.integrityCheck(),
  weekView: (settings, now, query, facts) => weekViewInWorker(store, settings, now, query, facts),
  crossingList: (settings, now, query, facts) => crossingListInWorker(store, settings, now, query, facts),
  buildDayFacts: (settings, now, from, to) => buildDayFactsInWorker(store, settings, now, from, to),
  yearView: (settings, now, year, facts) => yearViewInWorker(store, settings, now, year, facts),
  close: () => done(() => store.close()),
};

/** A failure as a code the client turns back into the error main's services throw. */
function errorData(error: unknown): StoreErrorData {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof WriteFailedError) return { code: 'write-failed', message, failure: error.failure };
  // A view's own refusal (a range too long): the code main's services throw, kept.
  if (error instanceof BalansError && error.code === 'invalid-input')
    return { code: 'invalid-input', message };
  if (error instanceof BalansError && error.code === 'unavailable') return { code: 'write-failed', message };
  // A write SQLite refused outside a batch (a meta document on a full disk).
  if (typeof (error as { errcode?: unknown } | null)?.errcode === 'number')
    return { code: 'write-failed', message, failure: writeFailureOf(error) };
  return { code: 'internal', message };
}

port.on('message', (raw: unknown) => {
  const parsed = storeRequestSchema.safeParse(raw);
  if (!parsed.success) {
    const id = typeof (raw as { id?: unknown })?.id === 'number' ? (raw as { id: number }).id : -1;
    send({
      type: 'result',
      id,
      ok: false,
      error: { code: 'invalid-request', message: parsed.error.message },
    });
    return;
  }
  const request = parsed.data as { id: number; method: StoreMethod; args: unknown[] };
  if (request.method === 'write') lastWrite = request.id;
  const fail = (error: unknown) =>
    send({ type: 'result', id: request.id, ok: false, error: errorData(error) });
  try {
    const handler = handlers[request.method] as (...args: unknown[]) => unknown;
    const value = handler(...request.args);
    // A view is async but reads only what answers at once: it is done (microtasks) before the next message.
    if (value instanceof Promise)
      value.then(
        (result: unknown) => send({ type: 'result', id: request.id, ok: true, value: result }),
        fail,
      );
    else send({ type: 'result', id: request.id, ok: true, value });
  } catch (error) {
    fail(error);
  }
  if (request.method === 'close') {
    raise(2);
    port.close();
  }
});
