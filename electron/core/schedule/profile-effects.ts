import { WINDOW_KINDS } from '../../shared/domain/focus-windows.ts';
import type { ProfileEffect } from '../../shared/domain/profiles.ts';
import type { Settings } from '../../shared/domain/settings.ts';
import { snapshotContext, triggersFor } from './snapshot.ts';

/**
 * What a profile does, per window kind and category: the same triggers the schedule applies when that kind of
 * window is open for the profile, so the Profiles screen shows exactly what will happen, not a second opinion.
 */
export function profileEffects(settings: Settings, profileId: string): ProfileEffect[] {
  const ctx = snapshotContext(settings);
  return [...WINDOW_KINDS, null].map((kind) => ({ kind, triggers: triggersFor(ctx, kind, profileId) }));
}
