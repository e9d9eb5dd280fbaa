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
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { createAppServices, type AppServices } from './app-services.ts';
import { createMemoryUsageLog } from './adapters/memory/memory-usage-log.ts';
import { createBoundaryWindows } from './adapters/electron/boundary-windows.ts';
import { electronOutputs } from './adapters/electron/electron-outputs.ts';
import { createNotifier } from './adapters/electron/notifications.ts';
import { createTray } from './adapters/electron/tray.ts';
import { jsonLockFile } from './adapters/parent-lock/lock-file.ts';
import { createDispatch } from './ipc/handler-table.ts';
import { createHandlers } from './ipc/handlers.ts';
import { registerIpc } from './ipc/register-ipc.ts';
import { eventChannel } from '../shared/contract/index.ts';
import { DEFAULT_BOUNDARY_PREFERENCES } from '../shared/domain/boundaries.ts';
import { defaultSettings } from '../core/settings/default-settings.ts';
import { settingsSchema, type Settings } from '../shared/domain/settings.ts';
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
  // Settings come from the settings service once it lands; until then a new installation's settings, or a
  // settings file named by BALANS_SETTINGS_FILE (validated like any settings file; used by the Electron E2E test).
  const settingsFile = process.env.BALANS_SETTINGS_FILE;
  const settings: Settings = settingsFile
    ? (settingsSchema.parse(JSON.parse(readFileSync(settingsFile, 'utf8'))) as Settings)
    : defaultSettings('system');
  const zone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
  const log = createMemoryUsageLog();
  const windows = createBoundaryWindows({
    BrowserWindow,
    screen,
    preloadPath,
    appEntryUrl,
    windowIds,
    onLost: (which) => services?.boundaries.windowClosed(which),
  });
  services = createAppServices({
    clock: { now: () => Date.now() },
    appInfo: { name: app.getName(), version: app.getVersion(), host: 'electron', locale: app.getLocale() },
    usage: log,
    zone,
    categorise: () => 'other',
    boundaries: {
      settings: () => settings,
      preferences: () => DEFAULT_BOUNDARY_PREFERENCES,
      // The tracker's live observation plugs in here.
      observe: () => null,
      sink: log,
      lockStore: jsonLockFile(join(app.getPath('userData'), 'parent-lock.json')),
      outputs: electronOutputs({
        notify: createNotifier({
          Notification,
          locale: () => app.getLocale(),
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
    label: (status) => ({
      profile: settings.profiles.find((p) => p.id === status.profileId)?.name ?? status.profileId,
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
    startAtLogin: {
      get: () => app.getLoginItemSettings().openAtLogin,
      set: (enabled) => app.setLoginItemSettings({ openAtLogin: enabled }),
    },
  });
  // Never trust a long timer across sleep or clock changes: recompute whenever the machine comes back.
  for (const event of ['resume', 'unlock-screen', 'user-did-become-active'] as const)
    powerMonitor.on(event as 'resume', () => boundaries.recompute());
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
      app.quit();
    },
    () => services?.boundaries.windowClosed('overlay'),
  );
});

app.on('window-all-closed', () => {
  // Balans keeps running in the tray so boundaries keep working with no window open.
});
