/** English: the reference language; nl and sv must have exactly these keys (a test checks). */
export const en = {
  app: { name: 'Balans', tagline: 'Work and private life, each in its place' },
  nav: {
    label: 'Main',
    today: 'Today',
    week: 'Week',
    profiles: 'Profiles',
    schedule: 'Schedule',
    settings: 'Settings',
  },
  state: {
    loading: 'Loading…',
    retry: 'Try again',
    error: 'Balans could not load this: {{message}}',
    comingSoon: 'This view is on its way.',
  },
  today: {
    title: 'Today',
    total: 'Tracked today: {{duration}}',
    empty: 'Nothing tracked yet today. Time shows up here as you use your computer.',
    byCategory: 'Time per category',
    topApps: 'Top apps and sites',
    chartLabel: 'Bar chart of time per category today',
    app: 'App',
    category: 'Category',
    time: 'Time',
  },
  category: {
    work: 'Work',
    communication: 'Communication',
    social: 'Social',
    entertainment: 'Entertainment',
    other: 'Other',
  },
  tracking: {
    unavailable: 'Nothing is being recorded: {{reason}}',
    paused: 'Tracking is paused until you resume it.',
    pausedUntil: 'Tracking is paused until {{time}}.',
  },
  settings: {
    recovered: {
      backup:
        'Your settings file was {{reason}}; Balans loaded the last good backup and kept the file as {{keptAs}}.',
      defaults:
        'Your settings file was {{reason}} and no backup could be used; Balans started with default settings and kept the file as {{keptAs}}.',
    },
  },
  notice: {
    dismiss: 'Dismiss',
    reason: {
      unreadable: 'unreadable',
      invalid: 'not valid',
      'future-version': 'from a newer version of Balans',
    },
  },
};

export type Messages = typeof en;
