import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Result } from '../../../electron/shared/result.ts';
import { failureMessage } from './failure-message.ts';

interface Notice {
  error: boolean;
  text: string;
}

/**
 * The line under a form that says how its last save went: "Saved" as a status, or the failure in the user's
 * language as an alert (so a screen reader speaks it at once). `report` takes a save's result; `say` any other line.
 */
export function useSaveNotice(
  savedKey: 'settingsScreen.saved' | 'profileSetup.saved' = 'settingsScreen.saved',
): {
  report: (result: Result<unknown>) => void;
  say: (notice: Notice) => void;
  notice: ReactNode;
} {
  const { t } = useTranslation();
  const [notice, say] = useState<Notice | null>(null);
  const report = (result: Result<unknown>) =>
    say(
      result.ok
        ? { error: false, text: t(savedKey) }
        : { error: true, text: t('state.saveFailed', { message: failureMessage(t, result) }) },
    );
  return {
    report,
    say,
    notice: notice && (
      <p role={notice.error ? 'alert' : 'status'} className={notice.error ? 'state-error' : 'hint'}>
        {notice.text}
      </p>
    ),
  };
}
