// What both hosts of the views bench agree on: "now" and how busy today is.
import { DateTime } from 'luxon';
import { SYNTHETIC_ZONE } from '../../test/fixtures/synthetic-year.ts';

/** Wednesday 2024-12-18 17:30 in Amsterdam: almost all of the synthetic year lies behind it. */
export const BENCH_NOW = DateTime.fromISO('2024-12-18T17:30', { zone: SYNTHETIC_ZONE }).toMillis();
/** Today's window events up to "now" (issue 13: Today with today's 2,000 events). */
export const TODAY_EVENTS = 2000;
