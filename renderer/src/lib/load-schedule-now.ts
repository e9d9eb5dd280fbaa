import { DateTime } from 'luxon';
import type { ScheduleView } from '../../../electron/shared/contract/settings.ts';
import type { Settings } from '../../../electron/shared/domain/settings.ts';
import type { Result } from '../../../electron/shared/result.ts';
import { balans } from './balans.ts';

export interface ScheduleNow {
  settings: Settings;
  view: ScheduleView;
  /** Now by main's clock (not the page's), in the zone main resolved. */
  now: DateTime;
  /** The IANA zone everything is shown in (main resolved a 'system' choice). */
  zone: string;
}

/** The settings, the schedule now, and now as a local date-time: what every screen's dates start from. */
export async function loadScheduleNow(): Promise<Result<ScheduleNow>> {
  const api = balans();
  // Asked together, not one after the other: a screen's first render waits for all three.
  const [settings, view, region] = await Promise.all([
    api.getSettings(undefined),
    api.getScheduleState({ days: 1 }),
    api.getLocaleAndZone(undefined),
  ]);
  if (!settings.ok) return settings;
  if (!view.ok) return view;
  if (!region.ok) return region;
  const { zone } = region.data;
  const now = DateTime.fromMillis(view.data.now.at, { zone });
  return { ok: true, data: { settings: settings.data, view: view.data, now, zone } };
}
