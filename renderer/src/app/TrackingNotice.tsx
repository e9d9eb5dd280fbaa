import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrackingStatus, TrackingStep } from '../../../electron/shared/contract/tracking.ts';
import { balans } from '../lib/balans.ts';
import { dateTimeFormat } from '../lib/format.ts';

/** What the user can do, why and how, for each step a desktop may need. */
const STEP_TEXT: Record<TrackingStep, string> = {
  'gnome-extension': 'tracking.gnomeExtension',
  'kwin-scripting': 'tracking.kwinScripting',
};

/** Says plainly when nothing is being recorded, and why: never a silent empty chart. */
export function TrackingNotice() {
  const { t, i18n } = useTranslation();
  const [status, setStatus] = useState<TrackingStatus>();
  useEffect(() => {
    let current = true;
    void balans()
      .getTrackingStatus(undefined)
      .then((result) => current && result.ok && setStatus(result.data));
    const unsubscribe = balans().on('trackingStatus', setStatus);
    return () => {
      current = false;
      unsubscribe();
    };
  }, []);
  if (status?.state === 'unavailable') {
    return (
      <p className="notice notice-warning" role="status" data-testid="tracking-notice">
        {status.code === 'read-only'
          ? t('storage.trackingOff')
          : t('tracking.unavailable', { reason: status.reason })}
        {status.step && <> {t(STEP_TEXT[status.step])}</>}
      </p>
    );
  }
  if (status?.state === 'tracking' && status.limitation === 'xwayland-only') {
    return (
      <p className="notice notice-warning" role="status" data-testid="tracking-notice">
        {t('tracking.xwaylandOnly')}
        {status.step && <> {t(STEP_TEXT[status.step])}</>}
      </p>
    );
  }
  if (status?.state === 'paused') {
    const until = status.until
      ? dateTimeFormat(i18n.language, { timeStyle: 'short' }).format(status.until)
      : undefined;
    return (
      <p className="notice" role="status" data-testid="tracking-notice">
        {until ? t('tracking.pausedUntil', { time: until }) : t('tracking.paused')}
      </p>
    );
  }
  if (status?.state === 'tracking' && status.gaps?.length) {
    return (
      <p className="notice notice-warning" role="status" data-testid="tracking-notice">
        {status.gaps.map((gap) => t(gap === 'titles' ? 'tracking.gapTitles' : 'tracking.gapUrls')).join(' ')}
      </p>
    );
  }
  return null;
}
