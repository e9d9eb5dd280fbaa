import type { TFunction } from 'i18next';
import { BUILT_IN_CATEGORIES, type CategoryId } from '../../../../electron/shared/domain/usage.ts';
import type { UserCategory } from '../../../../electron/shared/domain/rules.ts';

/** Every category a profile can act on, built-in first, each with its name in the user's language. */
export function categoryChoices(
  t: TFunction,
  own: readonly UserCategory[],
): { id: CategoryId; name: string }[] {
  return [
    ...BUILT_IN_CATEGORIES.map((id) => ({ id, name: t(`category.${id}`) })),
    ...own.map((c) => ({ id: c.id, name: c.name })),
  ];
}
