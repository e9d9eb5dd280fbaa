import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Profile } from '../../../../electron/shared/domain/profiles.ts';
import { balans } from '../../lib/balans.ts';
import { failureMessage } from '../../lib/failure-message.ts';
import { shownProfileName } from '../../lib/profile-name.ts';
import { useEditorDismiss } from '../../lib/use-editor-dismiss.ts';

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
  const [to, setTo] = useState(others.find((p) => p.id === 'private')?.id ?? others[0]?.id ?? '');
  const [error, setError] = useState<string | null>(null);
  const dismiss = useEditorDismiss(onCancel);
  const confirm = async (event: FormEvent) => {
    event.preventDefault();
    const result = await balans().deleteProfile({ id: profile.id, reassignTo: to });
    if (result.ok) onDeleted();
    else setError(failureMessage(t, result));
  };
  return (
    <form
      className="editor confirm"
      aria-label={t('profileSetup.deleteTitle', { name: shownProfileName(profile, t) })}
      onSubmit={(e) => void confirm(e)}
      onKeyDown={dismiss.onKeyDown}
    >
      <p>{t('profileSetup.deleteWhy')}</p>
      <label>
        {t('profileSetup.moveTo')}
        <select autoFocus value={to} onChange={(e) => setTo(e.target.value)}>
          {others.map((p) => (
            <option key={p.id} value={p.id}>
              {shownProfileName(p, t)}
            </option>
          ))}
        </select>
      </label>
      {error && (
        <p role="alert" className="state-error">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="danger">
          {t('profileSetup.confirmDelete')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
