import { mainText } from '../../i18n/main-text.ts';

/** The tray menu's words (the menu is drawn by the OS, outside the window), from the 'main' catalogue. */
export interface TrayText {
  snooze: (minutes: number) => string;
  skip: string;
  pauseTracking: string;
  resume: string;
  open: string;
  startAtLogin: string;
  quit: string;
}

/** The tray texts for a locale ('nl-BE' → Dutch), English for any language Balans does not speak. */
export function trayText(locale: string): TrayText {
  const t = mainText(locale);
  return {
    snooze: (minutes) => t('tray.snooze', { minutes }),
    skip: t('tray.skip'),
    pauseTracking: t('tray.pauseTracking'),
    resume: t('tray.resume'),
    open: t('tray.open'),
    startAtLogin: t('tray.startAtLogin'),
    quit: t('tray.quit'),
  };
}
