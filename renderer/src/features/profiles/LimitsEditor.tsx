import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  LIMIT_MINUTES,
  type DailyLimit,
  type LimitTarget,
  type Profile,
} from '../../../../electron/shared/domain/profiles.ts';
import type { UserCategory } from '../../../../electron/shared/domain/rules.ts';
import { Truncated } from '../../components/Truncated.tsx';
import { balans } from '../../lib/balans.ts';
import { formatDuration } from '../../lib/format.ts';
import { categoryChoices } from './category-names.ts';
import { TEXT_LENGTHS } from '../../../../electron/shared/domain/text-lengths.ts';
import { useSaveNotice } from '../../lib/use-save-notice.tsx';

type TargetKind = LimitTarget['kind'];

/** What saveProfile needs to name a profile; the fields left out keep their saved values. */
export const identity = ({ id, name, colour, icon }: Profile) => ({ id, name, colour, icon });

/** How far today's use has come towards a limit, as main measured it (getLimitProgress for this profile). */
export type LimitProgressOf = (limit: DailyLimit) => { usedMs: number; allowedMs: number } | undefined;

/** A profile's daily limits per app, site or category: listed with their progress, added and removed. */
export function LimitsEditor({
  profile,
  categories,
  progressOf = () => undefined,
}: {
  profile: Profile;
  categories: readonly UserCategory[];
  progressOf?: LimitProgressOf;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const choices = categoryChoices(t, categories);
  const [kind, setKind] = useState<TargetKind>('category');
  const [category, setCategory] = useState(choices.find((c) => c.id === 'entertainment')?.id ?? 'other');
  const [name, setName] = useState('');
  const [minutes, setMinutes] = useState('60');
  const { report, notice } = useSaveNotice('profileSetup.saved');

  const targetName = (target: LimitTarget) =>
    target.kind === 'category'
      ? (choices.find((c) => c.id === target.category)?.name ?? target.category)
      : target.kind === 'app'
        ? target.app
        : target.site;
  const save = async (limits: DailyLimit[]) => {
    const result = await balans().saveProfile({ ...identity(profile), limits });
    report(result);
    return result.ok;
  };
  const add = async (event: FormEvent) => {
    event.preventDefault();
    const target: LimitTarget =
      kind === 'category'
        ? { kind, category }
        : kind === 'app'
          ? { kind, app: name.trim() }
          : { kind, site: name.trim() };
    const others = profile.limits.filter((l) => JSON.stringify(l.target) !== JSON.stringify(target));
    if (await save([...others, { target, minutesPerDay: Number(minutes) }])) setName('');
  };

  return (
    <section aria-labelledby="limits-title">
      <h3 id="limits-title">{t('profileSetup.limitsTitle')}</h3>
      <p className="hint">{t('profileSetup.limitsHelp')}</p>
      {profile.limits.length === 0 ? (
        <p className="hint">{t('profileSetup.noLimits')}</p>
      ) : (
        <ul className="limits" data-testid="limits">
          {profile.limits.map((limit) => {
            const target = targetName(limit.target);
            const progress = progressOf(limit);
            return (
              <li key={JSON.stringify(limit.target)}>
                <Truncated
                  text={t('profileSetup.limitLine', {
                    target,
                    kind: t(`profileSetup.targetKind.${limit.target.kind}`),
                    minutes: formatDuration(limit.minutesPerDay * 60_000, locale),
                  })}
                />
                {progress && (
                  <progress
                    aria-label={t('today.limitLine', {
                      name: target,
                      used: formatDuration(progress.usedMs, locale),
                      limit: formatDuration(progress.allowedMs, locale),
                    })}
                    max={progress.allowedMs}
                    value={Math.min(progress.usedMs, progress.allowedMs)}
                  />
                )}
                <button
                  type="button"
                  aria-label={t('profileSetup.removeLimit', { target })}
                  onClick={() => void save(profile.limits.filter((l) => l !== limit))}
                >
                  ✕
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <form className="limit-form" aria-label={t('profileSetup.addLimit')} onSubmit={(e) => void add(e)}>
        <label>
          {t('profileSetup.limitKind')}
          <select value={kind} onChange={(e) => setKind(e.target.value as TargetKind)}>
            {(['category', 'app', 'site'] as const).map((k) => (
              <option key={k} value={k}>
                {t(`profileSetup.targetKind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        {kind === 'category' ? (
          <label>
            {t('profileSetup.limitCategory')}
            <select value={category} onChange={(e) => setCategory(e.target.value)}>
              {choices.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <label>
            {kind === 'app' ? t('profileSetup.limitApp') : t('profileSetup.limitSite')}
            <input
              required
              maxLength={TEXT_LENGTHS.sentence}
              value={name}
              onChange={(e) => setName(e.target.value)}
            />
          </label>
        )}
        <label>
          {t('profileSetup.limitMinutes')}
          <input
            type="number"
            required
            min={LIMIT_MINUTES.min}
            max={LIMIT_MINUTES.max}
            step={1}
            value={minutes}
            onChange={(e) => setMinutes(e.target.value)}
          />
        </label>
        <button type="submit">{t('profileSetup.addLimit')}</button>
      </form>
      {notice}
    </section>
  );
}
