// Composition root of the desktop app: the only file that wires Electron to the services.
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  nativeImage,
  Notification,
  powerMonitor,
  screen,
  session,
  systemPreferences,
  Tray,
} from 'electron';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { createAppServices, type AppServices } from './app-services.ts';
import { APP_ID } from './app-id.ts';
import type { StoreClient } from './adapters/storage/store-client.ts';
import { recordedSink } from './services/today-usage.ts';
import ElectronStore from 'electron-store';
import { checkSettings } from '../core/settings/check-settings.ts';
import type { StoreClass } from './adapters/settings/settings-store.ts';
import type { SettingsPersistence } from './services/settings-service.ts';
import { openDataFolder, type StartupReport } from './startup/open-data-folder.ts';
import { detectWindowSource } from './adapters/os/detect-window-source.ts';
import { electronPresenceSource } from './adapters/os/presence-source.ts';
import { detectPresenceSource } from './adapters/os/detect-presence-source.ts';
import { ozoneSwitches } from './adapters/electron/ozone-switches.ts';
import { overlayKeepAbove } from './adapters/electron/overlay-keep-above.ts';
import { detectOverlayKeeper } from './adapters/os/overlay/detect-overlay-keeper.ts';
import { tapWindowSource } from './adapters/os/tapped-window-source.ts';
import { boundaryWindowLost, createOverlayGuard } from './services/overlay-guard.ts';
import { TrackingService } from './services/tracking-service.ts';
import { systemScheduler } from './adapters/scheduler.ts';
import { trackingPrivacyOf } from '../core/tracking/privacy.ts';
import { createBoundaryWindows } from './adapters/electron/boundary-windows.ts';
import { electronOutputs } from './adapters/electron/electron-outputs.ts';
import { createNotifier } from './adapters/electron/notifications.ts';
import { createTray } from './adapters/electron/tray.ts';
import { trayModel } from './adapters/electron/tray-model.ts';
import { trayImageFor } from './adapters/electron/tray-images.ts';
import { jsonLockFile } from './adapters/parent-lock/lock-file.ts';
import { boundaryMemoryFile } from './adapters/boundaries/memory-file.ts';
import { createDispatch } from './ipc/handler-table.ts';
import { createHandlers } from './ipc/handlers.ts';
import { registerIpc } from './ipc/register-ipc.ts';
import { eventChannel } from '../shared/contract/index.ts';
import { defaultSettings } from '../core/settings/default-settings.ts';
import { hardenContents, hardenSession, trustedSenderCheck } from './security/harden.ts';
import { createMainWindow } from './windows/main-window.ts';
import { appMenuTemplate } from './windows/app-menu.ts';
import { createLifecycle, HIDDEN_ARG, opensWindowAtStart, startedHidden } from './services/lifecycle.ts';
import { probeTrayHost } from './adapters/os/tray-host.ts';
import { quitPlan } from './services/quit-plan.ts';
import { platformStartAtLogin } from './adapters/electron/login-items.ts';
import { polledSourceFor } from './adapters/os/get-windows-reader.ts';
import { systemWindowAccess } from './adapters/os/window-permissions.ts';

const preloadPath = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));
const appEntryUrl =
  process.env.ELECTRON_RENDERER_URL ??
  pathToFileURL(fileURLToPath(new URL('../renderer/index.html', import.meta.url))).href;
// 16/32 px images for the tray (a Template pair on macOS, an .ico on Windows), never the 1024 px app icon.
const trayImagePath = fileURLToPath(
  new URL(`../../build/tray/${trayImageFor(process.platform)}`, import.meta.url),
);

// Before 'ready': a native Wayland client where that is the session.
for (const [name, value] of ozoneSwitches(process.platform)) app.commandLine.appendSwitch(name, value);

const lifecycle = createLifecycle({
  exit: (code) => app.exit(code),
  quit: () => app.quit(),
  // Usable before 'ready' (on Linux it then goes to stderr).
  showError: (title, message) => dialog.showErrorBox(title, message),
  dataFolder: () => app.getPath('userData'),
  locale: () => uiLocale(),
  now: () => Date.now(),
  log: (message, error) => console.error(message, error ?? ''),
});

const windowIds = new Set<number>();
let mainWindow: BrowserWindow | undefined;
let services: AppServices | undefined;
let tray: ReturnType<typeof createTray> | undefined;

// Resolved once, by the services: dialogs, notifications and the tray speak what the window speaks.
function uiLocale(): string {
  return services?.localeAndZone().locale ?? (app.isReady() ? app.getLocale() : 'en');
}

function showMainWindow(route?: string): void {
  if (mainWindow && !mainWindow.isDestroyed()) {
    if (mainWindow.isMinimized()) mainWindow.restore();
    if (route) void mainWindow.loadURL(`${appEntryUrl}#/${route}`);
    mainWindow.show();
    mainWindow.focus();
    return;
  }
  mainWindow = createMainWindow({
    BrowserWindow,
    preloadPath,
    appEntryUrl: route ? `${appEntryUrl}#/${route}` : appEntryUrl,
    windowIds,
  });
}

async function startUp(): Promise<void> {
  hardenSession(session.defaultSession, appEntryUrl);
  const userData = app.getPath('userData');
  const clock = { now: () => Date.now() };
  const zone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
  const startAtLogin = platformStartAtLogin(app, process.platform, process.env, homedir(), HIDDEN_ARG);
  // Started at login: the tray only, no window (macOS says so itself; elsewhere the login item passes --hidden).
  const hidden = startedHidden(
    process.argv,
    process.platform === 'darwin' && app.getLoginItemSettings().wasOpenedAtLogin,
  );
  let store!: StoreClient;
  let settingsStore!: SettingsPersistence;
  let startup!: StartupReport;
  let tracking!: TrackingService;
  let windows!: ReturnType<typeof createBoundaryWindows>;
  let stopRetention = () => {};
  const trayHost = probeTrayHost(process.platform);
  await lifecycle.start([
    {
      step: 'usage-store',
      run: () => {
        // Whatever the folder holds (a damaged database, no write access), this opens the store and the settings
        // and says what it found (startup.notices; read-only mode).
        ({ store, settingsStore, startup } = openDataFolder({
          directory: userData,
          clock,
          Store: ElectronStore as unknown as StoreClass,
          defaults: () => defaultSettings(),
          check: checkSettings,
          storeOptions: {
            // Built beside this file as its own entry (electron.vite.config.ts): SQLite runs only there.
            workerEntry: new URL('./store-worker.js', import.meta.url),
            onError: (message) => console.error('Usage store', message),
          },
          onNotice: (notice) => services?.notify(notice),
        }));
      },
    },
    {
      step: 'services',
      run: () => {
        // The tracker's writes also grow today's running total (limits and the nudge read it, not the store).
        const recorded = recordedSink(store);
        const overlayKeeper = detectOverlayKeeper(process.platform, process.env);
        // A covered overlay is raised again by the compositor's keeper; covered or closed, the parent's log says so.
        const overlayGuard = createOverlayGuard({
          clock,
          restore: async (title) => (await overlayKeeper?.keepAbove({ pid: process.pid, title })) ?? false,
          record: (incident) => services?.parentLock.recordTamper(incident),
          log: (message, error) => console.error(message, error),
        });
        tracking = new TrackingService({
          source: tapWindowSource(
            detectWindowSource({
              platform: process.platform,
              env: process.env,
              polled: () =>
                polledSourceFor(
                  process.platform === 'darwin' ? 'darwin' : 'win32',
                  () => systemWindowAccess(systemPreferences, process.platform),
                  (message, error) => console.error(message, error),
                ),
            }),
            overlayGuard.focus,
          ),
          presence: detectPresenceSource({
            platform: process.platform,
            env: process.env,
            base: electronPresenceSource(powerMonitor),
            log: (message, error) => console.error(message, error),
          }),
          clock,
          scheduler: systemScheduler,
          sink: recorded,
          newId: () => store.nextEventId(),
          privacy: trackingPrivacyOf(store.privacySettings()),
          // Each window event records the profile active when it happened.
          profileAt: (at) => services?.profileAt(at),
          onStatus: (status) => services?.events.emit('trackingStatus', status),
          log: (message, error) => console.error(message, error),
        });
        windows = createBoundaryWindows({
          BrowserWindow,
          screen,
          platform: process.platform,
          preloadPath,
          appEntryUrl,
          windowIds,
          // Re-opened unless Balans is quitting: a quit must never be undone by its own closing windows.
          onLost: (which) =>
            lifecycle.windowLost(() =>
              boundaryWindowLost(overlayGuard, (lost) => services?.boundaries.windowClosed(lost))(which),
            ),
          keepAbove: overlayKeepAbove(
            overlayKeeper,
            (message, error) => console.error(message, error),
            process.pid,
            overlayGuard,
          ),
        });
        // Today's pause budget, crossings and gaps survive a restart.
        const memoryFile = boundaryMemoryFile(join(userData, 'boundary-memory.json'), (message, error) =>
          console.error(message, error),
        );
        const savedMemory = memoryFile.load();
        services = createAppServices({
          clock,
          scheduler: systemScheduler,
          startAtLogin,
          quit: () => app.quit(),
          appInfo: {
            name: app.getName(),
            version: app.getVersion(),
            host: 'electron',
            locale: app.getLocale(),
          },
          store,
          settingsStore,
          startup,
          tracking,
          zone,
          boundaries: {
            observe: () => tracking.currentObservation(),
            sink: recorded,
            lockStore: jsonLockFile(join(userData, 'parent-lock.json')),
            memory: savedMemory.memory,
            saveMemory: (memory) => memoryFile.save(memory),
            memoryNotice: savedMemory.notice,
            outputs: electronOutputs({
              notify: createNotifier({
                Notification,
                locale: () => uiLocale(),
                // The zone in effect (the settings' own, or the computer's for 'system').
                zone: () => services?.localeAndZone().zone ?? zone(),
                openView: showMainWindow,
                log: (message, error) => console.error(message, error),
              }),
              windows,
              tray: () => tray,
            }),
          },
        });
        const boundaries = services.boundaries;
        lifecycle.setQuitPlan(
          quitPlan({
            mayQuit: () => services!.mayQuit(),
            boundaries,
            stopTimers: () => stopRetention(),
            windows,
            tracking,
            store,
            recordSystemEnd: (cause, at) =>
              console.warn(
                `Balans ended by the operating system (${cause}) at ${new Date(at).toISOString()}; ` +
                  `family time was ${boundaries.status().overlay?.kind === 'family-time' ? 'on' : 'off'}, no PIN was asked.`,
              ),
          }),
        );
        // An AppImage that moved or was updated keeps starting at login from where it is now.
        startAtLogin.refresh?.();
        // Retention is a promise about the past: keep it at start and a few times a day, not only when changed.
        const applyRetention = () =>
          void services?.privacy
            .applyRetention()
            .catch((error: unknown) => console.error('Balans: could not apply retention', error));
        applyRetention();
        stopRetention = systemScheduler.every(6 * 3_600_000, applyRetention);
      },
    },
    {
      step: 'ipc',
      run: () => {
        const dispatch = createDispatch(createHandlers(services!), (message, error) =>
          console.error(message, error),
        );
        registerIpc(ipcMain, dispatch, trustedSenderCheck(windowIds, appEntryUrl));
        services!.events.listen((name, payload) => {
          for (const window of BrowserWindow.getAllWindows()) {
            if (windowIds.has(window.webContents.id)) window.webContents.send(eventChannel(name), payload);
          }
        });
      },
    },
    {
      step: 'tray',
      run: () => {
        const pauses = services!.pauses;
        tray = createTray({
          Tray,
          Menu,
          icon: nativeImage.createFromPath(trayImagePath),
          model: (status) => trayModel(status, uiLocale(), services!.settings.getSettings().profiles),
          run: (action) => {
            // A refused action (family time wants the PIN, the budget wants a reason) is asked in the window.
            const asked = (promise: Promise<unknown>) => void promise.catch(() => showMainWindow());
            switch (action) {
              case 'snooze-5':
                return asked(pauses.snooze(5));
              case 'snooze-15':
                return asked(pauses.snooze(15));
              case 'snooze-30':
                return asked(pauses.snooze(30));
              case 'skip':
                return asked(pauses.skip());
              case 'pause-tracking':
                return asked(pauses.pauseTracking(Date.now() + 3_600_000));
              case 'resume':
                return void pauses.resume();
              case 'back-to-schedule':
                // The same guarded path as the window's button: a PIN the tray cannot ask is asked there.
                return asked(services!.guard.withPin(undefined, () => services!.settings.endManualSwitch()));
              case 'open':
                return showMainWindow();
              case 'quit':
                return app.quit();
            }
          },
          open: () => showMainWindow(),
          startAtLogin,
        });
        // Stock GNOME shows no tray icons: then the window says so and offers Quit itself.
        void trayHost.then((host) => {
          if (host === 'missing')
            services?.notify({ level: 'warning', key: 'notice.trayUnavailable', action: 'quit' });
        });
      },
    },
    {
      step: 'tracking',
      run: () => {
        // Read-only (a data folder Balans cannot write): nothing is recorded, and the tracking status says why.
        if (startup.mode === 'normal')
          void tracking.start().catch((error: unknown) => console.error('Tracking did not start', error));
      },
    },
    {
      step: 'boundaries',
      run: async () => {
        const boundaries = services!.boundaries;
        // Never trust a long timer across sleep or clock changes: recompute whenever the machine comes back.
        for (const event of ['resume', 'unlock-screen', 'user-did-become-active'] as const)
          powerMonitor.on(event as 'resume', () => boundaries.recompute());
        await boundaries.start();
      },
    },
    {
      step: 'window',
      run: () => {
        Menu.setApplicationMenu(
          Menu.buildFromTemplate(
            appMenuTemplate({ platform: process.platform, packaged: app.isPackaged, appName: app.getName() }),
          ),
        );
        if (!hidden) showMainWindow();
        else void trayHost.then((host) => opensWindowAtStart(hidden, host) && showMainWindow());
        app.on('activate', () => showMainWindow());
      },
    },
  ]);
}

// The losing instance exits here, before any database, retention or tray exists; the first one shows its window.
if (lifecycle.claimSingleInstance(app.requestSingleInstanceLock())) {
  // Windows attributes toasts to this id (the installer's shortcut carries the same); Windows-only API.
  if (process.platform === 'win32') app.setAppUserModelId(APP_ID);
  app.on('second-instance', () => showMainWindow());
  app.on('web-contents-created', (_event, contents) => hardenContents(contents, appEntryUrl));
  // The user's quit (tray, menu, Cmd+Q): the PIN during family time, then the one ordered quit plan.
  app.on('before-quit', (event) => lifecycle.beforeQuit(event));
  // The operating system ending the session is never held up for a PIN: the plan runs at once.
  process.on('SIGTERM', () => lifecycle.systemEnding('signal'));
  app.on('browser-window-created', (_event, window) => {
    if (process.platform === 'win32')
      window.on('session-end', () => lifecycle.systemEnding('os-session-end'));
  });
  app.on('window-all-closed', () => {
    // Balans keeps running in the tray so boundaries keep working with no window open.
  });
  app
    .whenReady()
    .then(() => {
      powerMonitor.on('shutdown', () => lifecycle.systemEnding('os-shutdown'));
      // Windows tells only windows that the session ends; started at login there is none, so keep a hidden one.
      if (process.platform === 'win32')
        new BrowserWindow({ show: false, width: 1, height: 1, skipTaskbar: true });
      return startUp();
    })
    .catch((error: unknown) => lifecycle.failStart('app-ready', error));
}
