import { z } from 'zod';
import { call } from './define.ts';
import { pinSchema, withPin } from './parent-lock.ts';
import { privacySettingsSchema, type PrivacySettings } from '../domain/privacy.ts';

export interface DeletionResult {
  deletedEvents: number;
}

export const privacyCalls = {
  getPrivacySettings: call<PrivacySettings>()(z.void()),
  /**
   * Changes some settings; a shorter retention deletes the now-expired events at once, and with a parent PIN
   * set needs that PIN ('pin-required').
   */
  updatePrivacySettings: call<PrivacySettings>()(privacySettingsSchema.partial().extend(withPin).strict()),
  /** How many events a retention of `retentionDays` would delete now, so the UI can say so before asking. */
  previewRetention: call<DeletionResult>()(
    z.object({ retentionDays: z.number().int().min(1).max(36_500) }).strict(),
  ),
  /** Deletes events older than the retention setting now (it also runs on its own once a day). */
  applyRetention: call<DeletionResult>()(z.void()),
  /**
   * Deletes every recorded event; the settings stay. `confirm` guards against a stray call; when a parent PIN is
   * set, `pin` must be it ('pin-required' / 'pin-wrong' / 'pin-lockout' otherwise).
   */
  deleteEverything: call<DeletionResult>()(
    z.object({ confirm: z.literal(true), pin: pinSchema.optional() }).strict(),
  ),
};
