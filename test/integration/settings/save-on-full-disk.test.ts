import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../electron/core/settings/default-settings.ts';
import { SettingsStore } from '../../../electron/main/adapters/settings/settings-store.ts';

const child = join(import.meta.dirname, 'save-child.ts');
let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('saving settings when the disk refuses the write', () => {
  it('answers `unavailable`, tells the user in a notice and keeps the settings on disk as they were', () => {
    dir = mkdtempSync(join(tmpdir(), 'balans-settings-full-'));
    new SettingsStore({ cwd: dir, Store: Conf, clock: Date, defaults: () => defaultSettings('UTC') }).load();
    const before = readFileSync(join(dir, 'settings.json'), 'utf8');
    // No file may grow past the current settings file: the longer family message cannot be written.
    const limit = statSync(join(dir, 'settings.json')).size + 16;
    const output = execFileSync('prlimit', [`--fsize=${limit}`, process.execPath, child, dir], {
      encoding: 'utf8',
    });
    const result = JSON.parse(output) as {
      error: { code: string } | null;
      notices: unknown[];
      familyMessage: string;
    };
    expect(result.error?.code).toBe('unavailable');
    expect(result.notices).toEqual([
      { level: 'error', key: 'storage.settingsNotSaved', values: { reason: 'disk-full' } },
    ]);
    expect(result.familyMessage).toBe('');
    expect(readFileSync(join(dir, 'settings.json'), 'utf8')).toBe(before);
  });
});
