import { defaultSettings } from '../../electron/core/settings/default-settings.ts';
import type { FocusWindow } from '../../electron/shared/domain/focus-windows.ts';
import type { Settings } from '../../electron/shared/domain/settings.ts';

const weekly = (
  id: string,
  name: string,
  kind: FocusWindow['kind'],
  profileId: string,
  start: string,
  end: string,
): FocusWindow => ({
  id,
  name,
  kind,
  profileId,
  priority: 0,
  type: 'weekly',
  days: [1, 2, 3, 4, 5],
  start,
  end,
  endsNextDay: false,
  skipDates: [],
});

/** A working week as people set it up: office hours for Professional, a morning focus window. */
export function workingWeek(zone: string): Settings {
  return {
    ...defaultSettings(zone),
    windows: [
      weekly('office', 'Office hours', 'office-hours', 'professional', '09:00', '17:00'),
      weekly('deep-work', 'Deep work', 'focus', 'professional', '10:30', '12:00'),
    ],
  };
}
