import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Profile } from '../../../../electron/shared/domain/profiles.ts';
import { ReassignConfirm } from '../../components/ReassignConfirm.tsx';
import { balans } from '../../lib/balans.ts';
import { shownProfileName } from '../../lib/profile-name.ts';

/** Deleting a profile, confirmed, with the profile its windows and rules move to; main does the moving. */
export function DeleteProfile({
  profile,
  profiles,
  onDeleted,
}: {
  profile: Profile;
  profiles: readonly Profile[];
  onDeleted: () => void;
}) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const others = profiles.filter((p) => p.id !== profile.id);
  return (
    <section aria-labelledby="delete-profile-title">
      <h3 id="delete-profile-title" className="visually-hidden">
        {t('profileSetup.deleteTitle', { name: shownProfileName(profile, t) })}
      </h3>
      {asking ? (
        <ConfirmDelete
          profile={profile}
          others={others}
          onCancel={() => setAsking(false)}
          onDeleted={onDeleted}
        />
      ) : (
        <button type="button" className="danger" onClick={() => setAsking(true)}>
          {t('profileSetup.deleteProfile', { name: shownProfileName(profile, t) })}
        </button>
      )}
    </section>
  );
}

function ConfirmDelete({
  profile,
  others,
  onCancel,
  onDeleted,
}: {
  profile: Profile;
  others: readonly Profile[];
  onCancel: () => void;
  onDeleted: () => void;
}) {
  const { t } = useTranslation();
  return (
    <ReassignConfirm
      title={t('profileSetup.deleteTitle', { name: shownProfileName(profile, t) })}
      why={t('profileSetup.deleteWhy')}
      moveToLabel={t('profileSetup.moveTo')}
      confirmLabel={t('profileSetup.confirmDelete')}
      choices={others.map((p) => ({ id: p.id, name: shownProfileName(p, t) }))}
      initial={others.find((p) => p.id === 'private')?.id ?? others[0]?.id ?? ''}
      onConfirm={async (reassignTo) => {
        const result = await balans().deleteProfile({ id: profile.id, reassignTo });
        if (result.ok) onDeleted();
        return result;
      }}
      onCancel={onCancel}
    />
  );
}
