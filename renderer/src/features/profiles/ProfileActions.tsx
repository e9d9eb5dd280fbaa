import { useTranslation } from 'react-i18next';
import { WINDOW_KINDS } from '../../../../electron/shared/domain/focus-windows.ts';
import {
  BOUNDARY_ACTIONS,
  type BoundaryAction,
  type Profile,
  type ProfileEffect,
} from '../../../../electron/shared/domain/profiles.ts';
import type { UserCategory } from '../../../../electron/shared/domain/rules.ts';
import { ErrorState, Loading } from '../../components/StateViews.tsx';
import { balans } from '../../lib/balans.ts';
import { useKeptCall } from '../../lib/use-kept-call.ts';
import { categoryChoices } from './category-names.ts';
import { useSaveNotice } from '../../lib/use-save-notice.tsx';

const COLUMNS = [...WINDOW_KINDS, null] as const;

/**
 * Per category: the profile's own action (editable) and what that means in each kind of window, as main's
 * schedule decides it — so the table is what will happen, including family time and downtime blocking.
 */
export function ProfileActions({
  profile,
  categories,
  version,
}: {
  profile: Profile;
  categories: readonly UserCategory[];
  version: number;
}) {
  const { t } = useTranslation();
  const effects = useKeptCall(
    () => balans().getProfileEffects({ profileId: profile.id }),
    `effects#${profile.id}#${version}`,
  );
  const { report, notice } = useSaveNotice('profileSetup.saved');
  const choose = async (category: string, action: BoundaryAction) => {
    const result = await balans().saveProfile({
      ...profile,
      actions: { ...profile.actions, [category]: action },
    });
    report(result);
  };
  if (effects.status === 'loading') return <Loading />;
  if (effects.status === 'error') return <ErrorState failure={effects.failure} onRetry={effects.reload} />;
  const byKind = new Map<string | null, ProfileEffect>(effects.data.map((e) => [e.kind, e]));
  return (
    <section aria-labelledby="profile-actions-title">
      <h3 id="profile-actions-title">{t('profileSetup.actionsTitle')}</h3>
      <p className="hint">{t('profileSetup.actionsHelp')}</p>
      <div className="table-scroll">
        <table className="profile-actions" data-testid="profile-actions">
          <thead>
            <tr>
              <th scope="col">{t('profileSetup.category')}</th>
              <th scope="col">{t('profileSetup.yourChoice')}</th>
              {COLUMNS.map((kind) => (
                <th scope="col" key={kind ?? 'none'}>
                  {kind ? t(`kind.${kind}`) : t('profileSetup.outside')}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {categoryChoices(t, categories).map(({ id, name }) => (
              <tr key={id} data-category={id}>
                <th scope="row">{name}</th>
                <td>
                  <select
                    aria-label={t('profileSetup.actionFor', { category: name })}
                    value={profile.actions[id] ?? 'nothing'}
                    onChange={(e) => void choose(id, e.target.value as BoundaryAction)}
                  >
                    {BOUNDARY_ACTIONS.map((action) => (
                      <option key={action} value={action}>
                        {t(`action.${action}`)}
                      </option>
                    ))}
                  </select>
                </td>
                {COLUMNS.map((kind) => {
                  const action = byKind.get(kind)?.triggers[id] ?? 'nothing';
                  return (
                    <td key={kind ?? 'none'} className={`effect effect-${action}`} data-kind={kind ?? 'none'}>
                      {t(`action.${action}`)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {notice}
    </section>
  );
}
