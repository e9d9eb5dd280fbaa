import type { MainMessages } from './en.ts';

export const mainNl: MainMessages = {
  tray: {
    snooze: '{{minutes}} min uitstellen',
    skip: 'Dit blok overslaan',
    pauseTracking: 'Bijhouden een uur pauzeren',
    resume: 'Hervatten',
    open: 'Balans openen',
    startAtLogin: 'Starten bij inloggen',
    quit: 'Afsluiten',
  },
  notification: {
    until: '{{kind}} tot {{time}}',
    officeOpen: 'De kantooruren zijn begonnen',
    soon: '{{kind}} over 5 minuten',
    soonBody: '{{name}} begint om {{time}}.',
    restricted: '{{app}} valt onder {{category}} tijdens {{kind}}.',
    restrictedAnywhere: '{{app}} valt onder {{category}}.',
    headsUp: 'Nog {{minutes}} min vandaag voor {{target}}',
    reached: 'Daglimiet bereikt voor {{target}}',
    weekly: 'Jouw week in Balans',
    weeklyBody: 'Bekijk waar de tijd vorige week heen ging.',
  },
};
