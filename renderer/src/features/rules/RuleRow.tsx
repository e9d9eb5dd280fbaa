import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  RULE_FIELDS,
  RULE_MATCHES,
  type Rule,
  type RuleShadow,
} from '../../../../electron/shared/domain/rules.ts';
import type { CategoryOption } from './RulesPage.tsx';
import { TEXT_LENGTHS } from '../../../../electron/shared/domain/text-lengths.ts';

/**
 * One rule as a table row. Alt+↑ and Alt+↓ move it from any of its fields (the ↑ ↓ buttons are there for the
 * mouse, out of the Tab order, so Tab goes field to field and reaches Save quickly).
 */
export function RuleRow({
  rule,
  n,
  count,
  categories,
  shadow,
  shadowName,
  onChange,
  onMove,
  onRemove,
}: {
  rule: Rule;
  /** Its place in the whole list, from 1. */
  n: number;
  count: number;
  categories: CategoryOption[];
  shadow: RuleShadow | undefined;
  /** How the winning rule is named to the user ("rule 3, Site is exactly youtube.com"). */
  shadowName: string;
  onChange: (patch: Partial<Rule>) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const onKeyDown = (event: KeyboardEvent) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    onMove(event.key === 'ArrowUp' ? -1 : 1);
  };
  const warningId = `shadow-${rule.id}`;
  return (
    <tr data-rule={rule.id} onKeyDown={onKeyDown} className={shadow ? 'shadowed' : undefined}>
      <td>
        <select
          aria-label={t('rules.fieldOf', { n })}
          value={rule.field}
          onChange={(e) => onChange({ field: e.target.value as Rule['field'] })}
        >
          {RULE_FIELDS.map((f) => (
            <option key={f} value={f}>
              {t(`rules.fields.${f}`)}
            </option>
          ))}
        </select>
      </td>
      <td>
        <select
          aria-label={t('rules.matchOf', { n })}
          value={rule.match}
          onChange={(e) => onChange({ match: e.target.value as Rule['match'] })}
        >
          {RULE_MATCHES.map((m) => (
            <option key={m} value={m}>
              {t(`rules.matches.${m}`)}
            </option>
          ))}
        </select>
      </td>
      <td>
        <input
          aria-label={t('rules.patternOf', { n })}
          aria-describedby={shadow ? warningId : undefined}
          required
          maxLength={TEXT_LENGTHS.pattern}
          value={rule.pattern}
          onChange={(e) => onChange({ pattern: e.target.value })}
        />
        {shadow && (
          <p id={warningId} className="shadow-warning" data-testid="shadow-warning">
            {t(shadow.sameCategory ? 'rules.redundant' : 'rules.shadowedBy', { rule: shadowName })}
          </p>
        )}
      </td>
      <td>
        <select
          aria-label={t('rules.categoryOf', { n })}
          value={rule.category}
          onChange={(e) => onChange({ category: e.target.value })}
        >
          {categories.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </select>
      </td>
      <td className="row-actions">
        <button
          type="button"
          tabIndex={-1}
          aria-label={t('rules.moveUp', { n })}
          disabled={n === 1}
          onClick={() => onMove(-1)}
        >
          ↑
        </button>
        <button
          type="button"
          tabIndex={-1}
          aria-label={t('rules.moveDown', { n })}
          disabled={n === count}
          onClick={() => onMove(1)}
        >
          ↓
        </button>
        <button type="button" className="danger" aria-label={t('rules.remove', { n })} onClick={onRemove}>
          ✕
        </button>
      </td>
    </tr>
  );
}
