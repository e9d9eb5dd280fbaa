import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TamperRecord } from '../../../../electron/shared/contract/parent-lock.ts';
import { balans } from '../../lib/balans.ts';
import { dateTimeFormat } from '../../lib/format.ts';

/** What Balans found wrong with the parent lock's files or done to the overlay, newest first; nothing when all was well. */
export function TamperList() {
  const { t, i18n } = useTranslation();
  const [records, setRecords] = useState<TamperRecord[]>([]);
  useEffect(() => {
    let current = true;
    void balans()
      .getParentLockState(undefined)
      .then((result) => current && result.ok && setRecords(result.data.tampers));
    return () => {
      current = false;
    };
  }, []);
  if (records.length === 0) return null;
  return (
    <div data-testid="tampers">
      <h3>{t('parentLock.tamperTitle')}</h3>
      <ul>
        {[...records].reverse().map((record, index) => (
          <li key={index}>
            {dateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(record.at)} —{' '}
            {t(`parentLock.tamper.${record.kind}`)}
          </li>
        ))}
      </ul>
    </div>
  );
}
