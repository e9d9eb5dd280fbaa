import type { DatabaseSync } from 'node:sqlite';
import {
  DEFAULT_PRIVACY_SETTINGS,
  privacySettingsSchema,
  type PrivacySettings,
} from '../../../shared/domain/privacy.ts';

/** Reads the stored privacy settings; a missing or unreadable row falls back to the defaults. */
export function readPrivacySettings(db: DatabaseSync): PrivacySettings {
  const row = db.prepare('SELECT json FROM privacy_settings WHERE id = 1').get();
  if (!row) return { ...DEFAULT_PRIVACY_SETTINGS };
  try {
    const parsed = privacySettingsSchema.safeParse(JSON.parse(String(row.json)));
    if (parsed.success) return parsed.data;
  } catch {
    // Corrupt JSON: fall through to the defaults rather than refuse to start.
  }
  return { ...DEFAULT_PRIVACY_SETTINGS };
}

/** Stores the privacy settings (validated again: this is the last stop before the disk). */
export function writePrivacySettings(db: DatabaseSync, settings: PrivacySettings): PrivacySettings {
  const valid = privacySettingsSchema.parse(settings);
  db.prepare(
    'INSERT INTO privacy_settings (id, json) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET json = excluded.json',
  ).run(JSON.stringify(valid));
  return valid;
}
