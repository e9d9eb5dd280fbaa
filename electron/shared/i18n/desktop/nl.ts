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
    restricted: {
      'office-hours': '{{app}} valt onder {{category}} tijdens kantooruren.',
      focus: '{{app}} valt onder {{category}} tijdens focustijd.',
      downtime: '{{app}} valt onder {{category}} tijdens rusttijd.',
      'family-time': '{{app}} valt onder {{category}} tijdens gezinstijd.',
    },
    restrictedAnywhere: '{{app}} valt onder {{category}}.',
    headsUp: 'Nog {{minutes}} min vandaag voor {{target}}',
    reached: 'Daglimiet bereikt voor {{target}}',
    weekly: 'Jouw week in Balans',
    weeklyBody: 'Bekijk waar de tijd vorige week heen ging.',
  },
};
