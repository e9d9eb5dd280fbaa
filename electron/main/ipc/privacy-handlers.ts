import type { privacyCalls } from '../../shared/contract/privacy.ts';
import type { PrivacyService } from '../services/privacy-service.ts';
import type { Handlers } from './handler-table.ts';

/** The privacy calls, answered by the privacy service. */
export function privacyHandlers(service: PrivacyService): Pick<Handlers, keyof typeof privacyCalls> {
  return {
    getPrivacySettings: () => service.getPrivacySettings(),
    updatePrivacySettings: ({ pin, ...patch }) => service.updatePrivacySettings(patch, pin),
    previewRetention: ({ retentionDays }) => service.previewRetention(retentionDays),
    applyRetention: () => service.applyRetention(),
    deleteEverything: ({ pin }) => service.deleteEverything(pin),
  };
}
