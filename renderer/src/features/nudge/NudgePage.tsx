import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { failureMessage } from '../../lib/failure-message.ts';
import { balans } from '../../lib/balans.ts';
import { formatTime } from '../../lib/format.ts';
import { useBoundaryStatus } from '../../lib/use-boundary-status.ts';

/** The small prompt: "You're in Focus until 12:00 — LinkedIn is set as private. Back to work / 5 more minutes". */
export function NudgePage() {
  const { t, i18n } = useTranslation();
  const { received, error, apply } = useBoundaryStatus();
  const [problem, setProblem] = useState<string | null>(null);
  const first = useRef<HTMLButtonElement>(null);
  const nudge = received?.status.nudge ?? null;
  const shown = nudge !== null;
  useEffect(() => {
    if (shown) first.current?.focus();
  }, [shown]);

  if (error) return <p role="alert">{t('overlay.failed', { message: failureMessage(t, error) })}</p>;
  if (!received) return null;
  if (!nudge)
    return (
      <main className="nudge">
        <p>{t('nudge.none')}</p>
      </main>
    );

  const category = t(`category.${nudge.category}`, { defaultValue: nudge.category }).toLowerCase();
  const text =
    nudge.reason === 'window' && nudge.windowKind && nudge.until !== null
      ? // A whole sentence per kind when the window has no name: inserting a kind into one sentence agrees in
        // gender and article only by luck in Dutch and Swedish.
        t(nudge.windowName ? 'nudge.window' : `nudge.windowKind.${nudge.windowKind}`, {
          window: nudge.windowName,
          time: formatTime(nudge.until, i18n.language, received.status.zone),
          subject: nudge.subject,
          category,
        })
      : t('nudge.limit', { subject: nudge.subject });
  const answer = async (choice: 'back-to-work' | 'five-more-minutes') => {
    const result = await balans().answerNudge({ answer: choice });
    if (result.ok) apply(result.data);
    else setProblem(t('overlay.failed', { message: failureMessage(t, result) }));
  };

  return (
    <main className="nudge" aria-label={t('nudge.label')}>
      <p data-testid="nudge-text">{text}</p>
      <div className="actions">
        <button ref={first} type="button" onClick={() => void answer('back-to-work')}>
          {t('nudge.backToWork')}
        </button>
        <button type="button" onClick={() => void answer('five-more-minutes')}>
          {t('nudge.moreMinutes')}
        </button>
      </div>
      {problem && <p role="alert">{problem}</p>}
    </main>
  );
}
