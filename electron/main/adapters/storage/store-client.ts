import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { DayFacts } from '../../../core/reports/day-facts.ts';
import type { Span } from '../../../core/reports/intervals.ts';
import type { AppNotice } from '../../../shared/contract/app.ts';
import type { PrivacySettings } from '../../../shared/domain/privacy.ts';
import type { CrossingSegment, WeekView } from '../../../shared/contract/reports.ts';
import type { YearView } from '../../../shared/contract/views.ts';
import type { Settings } from '../../../shared/domain/settings.ts';
import type { StoredEvent, StoredEventKind, UsageSink } from '../../../shared/domain/usage.ts';
import { BalansError } from '../../../shared/result.ts';
import { WriteFailedError, type WriteFailure } from '../write-failure.ts';
import type { WeekQuery } from '../../services/report-service.ts';
import type {
  ArgsOf,
  AttentionTotal,
  ProfileSpan,
  StoreErrorCode,
  StoreErrorData,
  StoreMessage,
  StoreMethod,
  StoreOpened,
  StoreOpenOptions,
  StoreResults,
} from './store-protocol.ts';

/** How long start-up waits for the worker to open the database (a salvage of a damaged file included). */
const OPEN_TIMEOUT_MS = 120_000;
/** How long quitting waits for the last batch to be committed. */
const CLOSE_TIMEOUT_MS = 10_000;

/** A store request that failed for a reason other than the disk (the worker stopped, a refused message). */
export class StoreError extends BalansError {
  readonly storeCode: StoreErrorCode;
  constructor(storeCode: StoreErrorCode, message: string) {
    super(
      storeCode === 'store-stopped'
        ? 'unavailable'
        : storeCode === 'invalid-input'
          ? 'invalid-input'
          : 'internal',
      message,
    );
    this.storeCode = storeCode;
  }
}

export interface StoreClientOptions extends StoreOpenOptions {
  /** The worker's entry; default the store-worker file beside this one (.ts in sources, .js when built). */
  workerEntry?: URL | string;
  /** Told when writing fails, when the queue is full, when it works again and when the worker stops. */
  onNotice?: (notice: AppNotice) => void;
  /** Where the worker's failures are logged. */
  onError?: (message: string) => void;
}

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };

/** The variable naming the one-file bundle of the worker the test run makes (test/setup/store-worker-bundle.ts). */
export const STORE_WORKER_BUNDLE = 'BALANS_STORE_WORKER_BUNDLE';

/**
 * Built, the worker is store-worker.js beside this file. From sources (tests, benches) it is store-worker.ts, or the
 * bundle named in STORE_WORKER_BUNDLE. The built app never reads that variable.
 */
export const defaultWorkerEntry = (): URL | string => {
  if (!import.meta.url.endsWith('.ts')) return new URL('./store-worker.js', import.meta.url);
  return process.env[STORE_WORKER_BUNDLE] || new URL('./store-worker.ts', import.meta.url);
};

/**
 * The usage store as main sees it: every SQL statement runs in the store's worker (store-worker.ts); this side
 * sends typed requests and answers with Promises. What must be answered at once is answered from memory: event
 * ids (handed out here, after the highest the worker found), the privacy settings and the small meta documents
 * (copies kept here and written through). `write` queues without waiting; `flush` resolves once what was written
 * before it is committed. Opening and closing wait for the worker (start-up and quitting must be synchronous).
 */
export class StoreClient implements UsageSink {
  readonly path: string;
  /** What the worker found when it opened the file: moved aside, newer, read-only. */
  readonly opened: Extract<StoreOpened, { type: 'opened' }>;
  private readonly entry: URL | string;
  private readonly open: StoreOpenOptions;
  private worker: Worker;
  private port: MessagePort;
  private signal: Int32Array;
  /** Writes sent but not yet committed, oldest first: sent again to a worker started after a crash. */
  private readonly unacked: { seq: number; events: StoredEvent[] }[] = [];
  private readonly pending = new Map<number, Pending>();
  private readonly meta: Map<string, string>;
  private readonly onNotice: (notice: AppNotice) => void;
  private readonly onError: (message: string) => void;
  private privacy: PrivacySettings;
  private lastEventId: number;
  private nextRequest = 0;
  private barrier: Promise<unknown> | null = null;
  private stopped: StoreError | null = null;
  private closing = false;

  private constructor(options: StoreClientOptions) {
    const { workerEntry, onNotice, onError, ...open } = options;
    this.onNotice = onNotice ?? (() => {});
    this.onError = onError ?? ((message) => console.error('Balans: usage store', message));
    this.entry = workerEntry ?? defaultWorkerEntry();
    this.open = open;
    const started = this.spawn();
    if (started.opened.type !== 'opened') {
      throw new Error(`The usage store could not be opened: ${started.opened.message}`);
    }
    this.opened = started.opened;
    this.path = started.opened.path;
    this.privacy = started.opened.privacy;
    this.meta = new Map(started.opened.meta);
    this.lastEventId = started.opened.lastNumericId;
    ({ worker: this.worker, port: this.port, signal: this.signal } = started);
    this.listen();
  }

  /** Starts a worker and waits (blocking, like opening a file) until it has opened the database or failed. */
  private spawn(): { worker: Worker; port: MessagePort; signal: Int32Array; opened: StoreOpened } {
    const signal = new Int32Array(new SharedArrayBuffer(4));
    const { port1, port2 } = new MessageChannel();
    const worker = new Worker(this.entry, {
      workerData: { port: port2, signal, options: this.open },
      transferList: [port2],
    });
    Atomics.wait(signal, 0, 0, OPEN_TIMEOUT_MS);
    const opened = (receiveMessageOnPort(port1)?.message as StoreOpened | undefined) ?? {
      type: 'open-failed',
      message: 'the worker did not answer',
    };
    if (opened.type !== 'opened') {
      void worker.terminate();
      port1.close();
    }
    return { worker, port: port1, signal, opened };
  }

  private listen(): void {
    const worker = this.worker;
    this.port.on('message', (message: StoreMessage) => this.receive(message));
    worker.on('error', (error) => this.lost(worker, `the worker failed: ${error.message}`));
    worker.on('exit', (code) => this.lost(worker, `the worker exited with code ${code}`));
    this.idle();
  }

  /**
   * The worker ended without being closed (a crash, a kill): requests it had not answered fail with
   * `store-stopped`, and a new worker opens the file and is sent again every write not yet committed, so only
   * what SQLite had not committed (and had not been acked by `flush`) is at stake, and none of it is dropped here.
   */
  private lost(worker: Worker, why: string): void {
    if (worker !== this.worker || this.stopped || this.closing) return;
    const error = new StoreError('store-stopped', `The usage store stopped: ${why}`);
    this.onError(error.message);
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
    this.port.close();
    const started = this.spawn();
    if (started.opened.type !== 'opened') {
      this.stopped = error;
      this.onNotice({ level: 'error', key: 'storage.stopped', values: {} });
      return;
    }
    ({ worker: this.worker, port: this.port, signal: this.signal } = started);
    this.privacy = started.opened.privacy;
    this.meta.clear();
    for (const [key, value] of started.opened.meta) this.meta.set(key, value);
    this.lastEventId = Math.max(this.lastEventId, started.opened.lastNumericId);
    this.listen();
    const unacked = this.unacked.splice(0);
    for (const write of unacked) this.sendWrite(write.events);
    this.onNotice({ level: 'warning', key: 'storage.restarted', values: {} });
  }

  /** Starts the store's worker and waits until it has opened (checked, recovered, migrated) the database. */
  static open(options: StoreClientOptions): StoreClient {
    return new StoreClient(options);
  }

  /** A fresh compact event id, after every id in the file. */
  nextEventId(): string {
    return String(++this.lastEventId);
  }

  /** Queues events for the worker's next batch (committed within its flush interval); never waits or throws. */
  write(events: readonly StoredEvent[]): void {
    if (this.stopped || events.length === 0) return;
    for (const event of events) {
      const numeric = /^[1-9]\d{0,15}$/.test(event.id) ? Number(event.id) : 0;
      if (numeric > this.lastEventId) this.lastEventId = numeric;
    }
    this.sendWrite([...events]);
  }

  private sendWrite(events: StoredEvent[]): void {
    this.unacked.push({ seq: this.post('write', [events]), events });
  }

  /** Commits everything written before it; resolves with how many events were committed. */
  flush(): Promise<number> {
    const done = this.call('flush', []);
    // The tracker flushes without waiting (sleep, pause); a failure is reported by notice and kept queued.
    done.catch(() => {});
    return done;
  }

  writeFailure = (): Promise<WriteFailure | null> => this.call('writeFailure', []);

  eventsBetween<K extends StoredEventKind>(
    kind: K,
    from: number,
    to: number,
  ): Promise<Extract<StoredEvent, { kind: K }>[]> {
    return this.call('eventsBetween', [kind, from, to]) as Promise<Extract<StoredEvent, { kind: K }>[]>;
  }

  attentionTotals = (spans: readonly Span[]): Promise<AttentionTotal[]> =>
    this.call('attentionTotals', [spans.map(({ start, end }) => ({ start, end }))]);

  /**
   * Gives window events recorded without a profile the one the schedule gives; other requests wait until it is
   * done, so nothing reads those events half assigned.
   */
  assignProfiles(profilesBetween: (from: number, to: number) => ProfileSpan[]): Promise<number> {
    const run = (async () => {
      const extent = await this.send('unprofiledExtent', []);
      if (!extent) return 0;
      return this.send('assignProfiles', [profilesBetween(extent.start, extent.end)]);
    })();
    const barrier = run.catch(() => undefined);
    this.barrier = barrier;
    void barrier.then(() => {
      if (this.barrier === barrier) this.barrier = null;
    });
    return run;
  }

  deleteEndedBefore = (cutoff: number): Promise<number> => this.call('deleteEndedBefore', [cutoff]);
  countEndedBefore = (cutoff: number): Promise<number> => this.call('countEndedBefore', [cutoff]);
  /** Deletes every event, those still queued included (so none is sent again after a crash). */
  deleteEverything = (): Promise<number> => {
    this.unacked.length = 0;
    return this.call('deleteEverything', []);
  };
  dayFacts = (from: string, to: string): Promise<DayFacts[]> => this.call('dayFacts', [from, to]);
  builtFactDays = async (from: string, to: string): Promise<Set<string>> =>
    new Set(await this.call('builtFactDays', [from, to]));
  saveDayFacts = async (days: readonly DayFacts[]): Promise<void> =>
    void (await this.call('saveDayFacts', [days as DayFacts[]]));
  absorbFactChanges = (zone: string): Promise<number> => this.call('absorbFactChanges', [zone]);
  invalidateFacts = async (days: readonly string[]): Promise<void> =>
    void (await this.call('invalidateFacts', [[...days]]));
  dropFacts = async (): Promise<void> => void (await this.call('dropFacts', []));
  firstEventStart = (): Promise<number | null> => this.call('firstEventStart', []);
  integrityCheck = (): Promise<string> => this.call('integrityCheck', []);

  /** The Week or Month screen, computed in the worker by the report service with these settings and "now". */
  weekView = (settings: Settings, now: number, query: WeekQuery, facts: boolean): Promise<WeekView> =>
    this.call('weekView', [settings, now, { from: query.from, to: query.to }, facts]);

  crossingList = (
    settings: Settings,
    now: number,
    query: WeekQuery,
    facts: boolean,
  ): Promise<CrossingSegment[]> =>
    this.call('crossingList', [settings, now, { from: query.from, to: query.to }, facts]);

  /** Builds and saves, in the worker, the facts of the ended days from..to that have none; answers how many. */
  buildDayFacts = (settings: Settings, now: number, from: string, to: string): Promise<number> =>
    this.call('buildDayFacts', [settings, now, from, to]);

  /** The Year screen, computed in the worker from the year's days' facts with these settings and "now". */
  yearView = (settings: Settings, now: number, year: number, facts: boolean): Promise<YearView> =>
    this.call('yearView', [settings, now, year, facts]);

  /** A small document kept in the database, answered from the copy kept here. */
  readMeta(key: string): string | null {
    return this.meta.get(key) ?? null;
  }

  /** Keeps the document here at once and in the database; a refused write puts the old copy back. */
  async writeMeta(key: string, value: string): Promise<void> {
    const before = this.meta.get(key);
    this.meta.set(key, value);
    try {
      await this.call('writeMeta', [key, value]);
    } catch (error) {
      if (this.meta.get(key) === value) {
        if (before === undefined) this.meta.delete(key);
        else this.meta.set(key, before);
      }
      throw error;
    }
  }

  privacySettings(): PrivacySettings {
    return structuredClone(this.privacy);
  }

  async updatePrivacySettings(next: PrivacySettings): Promise<PrivacySettings> {
    this.privacy = await this.call('updatePrivacySettings', [next]);
    return this.privacySettings();
  }

  /**
   * Commits what is queued and closes the database, waiting for the worker (quitting cannot await: the operating
   * system may end the session). Later requests answer `store-stopped`.
   */
  close(): void {
    if (this.stopped || this.closing) return;
    this.closing = true;
    this.worker.ref();
    this.post('close', []);
    Atomics.wait(this.signal, 0, 1, CLOSE_TIMEOUT_MS);
    // Settle every answer already sent (reads and flushes made before the close) before the port closes.
    for (let next = receiveMessageOnPort(this.port); next; next = receiveMessageOnPort(this.port))
      this.receive(next.message as StoreMessage);
    this.stop('the store was closed');
    this.port.close();
    // Its database is closed: end the thread too, so no idle SQLite worker is left for the process's exit to tear
    // down (a test process with dozens of them crashed there once, SIGSEGV).
    void this.worker.terminate();
  }

  /** Ends the worker at once, as a crash would; the client starts another (tests). */
  kill(): Promise<number> {
    return this.worker.terminate();
  }

  private call<M extends StoreMethod>(method: M, args: ArgsOf<M>): Promise<StoreResults[M]> {
    if (this.barrier) return this.barrier.then(() => this.send(method, args));
    return this.send(method, args);
  }

  private send<M extends StoreMethod>(method: M, args: ArgsOf<M>): Promise<StoreResults[M]> {
    if (this.stopped) return Promise.reject(this.stopped);
    return new Promise((resolve, reject) => {
      const id = this.post(method, args);
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.worker.ref();
    });
  }

  private post<M extends StoreMethod>(method: M, args: ArgsOf<M>): number {
    const id = ++this.nextRequest;
    this.port.postMessage({ id, method, args });
    return id;
  }

  private receive(message: StoreMessage): void {
    switch (message.type) {
      case 'result': {
        const waiting = this.pending.get(message.id);
        if (!waiting) {
          if (!message.ok) this.onError(`${message.error.code}: ${message.error.message}`);
          return;
        }
        this.pending.delete(message.id);
        this.idle();
        if (message.ok) waiting.resolve(message.value);
        else waiting.reject(errorOf(message.error));
        return;
      }
      case 'notice':
        this.onNotice(message.notice);
        return;
      case 'log':
        this.onError(message.message);
        return;
      case 'committed':
        while (this.unacked.length > 0 && this.unacked[0]!.seq <= message.upTo) this.unacked.shift();
        return;
    }
  }

  /** The worker keeps the process alive only while an answer is awaited (like the store's unref'd timers). */
  private idle(): void {
    if (this.pending.size === 0 && !this.closing) this.worker.unref();
  }

  private stop(why: string): void {
    this.stopped ??= new StoreError('store-stopped', `The usage store stopped: ${why}`);
    for (const waiting of this.pending.values()) waiting.reject(this.stopped);
    this.pending.clear();
  }
}

/** The error a failed request becomes on main: a full or read-only disk as `unavailable` with its reason. */
function errorOf(error: StoreErrorData): Error {
  if (error.code === 'write-failed') return new WriteFailedError('The usage database', error.failure ?? null);
  return new StoreError(error.code, error.message);
}
