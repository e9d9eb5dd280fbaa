import { defineConfig } from 'vitest/config';

/**
 * Tests that start a real desktop (an X server or a Wayland compositor, then real clients in it). Under the load of
 * the parallel suite on two cores a compositor took more than 20 s to show its first window, so these run after
 * every other file, one at a time: their timing budgets then measure the code, not the machine's queue.
 */
const DESKTOP_TESTS = [
  'test/integration/tracking/{x11,kwin,gnome,wlroots}-window-source.test.ts',
  'test/integration/tracking/{gnome-presence,wayland-idle}.test.ts',
  'test/integration/overlay/{gnome,kwin,sway}-overlay-{guard,keeper}.test.ts',
];

// One runner for every layer: unit (core, shared), integration (real SQLite, real X server), e2e (real Chromium).
export default defineConfig({
  test: {
    environment: 'node',
    pool: 'forks',
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // expect.poll waits for the state it asserts; Vitest's default bound (1 s) is shorter than a busy two-core
    // machine takes to render a screen, so a loaded run failed where nothing was wrong.
    expect: { poll: { timeout: 10_000 } },
    globalSetup: ['test/setup/global-setup.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'balans',
          include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
          exclude: ['**/node_modules/**', ...DESKTOP_TESTS],
        },
      },
      {
        extends: true,
        test: {
          name: 'desktops',
          include: DESKTOP_TESTS,
          sequence: { groupOrder: 1 },
          fileParallelism: false,
        },
      },
    ],
  },
});
