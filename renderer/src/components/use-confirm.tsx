import { useEffect, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';

interface Question {
  text: string;
  yes: string;
  answer: (yes: boolean) => void;
}

/**
 * Asks before something that cannot be undone: `confirm(text, yes)` shows the question in place and resolves to
 * the answer; `dialog` is where it shows. Escape and the other button answer no.
 */
export function useConfirm(): {
  confirm: (text: string, yes: string) => Promise<boolean>;
  dialog: ReactNode;
} {
  const [question, setQuestion] = useState<Question | null>(null);
  const confirm = (text: string, yes: string) =>
    new Promise<boolean>((resolve) =>
      setQuestion({
        text,
        yes,
        answer: (value) => {
          setQuestion(null);
          resolve(value);
        },
      }),
    );
  const dialog = question ? <ConfirmDialog question={question} /> : null;
  return { confirm, dialog };
}

function ConfirmDialog({ question }: { question: Question }) {
  const { t } = useTranslation();
  const no = useRef<HTMLButtonElement>(null);
  // The safe answer has the focus, so Enter pressed by habit does not delete anything.
  useEffect(() => no.current?.focus(), []);
  return createPortal(
    <div
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="confirm-text"
      className="confirm-dialog"
      data-testid="confirm"
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === 'Escape') question.answer(false);
      }}
    >
      <p id="confirm-text">{question.text}</p>
      <div className="actions">
        <button type="button" className="danger" onClick={() => question.answer(true)}>
          {question.yes}
        </button>
        <button type="button" ref={no} onClick={() => question.answer(false)}>
          {t('parentLock.confirmNo')}
        </button>
      </div>
    </div>,
    document.body,
  );
}
