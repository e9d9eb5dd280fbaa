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
