import { DateTime } from 'luxon';
import type { BoundaryCrossings, UsageTotals } from '../../../../electron/shared/contract/reports.ts';
import type { ScheduleView } from '../../../../electron/shared/contract/settings.ts';
import type { Settings } from '../../../../electron/shared/domain/settings.ts';
import type { Result } from '../../../../electron/shared/result.ts';
import { balans } from '../../lib/balans.ts';

export interface ProfilesData {
  settings: Settings;
  view: ScheduleView;
  /** This week so far (Monday to today in the settings' zone). */
  from: string;
  to: string;
  totals: Map<string, UsageTotals>;
  crossings: BoundaryCrossings;
}

/** Everything the Profiles screen shows, in one result: the first failing call decides the error. */
export async function loadProfiles(): Promise<Result<ProfilesData>> {
  const api = balans();
  const settings = await api.getSettings(undefined);
  if (!settings.ok) return settings;
  const view = await api.getScheduleState({ days: 1 });
  if (!view.ok) return view;
  const zone = settings.data.timeZone === 'system' ? undefined : settings.data.timeZone;
  const today = DateTime.fromMillis(view.data.now.at, zone ? { zone } : {});
  const from = today.startOf('week').toISODate() ?? '';
  const to = today.toISODate() ?? '';
  const totals = new Map<string, UsageTotals>();
  for (const profile of settings.data.profiles) {
    const result = await api.getUsageTotals({ from, to, unit: 'day', profileId: profile.id });
    if (!result.ok) return result;
    totals.set(profile.id, result.data);
  }
  const crossings = await api.getBoundaryCrossings({ from, to });
  if (!crossings.ok) return crossings;
  return {
    ok: true,
    data: { settings: settings.data, view: view.data, from, to, totals, crossings: crossings.data },
  };
}
