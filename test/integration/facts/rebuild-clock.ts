import { composeHostApp } from '../../host/compose-host.ts';
import { workingWeek } from '../../e2e/seeded-settings.ts';
import { SYNTHETIC_START, SYNTHETIC_ZONE } from '../../fixtures/synthetic-year.ts';

/** "Now" for the facts crash test: 70 days after the synthetic history starts, so every day before it has ended. */
export const REBUILD_DAYS = 70;
export const REBUILD_NOW = SYNTHETIC_START + REBUILD_DAYS * 86_400_000 + 12 * 3_600_000;

/** The services on the crash test's folder, as the app composes them at a start (which begins the rebuild). */
export const rebuildHost = (directory: string) =>
  composeHostApp({
    clock: { now: () => REBUILD_NOW },
    zone: SYNTHETIC_ZONE,
    events: [],
    settings: workingWeek(SYNTHETIC_ZONE),
    directory,
  });
