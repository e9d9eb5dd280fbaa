import { z } from 'zod';
import { TEXT_LENGTHS } from './text-lengths.ts';

const name = z.string().trim().min(1).max(TEXT_LENGTHS.sentence);

/** What Balans may record, and for how long. */
export const privacySettingsSchema = z
  .object({
    /** false: window titles are never written to disk (apps and sites still are). */
    recordTitles: z.boolean(),
    /** Apps never recorded (e.g. a password manager), matched on the app name ignoring case. */
    excludedApps: z.array(name).max(500),
    /** Sites never recorded; a site also covers its subdomains. */
    excludedSites: z.array(name.toLowerCase()).max(500),
    /** Events that ended more than this many days ago are deleted; null keeps everything. */
    retentionDays: z.number().int().min(1).max(36_500).nullable(),
  })
  .strict();
export type PrivacySettings = z.infer<typeof privacySettingsSchema>;

export const DEFAULT_PRIVACY_SETTINGS: PrivacySettings = {
  recordTitles: true,
  excludedApps: [],
  excludedSites: [],
  retentionDays: null,
};
