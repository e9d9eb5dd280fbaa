import type { BoundaryCrossings, UsageTotals } from '../../../../electron/shared/contract/reports.ts';
import type { ScheduleView } from '../../../../electron/shared/contract/settings.ts';
import type { Settings } from '../../../../electron/shared/domain/settings.ts';
import type { Result } from '../../../../electron/shared/result.ts';
import { balans } from '../../lib/balans.ts';
import { loadScheduleNow } from '../../lib/load-schedule-now.ts';

export interface ProfilesData {
  settings: Settings;
  view: ScheduleView;
  /** This week so far (Monday to today in the settings' zone). */
  from: string;
  to: string;
  totals: Map<string, UsageTotals>;
  crossings: BoundaryCrossings;
  /** The zone main resolved, which the crossings' times are shown in. */
  zone: string;
}

/** Everything the Profiles screen shows, in one result: the first failing call decides the error. */
export async function loadProfiles(): Promise<Result<ProfilesData>> {
  const api = balans();
  const base = await loadScheduleNow();
  if (!base.ok) return base;
  const { settings, view, now } = base.data;
  const from = now.startOf('week').toISODate() ?? '';
  const to = now.toISODate() ?? '';
  const totals = new Map<string, UsageTotals>();
  for (const profile of settings.profiles) {
    const result = await api.getUsageTotals({ from, to, unit: 'day', profileId: profile.id });
    if (!result.ok) return result;
    totals.set(profile.id, result.data);
  }
  const crossings = await api.getBoundaryCrossings({ from, to });
  if (!crossings.ok) return crossings;
  return {
    ok: true,
    data: { settings, view, from, to, totals, crossings: crossings.data, zone: now.zoneName ?? 'UTC' },
  };
}
