// Run by save-on-full-disk.test.ts under `prlimit --fsize`: the kernel refuses to let any file grow past the
// limit (EFBIG), a real write failure like a full disk. Prints what the user and the caller were told as JSON.
import Conf from 'conf';
import { defaultSettings } from '../../../electron/core/settings/default-settings.ts';
import { SettingsStore } from '../../../electron/main/adapters/settings/settings-store.ts';
import { SettingsService } from '../../../electron/main/services/settings-service.ts';
import type { AppNotice } from '../../../electron/shared/contract/app.ts';
import { BalansError } from '../../../electron/shared/result.ts';

const cwd = process.argv[2]!;
const notices: AppNotice[] = [];
const service = new SettingsService({
  store: new SettingsStore({ cwd, Store: Conf, clock: Date, defaults: () => defaultSettings('UTC') }),
  clock: Date,
  notify: (notice) => notices.push(notice),
});
let error: { code: string; message: string } | null = null;
try {
  service.setPreferences({ familyMessage: 'Dinner together, phones in the basket. '.repeat(5).trim() });
} catch (caught) {
  error =
    caught instanceof BalansError
      ? { code: caught.code, message: caught.message }
      : { code: 'thrown', message: String(caught) };
}
console.log(JSON.stringify({ error, notices, familyMessage: service.getSettings().familyMessage }));
