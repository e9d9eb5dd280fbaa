import { defineConfig } from 'vitest/config';

// One runner for every layer: unit (core, shared), integration (real SQLite, real X server), e2e (real Chromium).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // expect.poll waits for the state it asserts; Vitest's default bound (1 s) is shorter than a busy two-core
    // machine takes to render a screen, so a loaded run failed where nothing was wrong.
    expect: { poll: { timeout: 10_000 } },
    globalSetup: ['test/setup/global-setup.ts'],
  },
});
