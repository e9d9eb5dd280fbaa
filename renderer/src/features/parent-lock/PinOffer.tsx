import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { balans } from '../../lib/balans.ts';

/** After family time is created with no parent PIN set: says it is not locked and links to setting a PIN. */
export function PinOffer() {
  const { t } = useTranslation();
  const [pinSet, setPinSet] = useState<boolean | null>(null);
  useEffect(() => {
    let current = true;
    void balans()
      .getParentLockState(undefined)
      .then((result) => current && result.ok && setPinSet(result.data.pinSet));
    return () => {
      current = false;
    };
  }, []);
  if (pinSet !== false) return null;
  return (
    <p className="pin-offer" role="status" data-testid="pin-offer">
      {t('parentLock.offer')} <a href="#/settings">{t('parentLock.offerLink')}</a>
    </p>
  );
}
