import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Rule } from '../../../../electron/shared/domain/rules.ts';
import type { Failure, Result } from '../../../../electron/shared/result.ts';
import { Empty } from '../../components/StateViews.tsx';
import { balans } from '../../lib/balans.ts';
import { useKeptCall } from '../../lib/use-kept-call.ts';
import { useUnsavedGuard } from '../../lib/use-unsaved-guard.ts';
import type { CategoryOption } from './RulesPage.tsx';
import { blankRule, moveRule, newRuleId } from './rule-drafts.ts';
import { patternIssueAt, ruleFailureText } from './regex-problem.ts';
import { isDirty, visibleRules } from './rule-filter.ts';
import { RuleRow } from './RuleRow.tsx';
import './rules.css';

/**
 * The ordered rule list as an editable table, saved as a whole since order decides which rule wins. A new rule
 * goes on top, where it wins; main says which rules an earlier one always beats; search and a category filter
 * narrow the rows without changing the order; leaving with unsaved changes asks first.
 */
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
  message: { error: boolean; text: string } | null;
  setMessage: (message: { error: boolean; text: string } | null) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(rules);
  // A save reloads the settings: the list takes the saved rules without remounting, so place and focus stay.
  const [saved, setSaved] = useState(rules);
  if (rules !== saved) {
    setSaved(rules);
    setDraft(rules);
  }
  const [filter, setFilter] = useState({ text: '', category: '' });
  // What main said about each rule's pattern on the last refused save, by rule id (so it follows a moved row);
  // a rule's own sentence goes when that rule is edited.
  const [patternIssues, setPatternIssues] = useState<Record<string, string>>({});
  const focusPattern = useRef<string | null>(null);
  useEffect(() => {
    if (!focusPattern.current) return;
    document.querySelector<HTMLInputElement>(`tr[data-rule="${focusPattern.current}"] input`)?.focus();
    focusPattern.current = null;
  });
  const dirty = isDirty(draft, rules);
  useUnsavedGuard(dirty, t('rules.unsavedLeave'));

  const complete = draft.filter((r) => r.pattern.trim() !== '');
  const shadows = useKeptCall(() => balans().getRuleShadows({ rules: complete }), JSON.stringify(complete));
  const shadowOf = (id: string) =>
    shadows.status === 'ready' ? shadows.data.find((s) => s.ruleId === id) : undefined;
  const nameOf = (id: string) => {
    const index = draft.findIndex((r) => r.id === id);
    const rule = draft[index];
    if (!rule) return id;
    return t('rules.ruleName', {
      n: index + 1,
      field: t(`rules.fields.${rule.field}`),
      match: t(`rules.matches.${rule.match}`),
      pattern: rule.pattern,
    });
  };

  const change = (index: number, patch: Partial<Rule>) => {
    const id = draft[index]?.id;
    if (id && patternIssues[id]) setPatternIssues(({ [id]: _, ...rest }) => rest);
    setDraft(draft.map((rule, i) => (i === index ? { ...rule, ...patch } : rule)));
  };
  const issuesOf = (failure: Failure | null, rules: Rule[]) =>
    Object.fromEntries(
      rules.flatMap((rule, i) => {
        const text = patternIssueAt(t, failure, i);
        return text ? [[rule.id, text]] : [];
      }),
    );
  const move = (index: number, by: -1 | 1) => {
    const active = document.activeElement as HTMLElement | null;
    setDraft(moveRule(draft, index, by));
    // Reordering moves the row's DOM node, which can drop the focus: give it back to the same field.
    requestAnimationFrame(() => active?.isConnected && active !== document.activeElement && active.focus());
  };
  const add = () => {
    const rule = blankRule(newRuleId('new', draft));
    focusPattern.current = rule.id;
    setFilter({ text: '', category: '' });
    setDraft([rule, ...draft]);
  };
  const save = async (event: FormEvent) => {
    event.preventDefault();
    const result = await onSave(draft);
    setPatternIssues(issuesOf(result.ok ? null : result, draft));
    setMessage(
      result.ok
        ? { error: false, text: t('rules.saved') }
        : {
            error: true,
            text: t('state.saveFailed', { message: ruleFailureText(t, result) }),
          },
    );
  };
  const shown = visibleRules(draft, filter);

  return (
    <form className="rule-list" aria-label={t('rules.listLabel')} onSubmit={(e) => void save(e)}>
      <div className="rule-toolbar">
        <label>
          {t('rules.search')}
          <input
            type="search"
            value={filter.text}
            onChange={(e) => setFilter({ ...filter, text: e.target.value })}
          />
        </label>
        <label>
          {t('rules.filterCategory')}
          <select
            value={filter.category}
            onChange={(e) => setFilter({ ...filter, category: e.target.value })}
          >
            <option value="">{t('rules.allCategories')}</option>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={add}>
          {t('rules.add')}
        </button>
        <button type="submit" className="primary">
          {t('rules.save')}
        </button>
        {dirty && <span className="hint">{t('rules.unsaved')}</span>}
      </div>
      {message && (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'state-error' : 'hint'}>
          {message.text}
        </p>
      )}
      <p className="hint" data-testid="rule-count">
        {t('rules.showing', { shown: shown.length, total: draft.length })} {t('rules.keyboardHelp')}
      </p>
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
            {shown.map((index) => {
              const rule = draft[index]!;
              const shadow = shadowOf(rule.id);
              return (
                <RuleRow
                  key={rule.id}
                  rule={rule}
                  n={index + 1}
                  count={draft.length}
                  categories={categories}
                  shadow={shadow}
                  shadowName={shadow ? nameOf(shadow.by) : ''}
                  patternIssue={patternIssues[rule.id] ?? null}
                  onChange={(patch) => change(index, patch)}
                  onMove={(by) => move(index, by)}
                  onRemove={() => setDraft(draft.filter((_, i) => i !== index))}
                />
              );
            })}
          </tbody>
        </table>
      )}
    </form>
  );
}
