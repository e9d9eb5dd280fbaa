import { useTranslation } from 'react-i18next';
import type { Failure } from '../../../electron/shared/result.ts';
import { failureMessage } from '../lib/failure-message.ts';

/** Shown while a call is under way; announced politely to screen readers. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="state state-loading" role="status" aria-live="polite">
      {t('state.loading')}
    </p>
  );
}

/** Shown when a call failed: the reason, and a way to try again. */
export function ErrorState({ failure, onRetry }: { failure: Failure; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="state state-error" role="alert">
      <p>{t('state.error', { message: failureMessage(t, failure) })}</p>
      <button type="button" onClick={onRetry}>
        {t('state.retry')}
      </button>
    </div>
  );
}

/** Shown when there is nothing to show yet, saying why. */
export function Empty({ message }: { message: string }) {
  return <p className="state state-empty">{message}</p>;
}
