import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { categoryColor } from '../../charts/palette.ts';
import { crossingBars, profileBars } from '../../charts/profile-split.ts';
import { StackedBars } from '../../charts/StackedBars.tsx';
import { durationTicks, unbreakable } from '../../charts/duration-ticks.ts';
import { Truncated } from '../../components/Truncated.tsx';
import { Empty, ErrorState, Loading } from '../../components/StateViews.tsx';
import { balans } from '../../lib/balans.ts';
import { formatDuration } from '../../lib/format.ts';
import { failureMessage } from '../../lib/failure-message.ts';
import { shownProfileName, withShownNames } from '../../lib/profile-name.ts';
import { useKeptCall } from '../../lib/use-kept-call.ts';
import { useSettingsVersion } from '../../lib/use-settings-version.ts';
import { loadProfiles } from './load-profiles.ts';
import { CategoriesSection } from './CategoriesSection.tsx';
import { ProfileForm, type ProfileDraft } from './ProfileForm.tsx';
import { ProfileSetup } from './ProfileSetup.tsx';
import { CrossingsDrillDown } from '../review/CrossingsDrillDown.tsx';

/** Professional and Private side by side: time in each, what it went to, boundary crossings; edit and switch. */
export function ProfilesPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const version = useSettingsVersion();
  const data = useKeptCall(loadProfiles, `profiles#${version}`);
  const [setupId, setSetupId] = useState<string | null>(null);
  const [draft, setDraft] = useState<ProfileDraft | null>(null);
  const [formKey, setFormKey] = useState(0);
  const [switchError, setSwitchError] = useState<string | null>(null);
  const minutes = (value: number) => formatDuration(value * 60_000, locale);
  const labelOf = (category: string) => t(`category.${category}`, { defaultValue: category });
  const edit = (next: ProfileDraft) => {
    setDraft(next);
    setFormKey((n) => n + 1);
  };

  return (
    <section className="page" aria-labelledby="profiles-title">
      <h1 id="profiles-title">{t('profiles.title')}</h1>
      {data.status === 'loading' && <Loading />}
      {data.status === 'error' && <ErrorState failure={data.failure} onRetry={data.reload} />}
      {data.status === 'ready' &&
        (() => {
          const { settings, view, totals, crossings, zone } = data.data;
          const shown = withShownNames(settings.profiles, t);
          const { bars, categories } = profileBars(shown, totals);
          const active = view.now.profileId;
          const setupProfile = settings.profiles.find((p) => p.id === setupId);
          const crossingData = crossingBars(crossings, (k) => t(`crossing.${k}`));
          const crossingTicks = durationTicks(Math.max(0, ...crossingData.map((c) => c.minutes)));
          const switchTo = async (profileId: string) => {
            const result = await balans().switchProfile({ profileId, until: null });
            setSwitchError(result.ok ? null : failureMessage(t, result));
            data.reload();
          };
          return (
            <>
              <p className="subtitle">{t('profiles.thisWeek')}</p>
              <ul className="profile-cards">
                {settings.profiles.map((profile) => {
                  const name = shownProfileName(profile, t);
                  const bar = bars.find((b) => b.profileId === profile.id);
                  return (
                    <li
                      key={profile.id}
                      className="profile-card"
                      style={{ borderTopColor: profile.colour }}
                      data-profile={profile.id}
                    >
                      <h2>
                        <span className="swatch" style={{ background: profile.colour }} aria-hidden="true" />
                        <Truncated text={name} />
                      </h2>
                      <p className="big">{minutes(bar?.totalMinutes ?? 0)}</p>
                      {active === profile.id ? (
                        <p className="badge">{t('profiles.active')}</p>
                      ) : (
                        <button
                          type="button"
                          title={t('profiles.switchTo', { name })}
                          onClick={() => void switchTo(profile.id)}
                        >
                          {t('profiles.switchTo', { name })}
                        </button>
                      )}{' '}
                      <button
                        type="button"
                        title={t('profiles.edit', { name })}
                        onClick={() =>
                          edit({
                            id: profile.id,
                            name,
                            colour: profile.colour,
                            icon: profile.icon,
                          })
                        }
                      >
                        {t('profiles.edit', { name })}
                      </button>{' '}
                      <button
                        type="button"
                        title={t('profileSetup.open', { name })}
                        aria-expanded={setupId === profile.id}
                        onClick={() => setSetupId(setupId === profile.id ? null : profile.id)}
                      >
                        {t('profileSetup.open', { name })}
                      </button>
                    </li>
                  );
                })}
              </ul>
              {switchError && (
                <p role="alert" className="state-error">
                  {switchError}
                </p>
              )}
              <button type="button" onClick={() => edit({ name: '', colour: '#8c6bb1', icon: 'people' })}>
                {t('profiles.add')}
              </button>
              {draft && <ProfileForm key={formKey} draft={draft} onDone={() => setDraft(null)} />}
              {setupProfile && (
                <ProfileSetup
                  key={setupProfile.id}
                  profile={setupProfile}
                  settings={settings}
                  version={version}
                  onClose={() => setSetupId(null)}
                />
              )}
              <CategoriesSection categories={settings.categories} />

              <h2>{t('profiles.spentOn')}</h2>
              {bars.every((b) => b.totalMinutes === 0) ? (
                <Empty message={t('profiles.empty')} />
              ) : (
                <StackedBars
                  data={bars}
                  xKey="name"
                  series={categories.map((c) => ({ key: c, label: labelOf(c), color: categoryColor(c) }))}
                  label={t('profiles.chartLabel')}
                  formatMinutes={minutes}
                  testId="profile-chart"
                />
              )}

              <h2>{t('profiles.crossings')}</h2>
              <p className="hint">{t('profiles.crossingsHelp')}</p>
              <figure
                className="chart"
                aria-label={t('profiles.crossingsLabel')}
                data-testid="crossings-chart"
              >
                <ResponsiveContainer width="100%" height={140}>
                  <BarChart
                    data={crossingData}
                    layout="vertical"
                    margin={{ left: 16, right: 24 }}
                    accessibilityLayer
                  >
                    <CartesianGrid horizontal={false} strokeDasharray="3 3" />
                    <XAxis
                      type="number"
                      ticks={crossingTicks}
                      domain={[0, crossingTicks.at(-1) ?? 0]}
                      interval={0}
                      tickFormatter={(v: number) => unbreakable(minutes(v))}
                    />
                    <YAxis type="category" dataKey="label" width={200} />
                    <Tooltip formatter={(v) => minutes(Number(v))} />
                    <Bar dataKey="minutes" name={t('profiles.crossings')} isAnimationActive={false}>
                      <Cell fill={categoryColor('work')} />
                      <Cell fill={categoryColor('social')} />
                    </Bar>
                  </BarChart>
                </ResponsiveContainer>
              </figure>
              <p data-testid="crossings-summary">
                {t('profiles.crossingsSummary', {
                  work: formatDuration(crossings.workInPrivateMs, locale),
                  social: formatDuration(crossings.socialInFocusMs, locale),
                })}
              </p>
              {/* The summary above already says "0 min" when there are none; the list opens only on some. */}
              {crossings.segments.length > 0 && (
                <CrossingsDrillDown
                  segments={crossings.segments}
                  zone={zone}
                  profileName={(id) => shown.find((p) => p.id === id)?.name ?? id}
                  withDay
                />
              )}
            </>
          );
        })()}
    </section>
  );
}
