import { useTranslation } from 'react-i18next';
import type { CategoryTotal } from '../../../electron/shared/contract/today.ts';
import { formatDuration } from '../lib/format.ts';

/**
 * The categories some time fell in, largest first ("Work, Other": a profile's rule made part of it work), with
 * each one's time in the tooltip and for screen readers when there is more than one.
 */
export function CategoryNames({ byCategory }: { byCategory: readonly CategoryTotal[] }) {
  const { t, i18n } = useTranslation();
  const labelOf = (category: string) => t(`category.${category}`, { defaultValue: category });
  if (byCategory.length <= 1) return <>{labelOf(byCategory[0]?.category ?? 'other')}</>;
  const detail = byCategory
    .map((c) =>
      t('apps.categoryTime', {
        category: labelOf(c.category),
        duration: formatDuration(c.ms, i18n.language),
      }),
    )
    .join(', ');
  return (
    <span title={detail}>
      <span aria-hidden="true">{byCategory.map((c) => labelOf(c.category)).join(', ')}</span>
      <span className="visually-hidden">{detail}</span>
    </span>
  );
}
