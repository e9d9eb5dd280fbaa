// Small builders for schedule tests: readable windows and settings with three profiles.
import type {
  OneOffWindow,
  WeeklyWindow,
  Weekday,
  WindowKind,
} from '../../../../electron/shared/domain/focus-windows.ts';
import type { Settings } from '../../../../electron/shared/domain/settings.ts';
import { defaultSettings } from '../../../../electron/core/settings/default-settings.ts';

export function weekly(
  id: string,
  kind: WindowKind,
  days: Weekday[],
  start: string,
  end: string,
  extra: Partial<WeeklyWindow> = {},
): WeeklyWindow {
  return {
    id,
    name: id,
    type: 'weekly',
    kind,
    profileId: kind === 'family-time' ? 'family' : kind === 'downtime' ? 'private' : 'professional',
    priority: 0,
    days,
    start,
    end,
    endsNextDay: end <= start,
    skipDates: [],
    ...extra,
  };
}

export function oneOff(
  id: string,
  kind: WindowKind,
  start: string,
  end: string,
  extra: Partial<OneOffWindow> = {},
): OneOffWindow {
  return {
    id,
    name: id,
    type: 'one-off',
    kind,
    profileId: 'professional',
    priority: 0,
    start,
    end,
    ...extra,
  };
}

/** Default settings plus a Family profile, in the given zone, with the given windows. */
export function settingsWith(
  zone: string,
  windows: Settings['windows'],
  extra: Partial<Settings> = {},
): Settings {
  const base = defaultSettings(zone);
  return {
    ...base,
    profiles: [
      ...base.profiles,
      {
        id: 'family',
        name: 'Family',
        colour: '#e08a1e',
        icon: 'people',
        ruleOverrides: [],
        limits: [],
        actions: {},
      },
    ],
    windows,
    ...extra,
  };
}

/** An instant from an ISO string with an explicit offset, independent of any time-zone library. */
export const at = (iso: string): number => {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`bad instant ${iso}`);
  return ms;
};
