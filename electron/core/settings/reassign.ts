import type { DailyLimit } from '../../shared/domain/profiles.ts';
import type { Settings } from '../../shared/domain/settings.ts';
import type { CategoryId } from '../../shared/domain/usage.ts';

/**
 * The settings without profile `id`, nothing lost: its windows and the default profile go to `to`, and its own
 * rules follow into `to`'s list after `to`'s own (so the rules `to` already had still win). A manual switch to
 * the deleted profile ends, so the schedule decides again. Pure: the caller checks `id` and `to` exist.
 */
export function withoutProfile(settings: Settings, id: string, to: string): Settings {
  const gone = settings.profiles.find((p) => p.id === id);
  return {
    ...settings,
    profiles: settings.profiles
      .filter((p) => p.id !== id)
      .map((p) =>
        p.id === to && gone ? { ...p, ruleOverrides: [...p.ruleOverrides, ...gone.ruleOverrides] } : p,
      ),
    windows: settings.windows.map((w) => (w.profileId === id ? { ...w, profileId: to } : w)),
    defaultProfileId: settings.defaultProfileId === id ? to : settings.defaultProfileId,
    manualSwitch: settings.manualSwitch?.profileId === id ? null : settings.manualSwitch,
  };
}

/**
 * The settings without user category `id`: rules that chose it choose `to`; a daily limit on it counts `to`
 * (where a profile already limits `to`, the stricter limit stays); `to` keeps its own action in each profile and
 * takes the deleted one's only where it had none. Pure: the caller checks `id` and `to` exist.
 */
export function withoutCategory(settings: Settings, id: CategoryId, to: CategoryId): Settings {
  const moveRule = <R extends { category: CategoryId }>(rule: R): R =>
    rule.category === id ? { ...rule, category: to } : rule;
  const profiles = settings.profiles.map((profile) => {
    const actions = { ...profile.actions };
    const moved = actions[id];
    delete actions[id];
    if (moved !== undefined && actions[to] === undefined) actions[to] = moved;
    return {
      ...profile,
      ruleOverrides: profile.ruleOverrides.map(moveRule),
      actions,
      limits: mergeLimits(profile.limits, id, to),
    };
  });
  return {
    ...settings,
    categories: settings.categories.filter((c) => c.id !== id),
    rules: settings.rules.map(moveRule),
    profiles,
  };
}

const isCategory = (limit: DailyLimit, category: CategoryId) =>
  limit.target.kind === 'category' && limit.target.category === category;

function mergeLimits(limits: readonly DailyLimit[], id: CategoryId, to: CategoryId): DailyLimit[] {
  const moved = limits.find((l) => isCategory(l, id));
  if (!moved) return [...limits];
  const rest = limits.filter((l) => !isCategory(l, id));
  const existing = rest.find((l) => isCategory(l, to));
  if (!existing)
    return [...rest, { target: { kind: 'category', category: to }, minutesPerDay: moved.minutesPerDay }];
  return rest.map((l) =>
    l === existing ? { ...l, minutesPerDay: Math.min(l.minutesPerDay, moved.minutesPerDay) } : l,
  );
}
