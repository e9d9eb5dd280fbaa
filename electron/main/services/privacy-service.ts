import type { Clock } from '../../core/clock.ts';
import type { DeletionResult, PrivacySettings } from '../../shared/contract/privacy.ts';

/** What the privacy controls need from the usage store. */
export interface PrivacyStore {
  privacySettings(): PrivacySettings;
  updatePrivacySettings(next: PrivacySettings): PrivacySettings;
  deleteEndedBefore(cutoff: number): number;
  deleteEverything(): number;
}

const DAY_MS = 86_400_000;

/** Privacy controls: what is recorded, retention, and deleting history. */
export function createPrivacyService(deps: {
  store: PrivacyStore;
  clock: Clock;
  onChange?: (settings: PrivacySettings) => void;
  /** Throws BalansError('locked') unless the PIN is right, when a parent PIN is set (the parent lock). */
  requirePin?: (pin: string | undefined) => Promise<void>;
}) {
  const service = {
    getPrivacySettings: (): PrivacySettings => deps.store.privacySettings(),

    /** Saves the changed fields; a retention setting takes effect at once. */
    updatePrivacySettings(patch: Partial<PrivacySettings>): PrivacySettings {
      const saved = deps.store.updatePrivacySettings({ ...deps.store.privacySettings(), ...patch });
      deps.onChange?.(saved);
      if (patch.retentionDays !== undefined) service.applyRetention();
      return saved;
    },

    /** Deletes events that ended more than the retention period ago (whole 24-hour days). */
    applyRetention(): DeletionResult {
      const days = deps.store.privacySettings().retentionDays;
      if (days === null) return { deletedEvents: 0 };
      return { deletedEvents: deps.store.deleteEndedBefore(deps.clock.now() - days * DAY_MS) };
    },

    /** Deletes all history; with a parent PIN set, only with that PIN (a child cannot wipe what was tracked). */
    async deleteEverything(pin?: string): Promise<DeletionResult> {
      await deps.requirePin?.(pin);
      return { deletedEvents: deps.store.deleteEverything() };
    },
  };
  return service;
}

export type PrivacyService = ReturnType<typeof createPrivacyService>;
