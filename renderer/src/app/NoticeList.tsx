import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppNotice } from '../../../electron/shared/contract/app.ts';
import { balans } from '../lib/balans.ts';

const same = (a: AppNotice, b: AppNotice) => JSON.stringify(a) === JSON.stringify(b);

/** Things the user should know that their own action did not cause (e.g. settings were recovered at start). */
export function NoticeList() {
  const { t } = useTranslation();
  const [notices, setNotices] = useState<AppNotice[]>([]);
  const [dismissed, setDismissed] = useState(0);
  useEffect(() => {
    let current = true;
    void balans()
      .getNotices(undefined)
      .then(
        (result) =>
          current &&
          result.ok &&
          // A notice sent while the list was on its way comes both ways: keep it once.
          setNotices((later) => [
            ...result.data,
            ...later.filter((n) => !result.data.some((o) => same(o, n))),
          ]),
      );
    const unsubscribe = balans().on('notice', (notice) => setNotices((all) => [...all, notice]));
    return () => {
      current = false;
      unsubscribe();
    };
  }, []);
  const visible = notices.slice(dismissed);
  if (visible.length === 0) return null;
  return (
    <div className="notices">
      {visible.map((notice, index) => {
        const values = { ...notice.values };
        if (typeof values.reason === 'string') values.reason = t(`notice.reason.${values.reason}`);
        return (
          <div key={index} className={`notice notice-${notice.level}`} role="alert" data-testid="notice">
            <p>{t(notice.key, values)}</p>
            {notice.action === 'quit' && (
              <button type="button" onClick={() => void balans().quitApp(undefined)}>
                {t('notice.quit')}
              </button>
            )}
            <button type="button" onClick={() => setDismissed(dismissed + index + 1)}>
              {t('notice.dismiss')}
            </button>
          </div>
        );
      })}
    </div>
  );
}
