import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { failureMessage } from '../../lib/failure-message.ts';
import type { Rule } from '../../../../electron/shared/domain/rules.ts';
import type { Result } from '../../../../electron/shared/result.ts';
import { Empty, ErrorState, Loading } from '../../components/StateViews.tsx';
import { balans } from '../../lib/balans.ts';
import { formatDuration } from '../../lib/format.ts';
import { useCall } from '../../lib/use-call.ts';
import type { CategoryOption } from './RulesPage.tsx';
import { ruleFor } from './rule-drafts.ts';

/** Recent apps and sites no rule matches yet, each with one button per category to add an exact rule. */
export function UnmatchedList({
  categories,
  version,
  onCategorise,
}: {
  categories: CategoryOption[];
  version: number;
  onCategorise: (rule: Omit<Rule, 'id'>) => Promise<Result<unknown>>;
}) {
  const { t, i18n } = useTranslation();
  const report = useCall(() => balans().getUnmatchedUsage({ days: 7 }), `unmatched#${version}`);
  const [failure, setFailure] = useState<string | null>(null);
  const categorise = async (item: { kind: 'app' | 'site'; name: string }, category: string) => {
    const result = await onCategorise(ruleFor(item, category));
    setFailure(result.ok ? null : failureMessage(t, result));
  };
  // 'other' is what unmatched things already are; offering it would add a rule that changes nothing.
  const choices = categories.filter((c) => c.id !== 'other');

  return (
    <section className="unmatched" aria-labelledby="unmatched-title">
      <h2 id="unmatched-title">{t('rules.unmatched')}</h2>
      <p className="hint">{t('rules.unmatchedHelp')}</p>
      {report.status === 'loading' && <Loading />}
      {report.status === 'error' && <ErrorState failure={report.failure} onRetry={report.reload} />}
      {report.status === 'ready' && report.data.items.length === 0 && (
        <Empty message={t('rules.unmatchedEmpty')} />
      )}
      {failure && (
        <p role="alert" className="state-error">
          {t('state.saveFailed', { message: failure })}
        </p>
      )}
      {report.status === 'ready' && report.data.items.length > 0 && (
        <ul className="unmatched-list">
          {report.data.items.map((item) => (
            <li key={`${item.kind}:${item.name}`} data-unmatched={item.name}>
              <span className="unmatched-name">
                {item.name}{' '}
                <span className="hint">
                  {t(`rules.kind.${item.kind}`)} · {formatDuration(item.ms, i18n.language)}
                </span>
              </span>
              <span className="chips" role="group" aria-label={t('rules.categoriseAs', { name: item.name })}>
                {choices.map((c) => (
                  <button
                    key={c.id}
                    type="button"
                    aria-label={t('rules.categoriseOne', { name: item.name, category: c.label })}
                    onClick={() => void categorise(item, c.id)}
                  >
                    {c.label}
                  </button>
                ))}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
