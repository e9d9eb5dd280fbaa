// Composition root of the desktop app: the only file that wires Electron to the services.
import {
  app,
  BrowserWindow,
  ipcMain,
  Menu,
  nativeImage,
  Notification,
  powerMonitor,
  screen,
  session,
  Tray,
} from 'electron';
import { join } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { createAppServices, type AppServices } from './app-services.ts';
import { UsageStore } from './adapters/storage/usage-store.ts';
import ElectronStore from 'electron-store';
import { checkSettings } from '../core/settings/check-settings.ts';
import { SettingsStore, type StoreClass } from './adapters/settings/settings-store.ts';
import { detectWindowSource } from './adapters/os/detect-window-source.ts';
import { electronPresenceSource } from './adapters/os/presence-source.ts';
import { TrackingService } from './services/tracking-service.ts';
import { systemTicker } from './adapters/ticker.ts';
import { trackingPrivacyOf } from '../core/tracking/privacy.ts';
import { createBoundaryWindows } from './adapters/electron/boundary-windows.ts';
import { electronOutputs } from './adapters/electron/electron-outputs.ts';
import { createNotifier } from './adapters/electron/notifications.ts';
import { createTray } from './adapters/electron/tray.ts';
import { trayText } from './adapters/electron/tray-text.ts';
import { jsonLockFile } from './adapters/parent-lock/lock-file.ts';
import { boundaryMemoryFile } from './adapters/boundaries/memory-file.ts';
import { createDispatch } from './ipc/handler-table.ts';
import { createHandlers } from './ipc/handlers.ts';
import { registerIpc } from './ipc/register-ipc.ts';
import { eventChannel } from '../shared/contract/index.ts';
import { defaultSettings } from '../core/settings/default-settings.ts';
import { hardenContents, hardenSession, trustedSenderCheck } from './security/harden.ts';
import { createMainWindow } from './windows/main-window.ts';

const preloadPath = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));
const appEntryUrl =
  process.env.ELECTRON_RENDERER_URL ??
  pathToFileURL(fileURLToPath(new URL('../renderer/index.html', import.meta.url))).href;
const iconPath = fileURLToPath(new URL('../../build/icon.png', import.meta.url));

if (!app.requestSingleInstanceLock()) app.quit();

const windowIds = new Set<number>();
let mainWindow: BrowserWindow | undefined;
let services: AppServices | undefined;
let tray: ReturnType<typeof createTray> | undefined;
/** Writes what tracking still holds and closes the store; set once they exist. */
let shutdown: () => Promise<void> = async () => {};
let quitAllowed = false;

function showMainWindow(route?: string): void {
  if (mainWindow && !mainWindow.isDestroyed()) {
    if (mainWindow.isMinimized()) mainWindow.restore();
    if (route) void mainWindow.loadURL(`${appEntryUrl}#/${route}`);
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

app.on('second-instance', () => showMainWindow());
app.on('web-contents-created', (_event, contents) => hardenContents(contents, appEntryUrl));

void app.whenReady().then(async () => {
  hardenSession(session.defaultSession, appEntryUrl);
  const userData = app.getPath('userData');
  const clock = { now: () => Date.now() };
  const zone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
  const store = UsageStore.open({
    directory: userData,
    onError: (error) => console.error('Usage store', error),
  });
  const settingsStore = new SettingsStore({
    cwd: userData,
    Store: ElectronStore as unknown as StoreClass,
    clock,
    defaults: () => defaultSettings(),
    check: checkSettings,
  });
  const tracking = new TrackingService({
    source: detectWindowSource({ platform: process.platform, env: process.env }),
    presence: electronPresenceSource(powerMonitor),
    clock,
    sink: store,
    newId: () => store.nextEventId(),
    privacy: trackingPrivacyOf(store.privacySettings()),
    onStatus: (status) => services?.events.emit('trackingStatus', status),
    log: (message, error) => console.error(message, error),
  });
  const windows = createBoundaryWindows({
    BrowserWindow,
    screen,
    preloadPath,
    appEntryUrl,
    windowIds,
    onLost: (which) => services?.boundaries.windowClosed(which),
  });
  // Today's pause budget, crossings and gaps survive a restart.
  const memoryFile = boundaryMemoryFile(join(userData, 'boundary-memory.json'), (message, error) =>
    console.error(message, error),
  );
  const savedMemory = memoryFile.load();
  // The operating system keeps this, not the settings file: the user may also change it in the desktop's settings.
  const startAtLogin = {
    get: () => app.getLoginItemSettings().openAtLogin,
    set: (enabled: boolean) => app.setLoginItemSettings({ openAtLogin: enabled }),
  };
  // The language chosen in Settings, or the computer's: notifications and the tray speak what the window speaks.
  const uiLocale = () => {
    const chosen = services?.settings.getSettings().language;
    return chosen && chosen !== 'system' ? chosen : app.getLocale();
  };
  services = createAppServices({
    clock,
    startAtLogin,
    appInfo: { name: app.getName(), version: app.getVersion(), host: 'electron', locale: app.getLocale() },
    store,
    settingsStore,
    tracking,
    zone,
    boundaries: {
      observe: () => tracking.currentObservation(),
      sink: store,
      lockStore: jsonLockFile(join(app.getPath('userData'), 'parent-lock.json')),
      memory: savedMemory.memory,
      saveMemory: (memory) => memoryFile.save(memory),
      memoryNotice: savedMemory.notice,
      outputs: electronOutputs({
        notify: createNotifier({
          Notification,
          locale: () => uiLocale(),
          zone,
          openView: showMainWindow,
        }),
        windows,
        tray: () => tray,
        switchProfile: () => undefined,
      }),
    },
  });
  const boundaries = services.boundaries;
  const dispatch = createDispatch(createHandlers(services), (message, error) =>
    console.error(message, error),
  );
  registerIpc(ipcMain, dispatch, trustedSenderCheck(windowIds, appEntryUrl));
  services.events.listen((name, payload) => {
    for (const window of BrowserWindow.getAllWindows()) {
      if (windowIds.has(window.webContents.id)) window.webContents.send(eventChannel(name), payload);
    }
  });
  tray = createTray({
    Tray,
    Menu,
    icon: nativeImage.createFromPath(iconPath),
    text: () => trayText(uiLocale()),
    label: (status) => ({
      profile:
        services?.settings.getSettings().profiles.find((p) => p.id === status.profileId)?.name ??
        status.profileId,
      window: status.window
        ? `${status.window.name} · ${Math.max(0, Math.ceil((status.window.end - status.at) / 60_000))} min`
        : null,
    }),
    snooze: (minutes) => void boundaries.snooze(minutes).catch(() => showMainWindow()),
    skip: () => void boundaries.skip().catch(() => showMainWindow()),
    pauseTracking: () => void boundaries.pauseTracking(Date.now() + 3_600_000).catch(() => showMainWindow()),
    resume: () => boundaries.resume(),
    open: () => showMainWindow(),
    quit: () => app.quit(),
    startAtLogin,
  });
  // Never trust a long timer across sleep or clock changes: recompute whenever the machine comes back.
  for (const event of ['resume', 'unlock-screen', 'user-did-become-active'] as const)
    powerMonitor.on(event as 'resume', () => boundaries.recompute());
  shutdown = async () => {
    await tracking.stop();
    store.close();
  };
  // Retention is a promise about the past: keep it at start and a few times a day, not only when changed.
  services.privacy.applyRetention();
  systemTicker.every(6 * 3_600_000, () => services?.privacy.applyRetention());
  void tracking.start();
  await boundaries.start();
  showMainWindow();
  app.on('activate', () => showMainWindow());
});

// Quitting during family time needs the PIN: the overlay (with its PIN prompt) is shown instead.
app.on('before-quit', (event) => {
  if (quitAllowed || !services) return;
  event.preventDefault();
  services.boundaries.mayQuit().then(
    () => {
      quitAllowed = true;
      // Nothing tracked is lost on quit: the tracker writes its open events, then the store commits and closes.
      void shutdown().finally(() => app.quit());
    },
    () => services?.boundaries.windowClosed('overlay'),
  );
});

app.on('window-all-closed', () => {
  // Balans keeps running in the tray so boundaries keep working with no window open.
});
