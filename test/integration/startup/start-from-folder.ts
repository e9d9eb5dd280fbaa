import Conf from 'conf';
import type { Clock } from '../../../electron/core/clock.ts';
import { checkSettings } from '../../../electron/core/settings/check-settings.ts';
import { defaultSettings } from '../../../electron/core/settings/default-settings.ts';
import { createAppServices } from '../../../electron/main/app-services.ts';
import { recordedSink } from '../../../electron/main/services/today-usage.ts';
import { memoryLockStore } from '../../../electron/main/adapters/parent-lock/lock-file.ts';
import { createDispatch } from '../../../electron/main/ipc/handler-table.ts';
import { createHandlers } from '../../../electron/main/ipc/handlers.ts';
import { recordingOutputs } from '../../../electron/main/services/boundary-outputs.ts';
import { openDataFolder } from '../../../electron/main/startup/open-data-folder.ts';
import { manualScheduler } from '../../support/manual-scheduler.ts';

export const ZONE = 'UTC';

/** Starts the real services on a data folder exactly as the app does (minus Electron), with the real dispatcher. */
export function startFromFolder(directory: string, clock: Clock) {
  const opened = openDataFolder({
    directory,
    clock,
    Store: Conf,
    defaults: () => defaultSettings(ZONE),
    check: checkSettings,
    storeOptions: { onError: () => {} },
    onNotice: (notice) => services.notify(notice),
  });
  const services = createAppServices({
    clock,
    scheduler: manualScheduler(), // never fires: the tests step the clock themselves
    appInfo: { name: 'Balans', version: '0.0.0-test', host: 'web-host', locale: 'en' },
    store: opened.store,
    settingsStore: opened.settingsStore,
    startup: opened.startup,
    zone: () => ZONE,
    boundaries: {
      observe: () => null,
      sink: recordedSink(opened.store),
      outputs: recordingOutputs().outputs,
      lockStore: memoryLockStore(),
      scrypt: { N: 2 ** 12, r: 8, p: 1, keyLength: 32 },
    },
  });
  const dispatch = createDispatch(createHandlers(services), () => {});
  return { ...opened, services, dispatch };
}
