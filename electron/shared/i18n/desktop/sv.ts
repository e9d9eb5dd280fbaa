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
    restricted: '{{app}} räknas som {{category}} under {{kind}}.',
    restrictedAnywhere: '{{app}} räknas som {{category}}.',
    headsUp: '{{minutes}} min kvar i dag för {{target}}',
    reached: 'Dagsgränsen nådd för {{target}}',
    weekly: 'Din vecka i Balans',
    weeklyBody: 'Se vart förra veckans tid tog vägen.',
  },
};
