/** The tray menu's words in the app's three languages (the menu is drawn by the OS, outside the renderer's i18n). */
export interface TrayText {
  snooze: (minutes: number) => string;
  skip: string;
  pauseTracking: string;
  resume: string;
  open: string;
  startAtLogin: string;
  quit: string;
}

const TEXTS: Record<'en' | 'nl' | 'sv', TrayText> = {
  en: {
    snooze: (minutes) => `Snooze ${minutes} min`,
    skip: 'Skip this window',
    pauseTracking: 'Pause tracking for an hour',
    resume: 'Resume',
    open: 'Open Balans',
    startAtLogin: 'Start at login',
    quit: 'Quit',
  },
  nl: {
    snooze: (minutes) => `${minutes} min uitstellen`,
    skip: 'Dit blok overslaan',
    pauseTracking: 'Bijhouden een uur pauzeren',
    resume: 'Hervatten',
    open: 'Balans openen',
    startAtLogin: 'Starten bij inloggen',
    quit: 'Afsluiten',
  },
  sv: {
    snooze: (minutes) => `Skjut upp ${minutes} min`,
    skip: 'Hoppa över det här blocket',
    pauseTracking: 'Pausa registreringen en timme',
    resume: 'Återuppta',
    open: 'Öppna Balans',
    startAtLogin: 'Starta vid inloggning',
    quit: 'Avsluta',
  },
};

/** The tray texts for a locale ('nl-BE' → Dutch), English for any language Balans does not speak. */
export function trayText(locale: string): TrayText {
  const base = locale.toLowerCase().slice(0, 2);
  return base === 'nl' || base === 'sv' ? TEXTS[base] : TEXTS.en;
}
