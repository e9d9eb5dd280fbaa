// The layering rule (docs/ARCHITECTURE.md): shared <- core <- main; renderer sees only shared.
// Kept in its own module so a test can lint code against exactly these rules.
import { builtinModules } from 'node:module';

const nodeBuiltins = builtinModules.filter((m) => !m.startsWith('_'));
const nodeImports = [...nodeBuiltins, ...nodeBuiltins.map((m) => `node:${m}`)];

const noPlatform = {
  paths: [
    { name: 'electron', message: 'electron/core and electron/shared are pure: no Electron.' },
    ...nodeImports.map((name) => ({
      name,
      message: 'electron/core and electron/shared are pure: no Node APIs.',
    })),
  ],
  patterns: [
    { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'No UI in core/shared.' },
    {
      group: ['**/electron/main/**', '**/main/**', '**/preload/**', '**/renderer/**'],
      message: 'Layers point inward.',
    },
  ],
};

const domGlobals = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'process',
  'require',
  'Buffer',
  '__dirname',
].map((name) => ({
  name,
  message: 'electron/core and electron/shared run anywhere: no DOM or Node globals.',
}));

// Balans waits only through the Scheduler port (electron/core/scheduler.ts), so tests drive every timer by hand;
// the one real scheduler (electron/main/adapters/scheduler.ts) is the only file that may touch the timer globals.
const timerNames = ['setTimeout', 'setInterval', 'clearTimeout', 'clearInterval'];
const timerGlobals = timerNames.map((name) => ({
  name,
  message: 'Wait through the injected Scheduler (electron/core/scheduler.ts), not the timer globals.',
}));
const timerProperties = ['globalThis', 'window', 'global'].flatMap((object) =>
  timerNames.map((property) => ({
    object,
    property,
    message: 'Wait through the injected Scheduler (electron/core/scheduler.ts), not the timer globals.',
  })),
);
export const REAL_SCHEDULER = 'electron/main/adapters/scheduler.ts';

// SQLite runs only in the usage store's worker (electron/main/adapters/storage/store-worker.ts). Main reaches the
// store through the client and the protocol; every other file in that folder is the worker's.
const STORAGE_MAIN_SIDE = ['store-client.ts', 'store-protocol.ts'];
const noSqlite = {
  name: 'node:sqlite',
  message: 'The main thread runs no SQL: use the store client (adapters/storage/store-client.ts).',
};

export const layerRules = [
  {
    files: ['electron/main/**/*.ts'],
    ignores: ['electron/main/adapters/storage/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noSqlite],
          patterns: [
            {
              group: ['**/adapters/storage/*', ...STORAGE_MAIN_SIDE.map((f) => `!**/adapters/storage/${f}`)],
              message:
                'This file runs in the store worker: main uses store-client.ts and store-protocol.ts only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: STORAGE_MAIN_SIDE.map((f) => `electron/main/adapters/storage/${f}`),
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noSqlite],
          patterns: [
            {
              group: ['./*', ...STORAGE_MAIN_SIDE.map((f) => `!./${f}`)],
              message: 'The client runs on main: it must not load the worker side of the store.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...noPlatform,
          patterns: [
            ...noPlatform.patterns,
            { group: ['**/core/**', '../core*'], message: 'shared must not import core.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...domGlobals, ...timerGlobals],
      'no-restricted-properties': ['error', ...timerProperties],
    },
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', noPlatform],
      'no-restricted-globals': ['error', ...domGlobals, ...timerGlobals],
      'no-restricted-properties': ['error', ...timerProperties],
    },
  },
  {
    files: ['electron/main/**/*.ts'],
    ignores: [REAL_SCHEDULER],
    rules: {
      'no-restricted-globals': ['error', ...timerGlobals],
      'no-restricted-properties': ['error', ...timerProperties],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer talks to main only through window.balans.' }],
          patterns: [
            { group: ['node:*'], message: 'The renderer runs in a sandbox: no Node APIs.' },
            {
              group: ['**/electron/core/**', '**/electron/main/**', '**/electron/preload/**'],
              message: 'The renderer imports only electron/shared.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/core/**', '**/main/**', 'node:*'],
              message: 'Preload sees only electron and shared.',
            },
          ],
        },
      ],
    },
  },
];
