/** The start-up steps, named in the error dialog when one fails. */
export type StartupStep =
  | 'app-ready'
  | 'usage-store'
  | 'settings'
  | 'services'
  | 'ipc'
  | 'tray'
  | 'tracking'
  | 'boundaries'
  | 'window';

type Language = 'en' | 'nl' | 'sv';

const STEP: Record<Language, Record<StartupStep, string>> = {
  en: {
    'app-ready': 'starting Electron',
    'usage-store': 'opening the usage database',
    settings: 'reading the settings',
    services: 'preparing the services',
    ipc: 'connecting the window',
    tray: 'creating the tray icon',
    tracking: 'starting active-app tracking',
    boundaries: 'starting the schedule',
    window: 'opening the window',
  },
  nl: {
    'app-ready': 'Electron starten',
    'usage-store': 'de gebruiksdatabase openen',
    settings: 'de instellingen lezen',
    services: 'de diensten voorbereiden',
    ipc: 'het venster verbinden',
    tray: 'het pictogram in het systeemvak maken',
    tracking: 'het bijhouden van apps starten',
    boundaries: 'het schema starten',
    window: 'het venster openen',
  },
  sv: {
    'app-ready': 'starta Electron',
    'usage-store': 'öppna användningsdatabasen',
    settings: 'läsa inställningarna',
    services: 'förbereda tjänsterna',
    ipc: 'ansluta fönstret',
    tray: 'skapa ikonen i systemfältet',
    tracking: 'starta registreringen av appar',
    boundaries: 'starta schemat',
    window: 'öppna fönstret',
  },
};

const FRAME: Record<Language, { title: string; message: string }> = {
  en: {
    title: 'Balans could not start',
    message: 'Balans stopped while {step}:\n\n{reason}\n\nYour data is in:\n{folder}',
  },
  nl: {
    title: 'Balans kon niet starten',
    message: 'Balans stopte bij {step}:\n\n{reason}\n\nJe gegevens staan in:\n{folder}',
  },
  sv: {
    title: 'Balans kunde inte starta',
    message: 'Balans stannade när det skulle {step}:\n\n{reason}\n\nDina data finns i:\n{folder}',
  },
};

/** The native start-up error dialog's title and text in the user's language (English for any other). */
export function startupErrorText(
  locale: string,
  detail: { step: StartupStep; reason: string; dataFolder: string },
): { title: string; message: string } {
  const base = locale.toLowerCase().slice(0, 2);
  const language: Language = base === 'nl' || base === 'sv' ? base : 'en';
  const frame = FRAME[language];
  const values: Record<string, string> = {
    step: STEP[language][detail.step],
    reason: detail.reason,
    folder: detail.dataFolder,
  };
  return {
    title: frame.title,
    message: frame.message.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? ''),
  };
}
