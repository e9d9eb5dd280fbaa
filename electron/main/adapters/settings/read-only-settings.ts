import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Settings } from '../../../shared/domain/settings.ts';
import { WriteFailedError, type WriteFailure } from '../write-failure.ts';
import type { LoadedSettings } from './settings-store.ts';
import { readSettings, SETTINGS_MIGRATIONS } from './settings-migrations.ts';

export interface ReadOnlySettingsOptions {
  cwd: string;
  defaults: () => Settings;
  check?: (settings: Settings) => void;
  /** Why nothing can be written, for the error every save answers with. */
  failure: WriteFailure;
}

/**
 * The settings of a data folder Balans cannot write: the main file, else its backup, else the defaults, read and
 * never written (not even migrated on disk). Every save answers `unavailable`, so the UI says why.
 */
export class ReadOnlySettings {
  readonly #options: ReadOnlySettingsOptions;

  constructor(options: ReadOnlySettingsOptions) {
    this.#options = options;
  }

  load(): LoadedSettings {
    for (const name of ['settings.json', 'settings.backup.json']) {
      let raw: unknown;
      try {
        raw = JSON.parse(readFileSync(join(this.#options.cwd, name), 'utf8'));
      } catch {
        continue;
      }
      const result = readSettings(raw, SETTINGS_MIGRATIONS, this.#options.check);
      if (result.ok) return { settings: result.settings, notice: null };
    }
    return { settings: this.#options.defaults(), notice: null };
  }

  save(): void {
    throw new WriteFailedError('The settings file', this.#options.failure);
  }
}
