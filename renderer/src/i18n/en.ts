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
  overlay: {
    'family-time': 'Family time',
    downtime: 'Downtime',
    block: 'Time away from {{subject}}',
    timeLeft: 'Time left',
    endsAt: 'Until {{time}}',
    defaultMessage: 'Time for each other. The screen will be back soon.',
    blockMessage: 'This is blocked during {{window}}. Switch to something else and this goes away.',
    oneMoreMinute: 'One more minute',
    endNow: 'End now',
    pinPrompt: 'A parent can end this early with the PIN.',
    pinLabel: 'Parent PIN',
    pinSubmit: 'Unlock',
    pinCancel: 'Cancel',
    pinWrong: 'That did not unlock it. Check the PIN, or wait a moment after several tries.',
    ended: 'This window has ended.',
    failed: 'Balans could not do that: {{message}}',
  },
  nudge: {
    label: 'A nudge from Balans',
    window: 'You’re in {{window}} until {{time}} — {{subject}} is set as {{category}}.',
    limit: 'You’ve reached today’s limit for {{subject}}.',
    backToWork: 'Back to work',
    moreMinutes: '5 more minutes',
    none: 'Nothing to nudge about right now.',
  },
  boundaryKind: {
    'office-hours': 'office hours',
    focus: 'Focus',
    downtime: 'downtime',
    'family-time': 'family time',
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
