import type { Messages } from './en.ts';

export const nl: Messages = {
  app: { name: 'Balans', tagline: 'Werk en privé, elk op hun plek' },
  nav: {
    label: 'Hoofdmenu',
    today: 'Vandaag',
    week: 'Week',
    profiles: 'Profielen',
    schedule: 'Planning',
    settings: 'Instellingen',
  },
  state: {
    loading: 'Laden…',
    retry: 'Opnieuw proberen',
    error: 'Balans kon dit niet laden: {{message}}',
    comingSoon: 'Deze weergave komt eraan.',
  },
  today: {
    title: 'Vandaag',
    total: 'Vandaag bijgehouden: {{duration}}',
    empty: 'Vandaag is er nog niets bijgehouden. Tijd verschijnt hier zodra je je computer gebruikt.',
    byCategory: 'Tijd per categorie',
    topApps: 'Meest gebruikte apps en sites',
    chartLabel: 'Staafdiagram van de tijd per categorie vandaag',
    app: 'App',
    category: 'Categorie',
    time: 'Tijd',
  },
  category: {
    work: 'Werk',
    communication: 'Communicatie',
    social: 'Sociale media',
    entertainment: 'Vermaak',
    other: 'Overig',
  },
  overlay: {
    'family-time': 'Gezinstijd',
    downtime: 'Rusttijd',
    block: 'Even weg van {{subject}}',
    timeLeft: 'Nog',
    endsAt: 'Tot {{time}}',
    defaultMessage: 'Tijd voor elkaar. Het scherm is zo weer terug.',
    blockMessage: 'Dit is geblokkeerd tijdens {{window}}. Ga naar iets anders en dit verdwijnt.',
    oneMoreMinute: 'Nog één minuut',
    endNow: 'Nu beëindigen',
    pinPrompt: 'Een ouder kan dit eerder beëindigen met de pincode.',
    pinLabel: 'Pincode ouder',
    pinSubmit: 'Ontgrendelen',
    pinCancel: 'Annuleren',
    pinWrong: 'Dat ontgrendelde niet. Controleer de pincode, of wacht even na meerdere pogingen.',
    ended: 'Dit blok is afgelopen.',
    failed: 'Balans kon dat niet doen: {{message}}',
  },
  nudge: {
    label: 'Een duwtje van Balans',
    window: 'Je zit in {{window}} tot {{time}} — {{subject}} staat als {{category}}.',
    limit: 'Je hebt de daglimiet voor {{subject}} bereikt.',
    backToWork: 'Terug aan het werk',
    moreMinutes: 'Nog 5 minuten',
    none: 'Er is nu niets om je op te wijzen.',
  },
  boundaryKind: {
    'office-hours': 'kantooruren',
    focus: 'Focus',
    downtime: 'rusttijd',
    'family-time': 'gezinstijd',
  },
  tracking: {
    unavailable: 'Er wordt niets bijgehouden: {{reason}}',
    paused: 'Bijhouden is gepauzeerd tot je het hervat.',
    pausedUntil: 'Bijhouden is gepauzeerd tot {{time}}.',
  },
  settings: {
    recovered: {
      backup:
        'Je instellingenbestand was {{reason}}; Balans heeft de laatste goede reservekopie geladen en het bestand bewaard als {{keptAs}}.',
      defaults:
        'Je instellingenbestand was {{reason}} en er was geen bruikbare reservekopie; Balans is gestart met standaardinstellingen en heeft het bestand bewaard als {{keptAs}}.',
    },
  },
  notice: {
    dismiss: 'Sluiten',
    reason: {
      unreadable: 'onleesbaar',
      invalid: 'ongeldig',
      'future-version': 'van een nieuwere versie van Balans',
    },
  },
};
