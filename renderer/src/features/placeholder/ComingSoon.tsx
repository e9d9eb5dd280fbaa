import { useTranslation } from 'react-i18next';

/** A view whose screen has not been built yet says so plainly instead of showing made-up data. */
export function ComingSoon({ titleKey }: { titleKey: string }) {
  const { t } = useTranslation();
  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title">{t(titleKey)}</h1>
      <p className="state state-empty">{t('state.comingSoon')}</p>
    </section>
  );
}
