import { z } from 'zod';
import { call } from './define.ts';
import { idSchema, isoDateSchema } from '../domain/ids.ts';
import type { LimitProgress } from '../domain/profiles.ts';
import type { CategoryId } from '../domain/usage.ts';

export interface CategoryTotal {
  category: CategoryId;
  ms: number;
}

export interface AppTotal {
  app: string;
  category: CategoryId;
  ms: number;
}

export interface DayTotals {
  /** ISO date (yyyy-mm-dd) in the user's zone. */
  date: string;
  zone: string;
  totalMs: number;
  byCategory: CategoryTotal[];
  byApp: AppTotal[];
}

export const todayCalls = {
  /** Totals for one day (today when no date is given), per category and per app. */
  getDayTotals: call<DayTotals>()(z.object({ date: isoDateSchema.optional() }).strict().optional()),
  /**
   * Progress toward each daily limit of the profile active now, over one day (today when no date is given):
   * decided in main by the function the policy nudges with; screens only draw it.
   */
  /** The daily limits of `profileId` (default: the profile active now) and the day's use of each. */
  getLimitProgress: call<LimitProgress[]>()(
    z.object({ date: isoDateSchema.optional(), profileId: idSchema.optional() }).strict().optional(),
  ),
};
