import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Truncated } from '../../components/Truncated.tsx';
import { TEXT_LENGTHS } from '../../../../electron/shared/domain/text-lengths.ts';

/** A list of apps or sites never recorded, with a field to add one and a button to remove each. */
export function ExclusionList({
  id,
  title,
  addLabel,
  items,
  onChange,
}: {
  id: string;
  title: string;
  addLabel: string;
  items: string[];
  onChange: (items: string[]) => void;
}) {
  const { t } = useTranslation();
  const [value, setValue] = useState('');
  const add = (event: FormEvent) => {
    event.preventDefault();
    const name = value.trim();
    if (!name) return;
    if (!items.some((i) => i.toLowerCase() === name.toLowerCase())) onChange([...items, name]);
    setValue('');
  };
  return (
    <form aria-labelledby={`${id}-title`} onSubmit={add} data-testid={id}>
      <h3 id={`${id}-title`}>{title}</h3>
      {items.length === 0 ? (
        <p className="hint">{t('settingsScreen.noneExcluded')}</p>
      ) : (
        <ul className="chips">
          {items.map((item) => (
            <li key={item}>
              <Truncated text={item} />
              <button
                type="button"
                aria-label={t('settingsScreen.removeItem', { name: item })}
                onClick={() => onChange(items.filter((i) => i !== item))}
              >
                ✕
              </button>
            </li>
          ))}
        </ul>
      )}
      <label className="inline">
        {addLabel}
        <input value={value} maxLength={TEXT_LENGTHS.sentence} onChange={(e) => setValue(e.target.value)} />
        <button type="submit">{t('settingsScreen.add')}</button>
      </label>
    </form>
  );
}
