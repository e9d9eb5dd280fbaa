import type { BoundaryCrossings, UsageTotals } from '../../../electron/shared/contract/reports.ts';
import type { Profile } from '../../../electron/shared/domain/profiles.ts';

/** One profile's bar: minutes per category (keys are category ids), plus its name and total. */
export interface ProfileBar {
  profileId: string;
  name: string;
  totalMinutes: number;
  [category: string]: number | string;
}

const minutes = (ms: number) => Math.round(ms / 6_000) / 10;

/**
 * Stacked bars of each profile's time by category over a range, from one UsageTotals per profile, and the
 * categories that occur (largest first) so every chart draws the same stack order.
 */
export function profileBars(
  profiles: readonly Profile[],
  totals: ReadonlyMap<string, UsageTotals>,
): { bars: ProfileBar[]; categories: string[] } {
  const overall = new Map<string, number>();
  const bars = profiles.map((profile) => {
    const bar: ProfileBar = { profileId: profile.id, name: profile.name, totalMinutes: 0 };
    let total = 0;
    for (const period of totals.get(profile.id)?.periods ?? []) {
      total += period.totalMs;
      for (const entry of period.byCategory) {
        bar[entry.category] = ((bar[entry.category] as number | undefined) ?? 0) + entry.ms;
        overall.set(entry.category, (overall.get(entry.category) ?? 0) + entry.ms);
      }
    }
    for (const category of overall.keys())
      if (typeof bar[category] === 'number') bar[category] = minutes(bar[category]);
    bar.totalMinutes = minutes(total);
    return bar;
  });
  const categories = [...overall.entries()].sort((a, b) => b[1] - a[1]).map(([category]) => category);
  return { bars, categories };
}

/** The two kinds of boundary crossing as bars in minutes, labelled in the user's language. */
export function crossingBars(
  crossings: BoundaryCrossings,
  labelOf: (kind: 'work-in-private' | 'social-in-focus') => string,
): { kind: string; label: string; minutes: number }[] {
  return [
    {
      kind: 'work-in-private',
      label: labelOf('work-in-private'),
      minutes: minutes(crossings.workInPrivateMs),
    },
    {
      kind: 'social-in-focus',
      label: labelOf('social-in-focus'),
      minutes: minutes(crossings.socialInFocusMs),
    },
  ];
}
