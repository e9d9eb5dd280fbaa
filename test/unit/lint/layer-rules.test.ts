import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const cwd = fileURLToPath(new URL('../../../', import.meta.url));
const eslint = new ESLint({ cwd });

/** Lints a snippet as if it lived at `filePath`, returning the layering problems found. */
async function layerProblems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => /^no-restricted-(imports|globals|properties)$/.test(m.ruleId ?? ''))
    .map((m) => m.message);
}

describe('the layering lint rule', () => {
  it.each([
    ['electron/core/x.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['electron/core/x.ts', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n"],
    ['electron/core/x.ts', "import { join } from 'path';\nexport const j = join;\n"],
    [
      'electron/core/x.ts',
      "import { createTodayService } from '../main/services/today-service.ts';\nexport const c = createTodayService;\n",
    ],
    ['electron/core/x.ts', 'export const w = window.innerWidth;\n'],
    ['electron/core/x.ts', 'export const e = process.env.HOME;\n'],
    ['electron/shared/x.ts', "import { ipcMain } from 'electron';\nexport const i = ipcMain;\n"],
    ['electron/shared/x.ts', "import type { Clock } from '../core/clock.ts';\nexport type C = Clock;\n"],
    ['electron/shared/x.ts', 'export const d = document.title;\n'],
    ['renderer/src/x.ts', "import { ipcRenderer } from 'electron';\nexport const i = ipcRenderer;\n"],
    [
      'renderer/src/x.ts',
      "import { dayTotals } from '../../electron/core/today/day-totals.ts';\nexport const d = dayTotals;\n",
    ],
    [
      'renderer/src/x.ts',
      "import { createHandlers } from '../../electron/main/ipc/handlers.ts';\nexport const h = createHandlers;\n",
    ],
    ['renderer/src/x.ts', "import { readFile } from 'node:fs/promises';\nexport const r = readFile;\n"],
    [
      'electron/preload/x.ts',
      "import { dayTotals } from '../core/today/day-totals.ts';\nexport const d = dayTotals;\n",
    ],
    // Timers only through the Scheduler port: services, adapters and core never call the timer globals.
    ['electron/main/services/x.ts', 'export const t = setTimeout(() => {}, 2_000);\n'],
    ['electron/main/services/x.ts', 'export const stop = (h: number) => clearInterval(h);\n'],
    ['electron/main/adapters/storage/x.ts', 'export const t = setInterval(() => {}, 2_000);\n'],
    ['electron/main/services/x.ts', 'export const t = globalThis.setTimeout(() => {}, 2_000);\n'],
    ['electron/core/x.ts', 'export const t = setTimeout(() => {}, 1);\n'],
    ['electron/core/x.ts', 'export const t = setInterval(() => {}, 1);\n'],
    ['electron/shared/x.ts', 'export const t = setTimeout(() => {}, 1);\n'],
    // The main thread runs no SQL: SQLite and the worker side of the store stay in the store's worker.
    ['electron/main/x.ts', "import { DatabaseSync } from 'node:sqlite';\nexport const d = DatabaseSync;\n"],
    [
      'electron/main/services/x.ts',
      "import type { DatabaseSync } from 'node:sqlite';\nexport type D = DatabaseSync;\n",
    ],
    [
      'electron/main/startup/x.ts',
      "import { UsageStore } from '../adapters/storage/usage-store.ts';\nexport const u = UsageStore;\n",
    ],
    [
      'electron/main/x.ts',
      "import { salvageInto } from './adapters/storage/salvage.ts';\nexport const s = salvageInto;\n",
    ],
    [
      'electron/main/adapters/storage/store-client.ts',
      "import { UsageStore } from './usage-store.ts';\nexport const u = UsageStore;\n",
    ],
  ])('rejects in %s: %s', async (filePath, code) => {
    expect(await layerProblems(filePath, code)).not.toEqual([]);
  });

  it.each([
    [
      'electron/core/x.ts',
      "import { DateTime } from 'luxon';\nimport type { Observation } from '../shared/domain/usage.ts';\nexport const n = (o: Observation) => DateTime.now().toISO() + o.app;\n",
    ],
    [
      'electron/main/x.ts',
      "import { app } from 'electron';\nimport { join } from 'node:path';\nexport const p = join(app.getPath('userData'), 'x');\n",
    ],
    [
      'renderer/src/x.ts',
      "import type { BalansApi } from '../../electron/shared/contract/index.ts';\nexport const a = (api: BalansApi) => api;\n",
    ],
    ['electron/main/adapters/scheduler.ts', 'export const t = setTimeout(() => {}, 1);\n'],
    [
      'electron/main/services/x.ts',
      "import type { Scheduler } from '../../core/scheduler.ts';\nexport const wait = (s: Scheduler) => s.after(2_000, () => {});\n",
    ],
    [
      'electron/main/startup/x.ts',
      "import { StoreClient } from '../adapters/storage/store-client.ts';\nexport const c = StoreClient;\n",
    ],
    [
      'electron/main/adapters/storage/store-worker.ts',
      "import { DatabaseSync } from 'node:sqlite';\nexport const d = DatabaseSync;\n",
    ],
  ])('allows in %s: %s', async (filePath, code) => {
    expect(await layerProblems(filePath, code)).toEqual([]);
  });
});
