import type { Clock } from '../core/clock.ts';
import type { Scheduler } from '../core/scheduler.ts';
import { profileReader } from '../core/schedule/profile-at.ts';
import { scheduledIntervals } from '../core/schedule/scheduled-intervals.ts';
import { windowBands } from '../core/schedule/window-bands.ts';
import type { AppInfo, AppNotice, LocaleAndZone } from '../shared/contract/app.ts';
import { languageFor } from '../shared/i18n/languages.ts';
import type { Observation } from '../shared/domain/usage.ts';
import { createEventBus } from './events/event-bus.ts';
import { createPrivacyService, type PrivacyStore } from './services/privacy-service.ts';
import { createReportService, type ReportStore, type WeekQuery } from './services/report-service.ts';
import type { CrossingSegment, WeekView } from '../shared/contract/reports.ts';
import type { YearView } from '../shared/contract/views.ts';
import { SettingsService, type SettingsPersistence } from './services/settings-service.ts';
import type { BoundaryPreferences } from '../shared/domain/boundaries.ts';
import type { BoundaryMemory } from '../shared/domain/boundary-memory.ts';
import type { ParentLockStore } from './adapters/parent-lock/lock-file.ts';
import { metaLockStore, metaTamperLog, type MetaStore } from './adapters/parent-lock/lock-records.ts';
import type { ScryptParams } from '../shared/domain/parent-lock.ts';
import type { BoundaryOutputs } from './services/boundary-outputs.ts';
import { createBoundaryLoop } from './services/boundary-loop.ts';
import { createPauseService, type TrackingPauses } from './services/pause-service.ts';
import { createTodayUsage, type RecordedSink } from './services/today-usage.ts';
import { createParentLock } from './services/parent-lock-service.ts';
import { createParentGuard } from './services/parent-guard.ts';
import { pinPauseProofs } from './services/pin-pause-proofs.ts';
import { scheduleCopy } from './services/schedule-copy.ts';
import { createTodayService } from './services/today-service.ts';
import { createFactsService, type FactsStore } from './services/facts-service.ts';
import { createViewsService } from './services/views-service.ts';
import { createLimitService } from './services/limit-service.ts';
import { createRulesService } from './services/rules-service.ts';
import { trackingPrivacyOf, type TrackingPrivacy } from '../core/tracking/privacy.ts';
import type { TrackingStatus } from '../shared/contract/tracking.ts';
import { memoryStartAtLogin, type StartAtLogin } from './services/start-at-login.ts';
import type { Settings } from '../shared/domain/settings.ts';
import type { StartupReport } from './startup/open-data-folder.ts';
import type { ProfileSpan } from './adapters/storage/store-protocol.ts';
import { StoreError } from './adapters/storage/store-client.ts';

/** Where events recorded without their profile (from before it was recorded) get the schedule's. */
export interface ProfileStore {
  assignProfiles(profilesBetween: (from: number, to: number) => ProfileSpan[]): Promise<number>;
}

/** A store that computes the Week/Month and Year views beside its data (the store client: in its worker). */
export interface ViewStore {
  weekView(settings: Settings, now: number, query: WeekQuery, facts: boolean): Promise<WeekView>;
  crossingList(settings: Settings, now: number, query: WeekQuery, facts: boolean): Promise<CrossingSegment[]>;
  yearView(settings: Settings, now: number, year: number, facts: boolean): Promise<YearView>;
}

/** The tracker's idle threshold from the settings (minutes there, ms in the tracker). */
const idleMs = (settings: Settings) => settings.idleThresholdMinutes * 60_000;

export interface AppServiceDeps {
  clock: Clock;
  /** The timers every service waits on (the boundary loop's steps). */
  scheduler: Scheduler;
  appInfo: AppInfo;
  /** The usage store behind reports and privacy controls; it also keeps the parent lock's mirror. */
  store: ReportStore &
    PrivacyStore &
    MetaStore &
    Partial<ProfileStore> &
    Partial<FactsStore> &
    Partial<ViewStore>;
  /**
   * Views computed from the raw events every time, the per-day facts never kept (the benches' comparison with the
   * path before the facts). A store without the facts tables works this way too.
   */
  rawReports?: boolean;
  /** Where settings are kept. */
  settingsStore: SettingsPersistence;
  /** Active-app tracking, where this host runs it (the Electron app does; the development host need not). */
  tracking?: {
    status(): TrackingStatus;
    setPrivacy(privacy: TrackingPrivacy): void;
    setIdleThreshold(ms: number): void;
  } & TrackingPauses;
  /** Whether the app starts at login (Electron's login items; in memory when omitted). */
  startAtLogin?: StartAtLogin;
  /** Asks the app to quit (Electron's `app.quit`, guarded in the lifecycle); nothing where the host has no app. */
  quit?: () => void;
  /** What start-up found in the data folder (read-only mode, a database moved aside); normal when omitted. */
  startup?: StartupReport;
  /** The computer's IANA zone, used when the settings say 'system'. */
  zone: () => string;
  /** What boundaries need besides the settings: the app in front of the user, where pauses go, what they act on. */
  boundaries: {
    /** Replaces the preferences kept in the settings (the family's message, the pause budget); tests use it. */
    preferences?: () => BoundaryPreferences;
    observe: () => Observation | null;
    /** Where the tracker's events and the pause records go; today's running total hears every write. */
    sink: RecordedSink;
    outputs: BoundaryOutputs;
    lockStore: ParentLockStore;
    scrypt?: ScryptParams;
    memory?: BoundaryMemory;
    saveMemory?: (memory: BoundaryMemory) => void;
    /** Told when the saved memory could not be read and boundaries started fresh. */
    memoryNotice?: AppNotice | null;
  };
}

/**
 * Builds every service from its adapters. Electron-free, so the Electron composition root and the development/test
 * host run exactly the same services; only the adapters passed in differ.
 */
export function createAppServices(deps: AppServiceDeps) {
  const events = createEventBus();
  const startup: StartupReport = deps.startup ?? { mode: 'normal', folder: '', notices: [] };
  const notices: AppNotice[] = [...startup.notices];
  const notify = (notice: AppNotice) => {
    notices.push(notice);
    events.emit('notice', notice);
  };
  // Services built after the settings service that must hear of a settings change.
  const onSettingsChange: (() => void)[] = [];
  const { lockStore, scrypt, memoryNotice, ...boundaryDeps } = deps.boundaries;
  // The settings service is made below; the lock reads its marker only when asked, after that.
  const marker = {
    get: () => settings.parentLockMarker(),
    set: (fingerprint: string) => settings.setParentLockMarker(fingerprint),
  };
  const parentLock = createParentLock({
    store: lockStore,
    mirror: metaLockStore(deps.store),
    marker,
    tampers: metaTamperLog(deps.store),
    onTamperSeen: (records) =>
      notify({ level: 'warning', key: 'parentLock.tamperedNotice', values: { count: records.length } }),
    clock: deps.clock,
    ...(scrypt ? { scrypt } : {}),
  });
  const guard = createParentGuard({ lock: parentLock, clock: deps.clock, zone: deps.zone });
  const schedule = scheduleCopy({ meta: deps.store, lock: parentLock, clock: deps.clock, zone: deps.zone });
  const settings: SettingsService = new SettingsService({
    guard: (change) => guard.check(change),
    store: deps.settingsStore,
    clock: deps.clock,
    notify,
    systemZone: deps.zone,
    onChange: (next) => {
      if (next.idleThresholdMinutes !== current.idleThresholdMinutes)
        deps.tracking?.setIdleThreshold(idleMs(next));
      current = next;
      schedule.save(next);
      events.emit('settingsChanged', next);
      onSettingsChange.forEach((listener) => listener());
    },
  });
  let current = settings.getSettings();
  deps.tracking?.setIdleThreshold(idleMs(current));
  // Core and the renderer only ever see a concrete zone (SettingsService.effectiveSettings resolves it) and a
  // concrete language (resolved here); the renderer asks for both with getLocaleAndZone.
  const zone = () => settings.effectiveSettings().timeZone;
  const localeAndZone = (): LocaleAndZone => ({
    locale: languageFor(current.language === 'system' ? deps.appInfo.locale : current.language),
    zone: zone(),
  });
  const scheduleSettings = (): Settings => settings.effectiveSettings();
  const profileAt = profileReader(scheduleSettings);
  const intervals = (from: number, to: number) => scheduledIntervals(scheduleSettings(), from, to);
  const bands = (from: number, to: number) => windowBands(scheduleSettings(), from, to);
  // Events from before the profile was recorded get the schedule's profile, once. Where the store cannot write
  // (read-only start) they keep none and count for no profile's own totals until a later start can write. The
  // store holds back every other request until this is done.
  deps.store
    .assignProfiles?.((from, to) =>
      intervals(from, to).flatMap((i) =>
        i.kind === 'profile' && i.profileId !== undefined ? [{ ...i, profileId: i.profileId }] : [],
      ),
    )
    .catch((error: unknown) => console.error('Balans: could not give older events their profile', error));
  // Reports read the rules as they are now, with each event's own profile: a rule change re-colours history.
  const shared = {
    clock: deps.clock,
    zone,
    categorise: (observation: Observation) => settings.rules().categorise(observation),
    readsTitles: () => settings.rules().readsTitles,
  };
  const reportsHere = createReportService({
    ...shared,
    store: deps.store,
    intervals,
    windowBands: bands,
    profileIds: () => current.profiles.map((p) => p.id),
  });
  const factsStore = deps.store as ReportStore & MetaStore & Partial<FactsStore>;
  const facts = createFactsService({
    store: factsStore as FactsStore,
    clock: deps.clock,
    settings: scheduleSettings,
    categorise: shared.categorise,
    intervals,
    onProgress: (progress) => events.emit('factsProgress', progress),
    raw: deps.rawReports === true || typeof factsStore.dayFacts !== 'function',
  });
  // The Week and Month screens are composed from the days' facts in the store's worker, with the same report
  // service and the settings in effect now, so main only routes the call (a store without a worker answers here).
  // It runs inside the facts service's lock, once the tables are in line with those settings: no drop,
  // invalidation or rebuild step of main's runs while the worker reads and saves days.
  const viewStore = deps.store.weekView && deps.store.crossingList ? (deps.store as ViewStore) : null;
  const yearInWorker = deps.store.yearView;
  const inWorker =
    <T>(ask: (settings: Settings, now: number, query: WeekQuery, facts: boolean) => Promise<T>) =>
    (query: WeekQuery) =>
      facts.synced((settings, useFacts) =>
        ask(settings, deps.clock.now(), { from: query.from, to: query.to }, useFacts),
      );
  const reports: typeof reportsHere = viewStore
    ? {
        ...reportsHere,
        getWeekView: inWorker((...args) => viewStore.weekView(...args)),
        getCrossingList: inWorker((...args) => viewStore.crossingList(...args)),
      }
    : reportsHere;
  const today = createTodayService({ ...shared, reports });
  const profileIds = () => current.profiles.map((p) => p.id);
  // Missing or stale days are built in the background from now on, and again after every settings change.
  const refreshFacts = () =>
    void facts.refresh().catch((error: unknown) => {
      // A store that stopped (closed while building, or its worker lost) has said so itself.
      if (!(error instanceof StoreError && error.storeCode === 'store-stopped'))
        console.error('Balans: could not build the facts', error);
    });
  refreshFacts();
  onSettingsChange.push(refreshFacts);
  // Stored window events of a span, answered by the store's worker.
  const readWindows = (from: number, to: number) => deps.store.eventsBetween('window', from, to);
  const todayUsage = createTodayUsage({
    clock: deps.clock,
    zone: () => scheduleSettings().timeZone,
    read: readWindows,
  });
  boundaryDeps.sink.onRecorded((events) => todayUsage.record(events));
  const limits = createLimitService({
    clock: deps.clock,
    settings: scheduleSettings,
    rules: () => settings.rules(),
    today: () => todayUsage.events(),
    read: readWindows,
  });
  const rules = createRulesService({
    clock: deps.clock,
    attention: (range) => reports.attentionBetween(range),
    rules: () => settings.rules(),
    settings: () => current,
  });
  const views = createViewsService({
    clock: deps.clock,
    zone,
    store: deps.store,
    facts,
    reportsOver: (store) => {
      const over = createReportService({ ...shared, store, intervals, windowBands: bands, profileIds });
      return { reports: over, today: createTodayService({ ...shared, reports: over }) };
    },
    limits,
    weekView: (query) => reports.getWeekView(query),
    settings: () => settings.getSettings(),
    schedule: () => settings.scheduleState(1),
    profileIds,
    // The Year view in the store's worker too: main builds the missing ended days in chunks (in the lock) and
    // the worker sums the year's stored facts, so main never deserialises 365 days of them.
    ...(yearInWorker && {
      yearView: (year: number) =>
        facts.synced(
          (settings, useFacts) => yearInWorker.call(deps.store, settings, deps.clock.now(), year, useFacts),
          { from: `${year}-01-01`, to: `${year}-12-31` },
        ),
    }),
  });
  if (memoryNotice) notify(memoryNotice);
  const privacy = createPrivacyService({
    store: deps.store,
    clock: deps.clock,
    // Exclusions and "don't record titles" take effect in the tracker at once, not at the next start.
    onChange: (next) => deps.tracking?.setPrivacy(trackingPrivacyOf(next)),
    authorise: (change, pin) => guard.authorise(change, pin),
  });
  const tracking = {
    status: (): TrackingStatus =>
      startup.mode === 'read-only'
        ? { state: 'unavailable', reason: 'the data folder cannot be written', code: 'read-only' }
        : (deps.tracking?.status() ?? { state: 'stopped' }),
  };
  const proofs = pinPauseProofs({ meta: deps.store, lock: parentLock });
  const saveMemory = deps.boundaries.saveMemory;
  const tracker = deps.tracking;
  const preferences =
    deps.boundaries.preferences ??
    (() => ({
      familyMessage: current.familyMessage,
      pauseBudget: {},
      defaultPauseBudget: current.pauseBudget,
    }));
  const { sink, ...loopDeps } = boundaryDeps;
  const boundaries = createBoundaryLoop({
    ...loopDeps,
    preferences,
    settings: scheduleSettings,
    rules: () => settings.rules(),
    clock: deps.clock,
    scheduler: deps.scheduler,
    today: () => todayUsage.events(),
    beforeStart: () => todayUsage.seed(),
    ...(saveMemory
      ? {
          saveMemory: (memory: BoundaryMemory) => {
            proofs.prove(memory);
            saveMemory(memory);
          },
        }
      : {}),
    events,
    parentLock: {
      load: () => parentLock.load(),
      pinSet: () => parentLock.pinSet(),
      vetMemory: (memory) => {
        // At start, with the lock read: a settings file weakened from outside is put back first.
        const weakened = schedule.weakenedFrom(current);
        if (weakened) settings.restoreSchedule(weakened);
        schedule.save(current);
        return proofs.vet(memory);
      },
    },
  });
  const pauses = createPauseService({
    clock: deps.clock,
    settings: scheduleSettings,
    preferences,
    sink,
    authorise: (change, pin) => guard.authorise(change, pin),
    loop: boundaries,
    // Pauses that stop tracking are the tracker's to record, so it really stops and only one pause is recorded.
    ...(tracker
      ? { tracking: { pause: (request) => tracker.pause(request), resume: () => tracker.resume() } }
      : {}),
  });
  parentLock.onChange(() => {
    schedule.save(current);
    if (boundaries.isRunning()) boundaries.recompute();
  });
  // A new window, profile or budget takes effect now, not at the boundary service's next tick.
  onSettingsChange.push(() => {
    if (boundaries.isRunning()) boundaries.recompute();
  });
  return {
    appInfo: deps.appInfo,
    startup,
    /** The profile active at an instant; the tracker records it with each window event. */
    profileAt,
    localeAndZone,
    notices: () => [...notices],
    /** Tells the user something the shell or the store found (no tray on this desktop, a full disk). */
    notify,
    quit: () => deps.quit?.(),
    events,
    settings,
    today,
    limits,
    reports,
    facts,
    views,
    privacy,
    tracking,
    parentLock,
    guard,
    boundaries,
    pauses,
    /** Quitting while the family-time overlay is up needs the PIN (when one is set). */
    mayQuit: (pin?: string) =>
      guard.authorise(
        { kind: 'quit', familyTimeShown: boundaries.status().overlay?.kind === 'family-time' },
        pin,
      ),
    rules,
    startAtLogin: deps.startAtLogin ?? memoryStartAtLogin(),
  };
}

export type AppServices = ReturnType<typeof createAppServices>;
