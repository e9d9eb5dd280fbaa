import { useTranslation } from 'react-i18next';
import type { Failure } from '../../../../electron/shared/result.ts';
import { issueAt } from '../../lib/failure-message.ts';
import { FieldIssue } from '../../components/FieldIssue.tsx';

type Times = { start: string; end: string };

/**
 * A window's start and end, each with what main found wrong with it right under it. Weekly windows take clock
 * times; one-off windows take local date-times, cut to the minute (Chromium may add seconds).
 */
export function TimeFields({
  type,
  start,
  end,
  failure,
  onChange,
}: Times & {
  type: 'time' | 'datetime-local';
  failure: Failure | null;
  onChange: (times: Times) => void;
}) {
  const { t } = useTranslation();
  const field = (which: keyof Times) => {
    const issue = issueAt(t, failure, which);
    const id = `window-${which}-issue`;
    return (
      <>
        <label>
          {t(which === 'start' ? 'schedule.start' : 'schedule.end')}
          <input
            type={type}
            required
            value={which === 'start' ? start : end}
            aria-describedby={issue ? id : undefined}
            onChange={(e) => {
              const time = type === 'time' ? e.target.value : e.target.value.slice(0, 16);
              onChange({ start, end, [which]: time });
            }}
          />
        </label>
        <FieldIssue id={id} text={issue} />
      </>
    );
  };
  return (
    <>
      {field('start')}
      {field('end')}
    </>
  );
}
