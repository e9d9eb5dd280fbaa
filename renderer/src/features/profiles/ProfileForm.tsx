import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Profile } from '../../../../electron/shared/domain/profiles.ts';
import type { Failure } from '../../../../electron/shared/result.ts';
import { balans } from '../../lib/balans.ts';
import { plusPin, usePinRetry } from '../parent-lock/use-pin-retry.tsx';
import { useEditorDismiss } from '../../lib/use-editor-dismiss.ts';
import { nameToSave } from '../../lib/profile-name.ts';
import { failureMessage } from '../../lib/failure-message.ts';

export const PROFILE_ICONS = ['briefcase', 'home', 'people', 'book', 'heart', 'moon'] as const;

/** What the form edits: an existing profile, or a new one without an id. */
export type ProfileDraft = Pick<Profile, 'name' | 'colour' | 'icon'> & { id?: string };

/** Creates or edits a profile's name, colour and icon through the contract. */
export function ProfileForm({ draft, onDone }: { draft: ProfileDraft; onDone: () => void }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(draft);
  const [failure, setFailure] = useState<Failure | null>(null);
  const dismiss = useEditorDismiss(onDone);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  const { guarded, prompt } = usePinRetry();
  const title = value.id ? t('profiles.editTitle', { name: draft.name }) : t('profiles.newTitle');

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const result = await guarded((pin) =>
      balans().saveProfile(plusPin({ ...value, name: nameToSave(value.id, value.name, t) }, pin)),
    );
    if (!result) return;
    if (result.ok) onDone();
    else setFailure(result);
  };
  return (
    <form
      className="editor"
      aria-label={title}
      onSubmit={(event) => void save(event)}
      onKeyDown={dismiss.onKeyDown}
    >
      <h2>{title}</h2>
      <label>
        {t('profiles.name')}
        <input
          ref={first}
          required
          maxLength={60}
          value={value.name}
          onChange={(e) => setValue({ ...value, name: e.target.value })}
        />
      </label>
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
      {failure && (
        <p role="alert" className="state-error">
          {t('state.saveFailed', { message: failureMessage(t, failure) })}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary">
          {t('common.save')}
        </button>
        <button type="button" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
      {prompt}
    </form>
  );
}
