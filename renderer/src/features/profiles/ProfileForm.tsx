import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Profile } from '../../../../electron/shared/domain/profiles.ts';
import type { Failure } from '../../../../electron/shared/result.ts';
import { balans } from '../../lib/balans.ts';
import { plusPin, usePinRetry } from '../parent-lock/use-pin-retry.tsx';
import { EditorForm } from '../../components/EditorForm.tsx';
import { nameToSave } from '../../lib/profile-name.ts';

export const PROFILE_ICONS = ['briefcase', 'home', 'people', 'book', 'heart', 'moon'] as const;

/** What the form edits: an existing profile, or a new one without an id. */
export type ProfileDraft = Pick<Profile, 'name' | 'colour' | 'icon'> & { id?: string };

/** Creates or edits a profile's name, colour and icon through the contract. */
export function ProfileForm({ draft, onDone }: { draft: ProfileDraft; onDone: () => void }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(draft);
  const [failure, setFailure] = useState<Failure | null>(null);
  const { guarded, prompt } = usePinRetry();
  const title = value.id ? t('profiles.editTitle', { name: draft.name }) : t('profiles.newTitle');

  const save = async () => {
    const result = await guarded((pin) =>
      balans().saveProfile(plusPin({ ...value, name: nameToSave(value.id, value.name, t) }, pin)),
    );
    if (!result) return;
    if (result.ok) onDone();
    else setFailure(result);
  };
  return (
    <EditorForm
      title={title}
      name={{ label: t('profiles.name'), value: value.name }}
      onName={(name) => setValue({ ...value, name })}
      onSave={() => void save()}
      onClose={onDone}
      failure={failure}
      overlays={prompt}
    >
      <label>
        {t('profiles.colour')}
        <input
          type="color"
          value={value.colour}
          onChange={(e) => setValue({ ...value, colour: e.target.value })}
        />
      </label>
      <label>
        {t('profiles.icon')}
        <select value={value.icon} onChange={(e) => setValue({ ...value, icon: e.target.value })}>
          {PROFILE_ICONS.map((icon) => (
            <option key={icon} value={icon}>
              {t(`icon.${icon}`)}
            </option>
          ))}
        </select>
      </label>
    </EditorForm>
  );
}
