import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { BUILT_IN_PROFILE_IDS, type Profile } from '../../../../electron/shared/domain/profiles.ts';
import type { Settings } from '../../../../electron/shared/domain/settings.ts';
import { shownProfileName } from '../../lib/profile-name.ts';
import { balans } from '../../lib/balans.ts';
import { useCall } from '../../lib/use-call.ts';
import { useEditorDismiss } from '../../lib/use-editor-dismiss.ts';
import { DeleteProfile } from './DeleteProfile.tsx';
import { LimitsEditor } from './LimitsEditor.tsx';
import { ProfileActions } from './ProfileActions.tsx';
import './profile-setup.css';

/** One profile's behaviour in one place: what each category does in each window, its daily limits, deleting it. */
export function ProfileSetup({
  profile,
  settings,
  version,
  onClose,
}: {
  profile: Profile;
  settings: Settings;
  version: number;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const dismiss = useEditorDismiss(onClose);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const name = shownProfileName(profile, t);
  const builtIn = (BUILT_IN_PROFILE_IDS as readonly string[]).includes(profile.id);
  // This profile's own progress, measured by main, whichever profile is active now.
  const progress = useCall(
    () => balans().getLimitProgress({ profileId: profile.id }),
    `limits#${profile.id}#${version}`,
  );
  const progressOf = (limit: Profile['limits'][number]) =>
    progress.status === 'ready'
      ? progress.data.find((p) => JSON.stringify(p.limit.target) === JSON.stringify(limit.target))
      : undefined;
  return (
    <section
      className="profile-setup"
      aria-labelledby="profile-setup-title"
      data-testid="profile-setup"
      onKeyDown={dismiss.onKeyDown}
      style={{ borderTopColor: profile.colour }}
    >
      <div className="profile-setup-head">
        <h2 id="profile-setup-title" ref={heading} tabIndex={-1} className="truncate" title={name}>
          {t('profileSetup.title', { name })}
        </h2>
        <button type="button" onClick={onClose}>
          {t('profileSetup.close')}
        </button>
      </div>
      <ProfileActions profile={profile} categories={settings.categories} version={version} />
      <LimitsEditor profile={profile} categories={settings.categories} progressOf={progressOf} />
      {!builtIn && <DeleteProfile profile={profile} profiles={settings.profiles} onDeleted={onClose} />}
    </section>
  );
}
