import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserCategory } from '../../../../electron/shared/domain/rules.ts';
import { categoryColor } from '../../charts/palette.ts';
import { ReassignConfirm } from '../../components/ReassignConfirm.tsx';
import { balans } from '../../lib/balans.ts';
import { failureMessage } from '../../lib/failure-message.ts';
import { categoryChoices } from './category-names.ts';
import './profile-setup.css';
import { TEXT_LENGTHS } from '../../../../electron/shared/domain/text-lengths.ts';

/** The user's own categories: create, rename, recolour, and delete with the category their rules move to. */
export function CategoriesSection({ categories }: { categories: readonly UserCategory[] }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [colour, setColour] = useState('#009e73');
  const [message, setMessage] = useState<string | null>(null);
  const create = async (event: FormEvent) => {
    event.preventDefault();
    const result = await balans().saveCategory({ name: name.trim(), colour });
    if (result.ok) setName('');
    setMessage(result.ok ? null : t('state.saveFailed', { message: failureMessage(t, result) }));
  };
  return (
    <section aria-labelledby="categories-title">
      <h2 id="categories-title">{t('categories.title')}</h2>
      <p className="hint">{t('categories.help')}</p>
      {categories.length === 0 ? (
        <p className="hint">{t('categories.none')}</p>
      ) : (
        <ul className="own-categories" data-testid="own-categories">
          {categories.map((category) => (
            <OwnCategory
              key={category.id}
              category={category}
              fallbackColour={categoryColor(
                category.id,
                categories.map((c) => c.id),
              )}
              all={categories}
            />
          ))}
        </ul>
      )}
      <form className="category-form" aria-label={t('categories.add')} onSubmit={(e) => void create(e)}>
        <CategoryFields
          labels={{ name: t('categories.newName'), colour: t('categories.newColour') }}
          name={name}
          colour={colour}
          onName={setName}
          onColour={setColour}
        />
        <button type="submit">{t('categories.add')}</button>
      </form>
      {message && (
        <p role="alert" className="state-error">
          {message}
        </p>
      )}
    </section>
  );
}

/** A category's name and colour, as a new one is made and an own one is edited. */
function CategoryFields({
  labels,
  name,
  colour,
  onName,
  onColour,
}: {
  labels: { name: string; colour: string };
  name: string;
  colour: string;
  onName: (name: string) => void;
  onColour: (colour: string) => void;
}) {
  return (
    <>
      <label>
        {labels.name}
        <input required maxLength={TEXT_LENGTHS.name} value={name} onChange={(e) => onName(e.target.value)} />
      </label>
      <label>
        {labels.colour}
        <input type="color" value={colour} onChange={(e) => onColour(e.target.value)} />
      </label>
    </>
  );
}

function OwnCategory({
  category,
  fallbackColour,
  all,
}: {
  category: UserCategory;
  fallbackColour: string;
  all: readonly UserCategory[];
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(category.name);
  const [colour, setColour] = useState(category.colour ?? fallbackColour.toLowerCase());
  const [deleting, setDeleting] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const save = async (event: FormEvent) => {
    event.preventDefault();
    const result = await balans().saveCategory({ id: category.id, name: name.trim(), colour });
    setMessage(result.ok ? null : t('state.saveFailed', { message: failureMessage(t, result) }));
  };
  return (
    <li data-category={category.id}>
      <form
        className="category-form"
        aria-label={t('categories.editTitle', { name: category.name })}
        onSubmit={(e) => void save(e)}
      >
        <CategoryFields
          labels={{ name: t('categories.name'), colour: t('categories.colour') }}
          name={name}
          colour={colour}
          onName={setName}
          onColour={setColour}
        />
        <button type="submit">{t('categories.save')}</button>
        <button type="button" className="danger" onClick={() => setDeleting(true)}>
          {t('categories.delete', { name: category.name })}
        </button>
      </form>
      {deleting && (
        <ConfirmDeleteCategory category={category} all={all} onCancel={() => setDeleting(false)} />
      )}
      {message && (
        <p role="alert" className="state-error">
          {message}
        </p>
      )}
    </li>
  );
}

function ConfirmDeleteCategory({
  category,
  all,
  onCancel,
}: {
  category: UserCategory;
  all: readonly UserCategory[];
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <ReassignConfirm
      title={t('categories.deleteTitle', { name: category.name })}
      moveToLabel={t('categories.moveTo')}
      confirmLabel={t('categories.confirmDelete')}
      choices={categoryChoices(
        t,
        all.filter((c) => c.id !== category.id),
      )}
      initial="other"
      onConfirm={(reassignTo) => balans().deleteCategory({ id: category.id, reassignTo })}
      onCancel={onCancel}
    />
  );
}
