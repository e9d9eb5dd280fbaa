import type { Messages } from './en.ts';

export const sv: Messages = {
  app: { name: 'Balans', tagline: 'Arbete och privatliv, var sak på sin plats' },
  nav: {
    label: 'Huvudmeny',
    today: 'Idag',
    week: 'Vecka',
    profiles: 'Profiler',
    schedule: 'Schema',
    settings: 'Inställningar',
  },
  state: {
    loading: 'Laddar…',
    retry: 'Försök igen',
    error: 'Balans kunde inte läsa in detta: {{message}}',
    comingSoon: 'Den här vyn är på väg.',
  },
  today: {
    title: 'Idag',
    total: 'Registrerat idag: {{duration}}',
    empty: 'Inget registrerat ännu idag. Tiden visas här när du använder datorn.',
    byCategory: 'Tid per kategori',
    topApps: 'Mest använda appar och webbplatser',
    chartLabel: 'Stapeldiagram över tid per kategori idag',
    app: 'App',
    category: 'Kategori',
    time: 'Tid',
  },
  category: {
    work: 'Arbete',
    communication: 'Kommunikation',
    social: 'Sociala medier',
    entertainment: 'Underhållning',
    other: 'Övrigt',
  },
  overlay: {
    'family-time': 'Familjetid',
    downtime: 'Vilotid',
    block: 'En paus från {{subject}}',
    timeLeft: 'Tid kvar',
    endsAt: 'Till {{time}}',
    defaultMessage: 'Tid för varandra. Skärmen är snart tillbaka.',
    blockMessage: 'Det här är blockerat under {{window}}. Byt till något annat så försvinner det.',
    oneMoreMinute: 'En minut till',
    endNow: 'Avsluta nu',
    pinPrompt: 'En förälder kan avsluta det här tidigare med PIN-koden.',
    pinLabel: 'Förälderns PIN-kod',
    pinSubmit: 'Lås upp',
    pinCancel: 'Avbryt',
    pinWrong: 'Det låste inte upp. Kontrollera PIN-koden, eller vänta en stund efter flera försök.',
    ended: 'Det här blocket är slut.',
    failed: 'Balans kunde inte göra det: {{message}}',
  },
  nudge: {
    label: 'En knuff från Balans',
    window: 'Du är i {{window}} till {{time}} — {{subject}} räknas som {{category}}.',
    limit: 'Du har nått dagens gräns för {{subject}}.',
    backToWork: 'Tillbaka till jobbet',
    moreMinutes: '5 minuter till',
    none: 'Inget att påminna om just nu.',
  },
  boundaryKind: {
    'office-hours': 'kontorstid',
    focus: 'Fokus',
    downtime: 'vilotid',
    'family-time': 'familjetid',
  },
  tracking: {
    unavailable: 'Ingenting registreras: {{reason}}',
    paused: 'Registreringen är pausad tills du återupptar den.',
    pausedUntil: 'Registreringen är pausad till {{time}}.',
  },
  settings: {
    recovered: {
      backup:
        'Din inställningsfil var {{reason}}; Balans läste in den senaste fungerande säkerhetskopian och sparade filen som {{keptAs}}.',
      defaults:
        'Din inställningsfil var {{reason}} och ingen säkerhetskopia kunde användas; Balans startade med standardinställningar och sparade filen som {{keptAs}}.',
    },
  },
  notice: {
    dismiss: 'Stäng',
    reason: {
      unreadable: 'oläslig',
      invalid: 'ogiltig',
      'future-version': 'från en nyare version av Balans',
    },
  },
};
