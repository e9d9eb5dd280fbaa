import type { YearView } from '../../../electron/shared/contract/views.ts';
import { categoryColor } from './palette.ts';
import type { Series } from './series.ts';

const minutes = (ms: number) => Math.round(ms / 6_000) / 10;

/** One bar per month stacked by category (minutes), and one series per category with time in the year. */
export function yearCategoryBars(
  view: YearView,
  labelOfMonth: (month: string) => string,
  labelOfCategory: (category: string) => string,
): { data: Record<string, string | number>[]; series: Series[] } {
  const categories = new Map<string, number>();
  for (const m of view.months)
    for (const c of m.byCategory) categories.set(c.category, (categories.get(c.category) ?? 0) + c.ms);
  const order = [...categories].filter(([, ms]) => ms > 0).sort((a, b) => b[1] - a[1]);
  return {
    data: view.months.map((m) => ({
      month: labelOfMonth(m.month),
      ...Object.fromEntries(m.byCategory.map((c) => [c.category, minutes(c.ms)])),
    })),
    series: order.map(([category]) => ({
      key: category,
      label: labelOfCategory(category),
      color: categoryColor(category),
    })),
  };
}

/** One bar per month stacked by profile (minutes), in the view's profile order, with the profiles' colours. */
export function yearProfileBars(
  view: YearView,
  labelOfMonth: (month: string) => string,
  profiles: readonly { id: string; name: string; colour: string }[],
): { data: Record<string, string | number>[]; series: Series[] } {
  const used = view.profiles.filter((id) =>
    view.months.some((m) => (m.byProfile.find((p) => p.profileId === id)?.totalMs ?? 0) > 0),
  );
  return {
    data: view.months.map((m) => ({
      month: labelOfMonth(m.month),
      ...Object.fromEntries(m.byProfile.map((p) => [`profile:${p.profileId}`, minutes(p.totalMs)])),
    })),
    series: used.map((id) => {
      const profile = profiles.find((p) => p.id === id);
      return { key: `profile:${id}`, label: profile?.name ?? id, color: profile?.colour ?? '#888888' };
    }),
  };
}
