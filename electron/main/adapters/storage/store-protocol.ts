import { z } from 'zod';
import type { DayFacts } from '../../../core/reports/day-facts.ts';
import type { Span } from '../../../core/reports/intervals.ts';
import type { AppNotice } from '../../../shared/contract/app.ts';
import { privacySettingsSchema, type PrivacySettings } from '../../../shared/domain/privacy.ts';
import type { CrossingSegment, WeekView } from '../../../shared/contract/reports.ts';
import type { YearView } from '../../../shared/contract/views.ts';
import type { Settings } from '../../../shared/domain/settings.ts';
import type { Observation, StoredEvent, StoredEventKind } from '../../../shared/domain/usage.ts';
import type { WriteFailure } from '../write-failure.ts';

// The messages between the main process (store-client.ts) and the store's worker (store-worker.ts). Main-side
// code imports this file and the client only: everything else in this folder runs in the worker, beside SQLite.

/** The file the store keeps in the data folder. */
export const DATABASE_FILE = 'usage.sqlite';

/** Attention time of one app, site and profile within one requested span, from the rollup. */
export interface AttentionTotal {
  /** The start of the span it belongs to. */
  start: number;
  ms: number;
  /** App, site and profile only (no title); shared between buckets of the same app, site and profile. */
  data: Observation;
}

/** When a profile was active, as the schedule gives it. */
export interface ProfileSpan {
  start: number;
  end: number;
  profileId: string;
}

const EVENT_KINDS = ['window', 'presence', 'running', 'pause', 'clock'] as const satisfies StoredEventKind[];
const time = z.number().finite();
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const span = z.object({ start: time, end: time });
/** Events and facts are built by main's own code and arrive structured-cloned: their shape is checked by type. */
const events = z.custom<StoredEvent[]>((value) => Array.isArray(value));
const facts = z.custom<DayFacts[]>((value) => Array.isArray(value));
/** The settings main has in effect (concrete zone), as the settings service checked them. */
const settings = z.custom<Settings>((value) => typeof value === 'object' && value !== null);

/** Each request's arguments, by method; a request is `{ id, method, args }`. */
export const requestArgs = {
  eventsBetween: z.tuple([z.enum(EVENT_KINDS), time, time]),
  attentionTotals: z.tuple([z.array(span)]),
  /** Queues events for the next batch (the 2-second flush); answered at once, acked as written by `flush`. */
  write: z.tuple([events]),
  flush: z.tuple([]),
  writeFailure: z.tuple([]),
  /** The [from, to) of window events without a profile, or null: main computes the schedule over it. */
  unprofiledExtent: z.tuple([]),
  assignProfiles: z.tuple([z.array(z.object({ start: time, end: time, profileId: z.string() }))]),
  deleteEndedBefore: z.tuple([time]),
  countEndedBefore: z.tuple([time]),
  deleteEverything: z.tuple([]),
  dayFacts: z.tuple([day, day]),
  builtFactDays: z.tuple([day, day]),
  saveDayFacts: z.tuple([facts]),
  /** Turns dirty UTC days into deleted local days of this zone. */
  absorbFactChanges: z.tuple([z.string()]),
  invalidateFacts: z.tuple([z.array(day)]),
  dropFacts: z.tuple([]),
  firstEventStart: z.tuple([]),
  writeMeta: z.tuple([z.string(), z.string()]),
  updatePrivacySettings: z.tuple([privacySettingsSchema]),
  integrityCheck: z.tuple([]),
  /**
   * The Week or Month screen (`getWeekView`), computed in the worker with main's settings and "now"; from the
   * stored facts when the last argument says main synced them to these settings.
   */
  weekView: z.tuple([settings, time, z.object({ from: day, to: day }), z.boolean()]),
  /** Each crossing of a Week or Month range (`getCrossingList`), from the days that screen counts. */
  crossingList: z.tuple([settings, time, z.object({ from: day, to: day }), z.boolean()]),
  /**
   * Builds from the raw events and saves the facts of the ended days `from`..`to` that have none, with main's
   * settings and "now" (the facts service's background build: no event crosses to main); answers how many.
   */
  buildDayFacts: z.tuple([settings, time, day, day]),
  /** The Year screen (`getYearView`), from the stored facts of the year's days when the last argument says so. */
  yearView: z.tuple([settings, time, z.int().min(1970).max(9999), z.boolean()]),
  /** Commits what is queued and closes the database; the worker then ends. */
  close: z.tuple([]),
} as const;

export type StoreMethod = keyof typeof requestArgs;
export type ArgsOf<M extends StoreMethod> = z.infer<(typeof requestArgs)[M]>;

/** What each method answers. */
export interface StoreResults {
  eventsBetween: StoredEvent[];
  attentionTotals: AttentionTotal[];
  write: null;
  flush: number;
  writeFailure: WriteFailure | null;
  unprofiledExtent: Span | null;
  assignProfiles: number;
  deleteEndedBefore: number;
  countEndedBefore: number;
  deleteEverything: number;
  dayFacts: DayFacts[];
  builtFactDays: string[];
  saveDayFacts: null;
  absorbFactChanges: number;
  invalidateFacts: null;
  dropFacts: null;
  firstEventStart: number | null;
  writeMeta: null;
  updatePrivacySettings: PrivacySettings;
  integrityCheck: string;
  weekView: WeekView;
  crossingList: CrossingSegment[];
  buildDayFacts: number;
  yearView: YearView;
  close: null;
}

/** One request: a discriminated union on `method`, each with its own argument tuple. */
export const storeRequestSchema = z.discriminatedUnion(
  'method',
  Object.entries(requestArgs).map(([method, args]) =>
    z.object({ id: z.int().nonnegative(), method: z.literal(method as StoreMethod), args }),
  ) as unknown as [z.ZodObject<{ id: z.ZodNumber; method: z.ZodLiteral<StoreMethod>; args: z.ZodType }>],
);
export type StoreRequest = { [M in StoreMethod]: { id: number; method: M; args: ArgsOf<M> } }[StoreMethod];

/**
 * Why a request failed, as a code (never a thrown string): `write-failed` carries the disk's reason,
 * `store-stopped` means the worker is gone (crashed, killed or closed), `invalid-request` a message the protocol
 * refused, `invalid-input` a query a view refuses (a range too long), `internal` anything else (the message is for
 * logs only).
 */
export const STORE_ERROR_CODES = [
  'write-failed',
  'store-stopped',
  'invalid-request',
  'invalid-input',
  'internal',
] as const;
export type StoreErrorCode = (typeof STORE_ERROR_CODES)[number];
export interface StoreErrorData {
  code: StoreErrorCode;
  message: string;
  /** For `write-failed`: what the disk said. */
  failure?: WriteFailure;
}

/** What the worker sends: answers to requests, and news nobody asked for. */
export type StoreMessage =
  | { type: 'result'; id: number; ok: true; value: unknown }
  | { type: 'result'; id: number; ok: false; error: StoreErrorData }
  /** A full disk, a queue filled up, writing working again: the app shows these. */
  | { type: 'notice'; notice: AppNotice }
  /** Something to log (a failed commit); the store keeps the batch and retries. */
  | { type: 'log'; message: string }
  /** Every write sent up to `upTo` (the client's write sequence) is committed. */
  | { type: 'committed'; upTo: number; count: number };

/** How the worker opens the database; given once, as workerData. */
export interface StoreOpenOptions {
  directory: string;
  /** 'read-write' checks the file first (damaged, empty, newer) and recovers; 'read-only' never writes. */
  access: 'read-write' | 'read-only';
  /** When it is, for the name a damaged file is moved aside under. */
  now: number;
  flushIntervalMs?: number;
  maxPendingEvents?: number;
  queueBound?: { maxItems: number; maxFailingMs: number };
  /** Run on the connection right after it opens (tests cap its size with PRAGMA max_page_count). */
  openSql?: string;
}

/** What the worker found when it opened the database: sent once, before any answer. */
export type StoreOpened =
  | {
      type: 'opened';
      /** 'newer-database': written by a newer Balans, opened read-only and left untouched. */
      state: 'normal' | 'read-only' | 'newer-database';
      /** A database moved aside (damaged, empty, not a file), oldest first. */
      notices: AppNotice[];
      path: string;
      lastNumericId: number;
      privacy: PrivacySettings;
      meta: [string, string][];
    }
  | { type: 'open-failed'; message: string };
