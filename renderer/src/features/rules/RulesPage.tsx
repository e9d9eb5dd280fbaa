import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Rule, Settings } from '../../../../electron/shared/domain/settings.ts';
import { BUILT_IN_CATEGORIES } from '../../../../electron/shared/domain/usage.ts';
import { ErrorState, Loading } from '../../components/StateViews.tsx';
import { balans } from '../../lib/balans.ts';
import { useKeptCall } from '../../lib/use-kept-call.ts';
import { useSettingsVersion } from '../../lib/use-settings-version.ts';
import type { Result } from '../../../../electron/shared/result.ts';
import { RuleList } from './RuleList.tsx';
import { RuleTester } from './RuleTester.tsx';
import { UnmatchedList } from './UnmatchedList.tsx';
import { withShownNames } from '../../lib/profile-name.ts';

/** A category id with the name to show for it. */
export interface CategoryOption {
  id: string;
  label: string;
}

/** Category rules per profile, the live tester, and the recent apps and sites no rule matches yet. */
export function RulesPage() {
  const { t } = useTranslation();
  const version = useSettingsVersion();
  // The last answer stays while a save reloads, so the tester, the list and the scroll position stay too.
  const settings = useKeptCall(() => balans().getSettings(undefined), `rules-settings#${version}`);
  // '' is the shared list; otherwise the id of the profile whose overrides are edited.
  const [scope, setScope] = useState('');
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);

  return (
    <section className="page rules-page" aria-labelledby="rules-title">
      <h1 id="rules-title">{t('rules.title')}</h1>
      <p className="subtitle">{t('rules.intro')}</p>
      {settings.status === 'loading' && <Loading />}
      {settings.status === 'error' && <ErrorState failure={settings.failure} onRetry={settings.reload} />}
      {settings.status === 'ready' &&
        (() => {
          const current = settings.data;
          const categories = categoryOptions(current, t);
          const profile = current.profiles.find((p) => p.id === scope);
          const rules = profile ? profile.ruleOverrides : current.rules;
          const save = (next: Rule[]): Promise<Result<unknown>> =>
            profile
              ? balans().saveProfile({
                  id: profile.id,
                  name: profile.name,
                  colour: profile.colour,
                  icon: profile.icon,
                  ruleOverrides: next,
                })
              : balans().setRules({ rules: next });
          return (
            <>
              <RuleTester
                profiles={withShownNames(current.profiles, t)}
                categories={categories}
                version={version}
              />
              <UnmatchedList
                categories={categories}
                version={version}
                onCategorise={(rule) => balans().setRules({ rules: [...current.rules, rule] })}
              />
              <h2>{t('rules.listLabel')}</h2>
              <label className="scope">
                {t('rules.scope')}
                <select
                  value={profile ? scope : ''}
                  onChange={(e) => {
                    setScope(e.target.value);
                    setMessage(null);
                  }}
                >
                  <option value="">{t('rules.shared')}</option>
                  {withShownNames(current.profiles, t).map((p) => (
                    <option key={p.id} value={p.id}>
                      {t('rules.overridesOf', { name: p.name })}
                    </option>
                  ))}
                </select>
              </label>
              <p className="hint">{profile ? t('rules.overridesHelp') : t('rules.sharedHelp')}</p>
              <RuleList
                key={scope}
                rules={rules}
                categories={categories}
                onSave={save}
                message={message}
                setMessage={setMessage}
              />
            </>
          );
        })()}
    </section>
  );
}

/** The built-in categories in the user's language, then the user's own. */
function categoryOptions(settings: Settings, t: (key: string) => string): CategoryOption[] {
  return [
    ...BUILT_IN_CATEGORIES.map((id) => ({ id, label: t(`category.${id}`) })),
    ...settings.categories.map((c) => ({ id: c.id, label: c.name })),
  ];
}
