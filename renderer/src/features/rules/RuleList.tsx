import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RULE_FIELDS, RULE_MATCHES, type Rule } from '../../../../electron/shared/domain/rules.ts';
import type { Result } from '../../../../electron/shared/result.ts';
import { Empty } from '../../components/StateViews.tsx';
import type { CategoryOption } from './RulesPage.tsx';
import { blankRule, moveRule, newRuleId } from './rule-drafts.ts';
import { ruleFailureText } from './regex-problem.ts';

/** The ordered rule list as an editable table; saved as a whole, since order decides which rule wins. */
export function RuleList({
  rules,
  categories,
  onSave,
  message,
  setMessage,
}: {
  rules: Rule[];
  categories: CategoryOption[];
  onSave: (rules: Rule[]) => Promise<Result<unknown>>;
  /** Kept by the page: a successful save reloads the settings and remounts this list. */
  message: { error: boolean; text: string } | null;
  setMessage: (message: { error: boolean; text: string } | null) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(rules);
  const change = (index: number, patch: Partial<Rule>) =>
    setDraft(draft.map((rule, i) => (i === index ? { ...rule, ...patch } : rule)));
  const save = async (event: FormEvent) => {
    event.preventDefault();
    const result = await onSave(draft);
    setMessage(
      result.ok
        ? { error: false, text: t('rules.saved') }
        : {
            error: true,
            text: t('state.saveFailed', { message: ruleFailureText(t, result) }),
          },
    );
  };

  return (
    <form className="rule-list" aria-label={t('rules.listLabel')} onSubmit={(e) => void save(e)}>
      {draft.length === 0 ? (
        <Empty message={t('rules.empty')} />
      ) : (
        <table className="rules-table">
          <thead>
            <tr>
              <th scope="col">{t('rules.field')}</th>
              <th scope="col">{t('rules.match')}</th>
              <th scope="col">{t('rules.pattern')}</th>
              <th scope="col">{t('rules.category')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('rules.order')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {draft.map((rule, index) => {
              const n = index + 1;
              return (
                <tr key={rule.id} data-rule={rule.id}>
                  <td>
                    <select
                      aria-label={t('rules.fieldOf', { n })}
                      value={rule.field}
                      onChange={(e) => change(index, { field: e.target.value as Rule['field'] })}
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
                      onChange={(e) => change(index, { match: e.target.value as Rule['match'] })}
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
                      required
                      maxLength={300}
                      value={rule.pattern}
                      onChange={(e) => change(index, { pattern: e.target.value })}
                    />
                  </td>
                  <td>
                    <select
                      aria-label={t('rules.categoryOf', { n })}
                      value={rule.category}
                      onChange={(e) => change(index, { category: e.target.value })}
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
                      aria-label={t('rules.moveUp', { n })}
                      disabled={index === 0}
                      onClick={() => setDraft(moveRule(draft, index, -1))}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      aria-label={t('rules.moveDown', { n })}
                      disabled={index === draft.length - 1}
                      onClick={() => setDraft(moveRule(draft, index, 1))}
                    >
                      ↓
                    </button>
                    <button
                      type="button"
                      className="danger"
                      aria-label={t('rules.remove', { n })}
                      onClick={() => setDraft(draft.filter((_, i) => i !== index))}
                    >
                      ✕
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {message && (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'state-error' : 'hint'}>
          {message.text}
        </p>
      )}
      <div className="actions">
        <button type="button" onClick={() => setDraft([...draft, blankRule(newRuleId('new', draft))])}>
          {t('rules.add')}
        </button>
        <button type="submit" className="primary">
          {t('rules.save')}
        </button>
      </div>
    </form>
  );
}
