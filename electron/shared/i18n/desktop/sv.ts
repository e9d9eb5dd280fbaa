import type { MainMessages } from './en.ts';

export const mainSv: MainMessages = {
  tray: {
    snooze: 'Skjut upp {{minutes}} min',
    skip: 'Hoppa över det här blocket',
    pauseTracking: 'Pausa registreringen en timme',
    resume: 'Återuppta',
    open: 'Öppna Balans',
    startAtLogin: 'Starta vid inloggning',
    quit: 'Avsluta',
  },
  notification: {
    until: '{{kind}} till kl. {{time}}',
    officeOpen: 'Kontorstiden har börjat',
    soon: '{{kind}} om 5 minuter',
    soonBody: '{{name}} börjar kl. {{time}}.',
    restricted: {
      'office-hours': '{{app}} räknas som {{category}} under kontorstid.',
      focus: '{{app}} räknas som {{category}} under fokustid.',
      downtime: '{{app}} räknas som {{category}} under vilotid.',
      'family-time': '{{app}} räknas som {{category}} under familjetid.',
    },
    restrictedAnywhere: '{{app}} räknas som {{category}}.',
    headsUp: '{{minutes}} min kvar i dag för {{target}}',
    reached: 'Dagsgränsen är nådd för {{target}}',
    weekly: 'Din vecka i Balans',
    weeklyBody: 'Se vart förra veckans tid tog vägen.',
  },
};
