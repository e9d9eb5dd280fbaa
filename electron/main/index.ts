// Composition root of the desktop app: the only file that wires Electron to the services.
import { app, BrowserWindow, ipcMain, powerMonitor, session } from 'electron';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { createAppServices } from './app-services.ts';
import { UsageStore } from './adapters/storage/usage-store.ts';
import ElectronStore from 'electron-store';
import { defaultSettings } from '../core/settings/default-settings.ts';
import { checkSettings } from '../core/settings/check-settings.ts';
import { SettingsStore, type StoreClass } from './adapters/settings/settings-store.ts';
import { detectWindowSource } from './adapters/os/detect-window-source.ts';
import { electronPresenceSource } from './adapters/os/presence-source.ts';
import { TrackingService } from './services/tracking-service.ts';
import { trackingPrivacyOf } from './services/tracking-privacy.ts';
import { createDispatch } from './ipc/handler-table.ts';
import { createHandlers } from './ipc/handlers.ts';
import { registerIpc } from './ipc/register-ipc.ts';
import { eventChannel } from '../shared/contract/index.ts';
import { hardenContents, hardenSession, trustedSenderCheck } from './security/harden.ts';
import { createMainWindow } from './windows/main-window.ts';

const preloadPath = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));
const appEntryUrl =
  process.env.ELECTRON_RENDERER_URL ??
  pathToFileURL(fileURLToPath(new URL('../renderer/index.html', import.meta.url))).href;

if (!app.requestSingleInstanceLock()) app.quit();

const windowIds = new Set<number>();
let mainWindow: BrowserWindow | undefined;

function showMainWindow(): void {
  if (mainWindow && !mainWindow.isDestroyed()) {
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
    return;
  }
  mainWindow = createMainWindow({ BrowserWindow, preloadPath, appEntryUrl, windowIds });
}

app.on('second-instance', showMainWindow);
app.on('web-contents-created', (_event, contents) => hardenContents(contents, appEntryUrl));

void app.whenReady().then(() => {
  hardenSession(session.defaultSession, appEntryUrl);
  const store = UsageStore.open({ directory: app.getPath('userData') });
  const clock = { now: () => Date.now() };
  const settingsStore = new SettingsStore({
    cwd: app.getPath('userData'),
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
    onStatus: (status) => services.events.emit('trackingStatus', status),
    log: (message, error) => console.error(message, error),
  });
  const services = createAppServices({
    tracking,
    clock,
    appInfo: { name: app.getName(), version: app.getVersion(), host: 'electron', locale: app.getLocale() },
    store,
    settingsStore,
    zone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
  });
  const dispatch = createDispatch(createHandlers(services), (message, error) =>
    console.error(message, error),
  );
  registerIpc(ipcMain, dispatch, trustedSenderCheck(windowIds, appEntryUrl));
  services.events.listen((name, payload) => {
    for (const window of BrowserWindow.getAllWindows()) {
      if (windowIds.has(window.webContents.id)) window.webContents.send(eventChannel(name), payload);
    }
  });
  void tracking.start();
  // Nothing tracked is lost on quit: the tracker writes its open events, then the store commits and closes.
  app.once('will-quit', (event) => {
    event.preventDefault();
    void tracking.stop().finally(() => {
      store.close();
      app.exit(0);
    });
  });
  showMainWindow();
  app.on('activate', showMainWindow);
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
