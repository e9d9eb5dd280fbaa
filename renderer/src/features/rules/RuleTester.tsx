import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Profile } from '../../../../electron/shared/domain/profiles.ts';
import { balans } from '../../lib/balans.ts';
import { useCall } from '../../lib/use-call.ts';
import type { CategoryOption } from './RulesPage.tsx';
import { ruleFailureText } from './regex-problem.ts';
import { TEXT_LENGTHS } from '../../../../electron/shared/domain/text-lengths.ts';

/** Type an app, title or site and see at once which category the real rules give it, and which rule decided. */
export function RuleTester({
  profiles,
  categories,
  version,
}: {
  profiles: Profile[];
  categories: CategoryOption[];
  version: number;
}) {
  const { t } = useTranslation();
  const [sample, setSample] = useState({ app: '', title: '', site: '', profileId: '' });
  const input = {
    app: sample.app.trim(),
    ...(sample.title.trim() ? { title: sample.title } : {}),
    ...(sample.site.trim() ? { site: sample.site } : {}),
    ...(sample.profileId ? { profileId: sample.profileId } : {}),
  };
  const answer = useCall(
    () => (input.app ? balans().categoriseSample(input) : Promise.resolve({ ok: true as const, data: null })),
    `tester#${JSON.stringify(input)}#${version}`,
  );
  const labelOf = (id: string) => categories.find((c) => c.id === id)?.label ?? id;
  const field = (key: 'app' | 'title' | 'site', placeholder: string) => (
    <label>
      {t(`rules.fields.${key}`)}
      <input
        value={sample[key]}
        placeholder={placeholder}
        maxLength={TEXT_LENGTHS.sample}
        onChange={(e) => setSample({ ...sample, [key]: e.target.value })}
      />
    </label>
  );

  return (
    <section className="rule-tester editor" aria-labelledby="tester-title">
      <h2 id="tester-title">{t('rules.tester')}</h2>
      <p className="hint">{t('rules.testerHelp')}</p>
      {field('app', 'firefox')}
      {field('title', 'Home / X — Mozilla Firefox')}
      {field('site', 'x.com')}
      <label>
        {t('rules.testerProfile')}
        <select
          value={sample.profileId}
          onChange={(e) => setSample({ ...sample, profileId: e.target.value })}
        >
          <option value="">{t('rules.shared')}</option>
          {profiles.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      <output className="tester-answer" aria-live="polite" data-testid="tester-answer">
        {answer.status === 'error' && (
          <span className="state-error">{ruleFailureText(t, answer.failure)}</span>
        )}
        {answer.status === 'ready' && answer.data === null && t('rules.testerEmpty')}
        {answer.status === 'ready' && answer.data !== null && (
          <>
            <strong>{t('rules.testerResult', { category: labelOf(answer.data.category) })}</strong>{' '}
            {answer.data.rule
              ? t(answer.data.rule.from === 'profile' ? 'rules.byOverride' : 'rules.byRule', {
                  field: t(`rules.fields.${answer.data.rule.field}`),
                  match: t(`rules.matches.${answer.data.rule.match}`),
                  pattern: answer.data.rule.pattern,
                })
              : t('rules.noRule')}
            {answer.data.site && <> {t('rules.siteSeen', { site: answer.data.site })}</>}
          </>
        )}
      </output>
    </section>
  );
}
