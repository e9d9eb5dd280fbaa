import type { TFunction } from 'i18next';
import { BUILT_IN_PROFILE_NAMES, type Profile } from '../../../electron/shared/domain/profiles.ts';

const builtInName = (id: string): string | undefined =>
  (BUILT_IN_PROFILE_NAMES as Record<string, string | undefined>)[id];

/** A profile's name as shown: a built-in profile still under its first name speaks the user's language. */
export function shownProfileName(profile: Pick<Profile, 'id' | 'name'>, t: TFunction): string {
  return builtInName(profile.id) === profile.name ? t(`profileName.${profile.id}`) : profile.name;
}

/** The profiles with their shown names, for lists, charts and selects. */
export function withShownNames<P extends Pick<Profile, 'id' | 'name'>>(
  profiles: readonly P[],
  t: TFunction,
): P[] {
  return profiles.map((p) => ({ ...p, name: shownProfileName(p, t) }));
}

/**
 * The name to save: a built-in profile's translated name saved unchanged stays its first name, so it goes on
 * following the language; any other name is the user's own.
 */
export function nameToSave(id: string | undefined, name: string, t: TFunction): string {
  const first = id === undefined ? undefined : builtInName(id);
  return first !== undefined && name === t(`profileName.${id}`) ? first : name;
}
