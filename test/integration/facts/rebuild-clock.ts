import { SYNTHETIC_START } from '../../fixtures/synthetic-year.ts';

/** "Now" for the facts crash test: 70 days after the synthetic history starts, so every day before it has ended. */
export const REBUILD_DAYS = 70;
export const REBUILD_NOW = SYNTHETIC_START + REBUILD_DAYS * 86_400_000 + 12 * 3_600_000;
