import type { Clock } from '../../core/clock.ts';
import type { GuardedChange } from '../../core/parent-lock/guard.ts';
import type { DeletionResult } from '../../shared/contract/privacy.ts';
import type { PrivacySettings } from '../../shared/domain/privacy.ts';

/** What the privacy controls need from the usage store (the settings are answered at once, from a copy). */
export interface PrivacyStore {
  privacySettings(): PrivacySettings;
  updatePrivacySettings(next: PrivacySettings): Promise<PrivacySettings>;
  deleteEndedBefore(cutoff: number): Promise<number>;
  /** How many events deleteEndedBefore(cutoff) would delete. */
  countEndedBefore(cutoff: number): Promise<number>;
  deleteEverything(): Promise<number>;
}

const DAY_MS = 86_400_000;

/** Privacy controls: what is recorded, retention, and deleting history. */
export function createPrivacyService(deps: {
  store: PrivacyStore;
  clock: Clock;
  onChange?: (settings: PrivacySettings) => void;
  /** The parent lock: checks the PIN when a change weakens what it guards (see ParentGuard.authorise). */
  authorise?: (change: GuardedChange, pin: string | undefined) => Promise<unknown>;
}) {
  const cutoffFor = (days: number) => deps.clock.now() - days * DAY_MS;
  const service = {
    getPrivacySettings: (): PrivacySettings => deps.store.privacySettings(),

    /** Saves the changed fields; a retention setting takes effect at once, and a shorter one needs the PIN. */
    async updatePrivacySettings(patch: Partial<PrivacySettings>, pin?: string): Promise<PrivacySettings> {
      if (patch.retentionDays !== undefined)
        await deps.authorise?.(
          {
            kind: 'retention',
            before: deps.store.privacySettings().retentionDays,
            after: patch.retentionDays,
          },
          pin,
        );
      const saved = await deps.store.updatePrivacySettings({ ...deps.store.privacySettings(), ...patch });
      deps.onChange?.(saved);
      if (patch.retentionDays !== undefined) await service.applyRetention();
      return saved;
    },

    /** Deletes events that ended more than the retention period ago (whole 24-hour days). */
    async applyRetention(): Promise<DeletionResult> {
      const days = deps.store.privacySettings().retentionDays;
      if (days === null) return { deletedEvents: 0 };
      return { deletedEvents: await deps.store.deleteEndedBefore(cutoffFor(days)) };
    },

    /** What keeping history for `days` days would delete now. */
    previewRetention: async (days: number): Promise<DeletionResult> => ({
      deletedEvents: await deps.store.countEndedBefore(cutoffFor(days)),
    }),

    /** Deletes all history; with a parent PIN set, only with that PIN (a child cannot wipe what was tracked). */
    async deleteEverything(pin?: string): Promise<DeletionResult> {
      await deps.authorise?.({ kind: 'delete-everything' }, pin);
      return { deletedEvents: await deps.store.deleteEverything() };
    },
  };
  return service;
}

export type PrivacyService = ReturnType<typeof createPrivacyService>;
