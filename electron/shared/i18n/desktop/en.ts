/**
 * Main's texts (namespace 'main'): what the OS draws outside the window — the tray menu and native
 * notifications. Same i18next placeholders as the window's texts; nl and sv must have exactly these keys.
 */
export const mainEn = {
  tray: {
    manualUntil: '{{name}}, by hand until {{when}}',
    manualNoEnd: '{{name}}, chosen by hand',
    backToSchedule: 'Back to schedule',
    windowLeft: '{{name}} · {{minutes}} min left',
    windowSnoozed: '{{name}} · snoozed, resumes at {{when}}',
    windowSkipped: '{{name}} · skipped until {{when}}',
    windowOneMore: '{{name}} · one more minute, until {{when}}',
    windowEnded: '{{name}} · ended early at {{when}}',
    trackingPaused: 'Tracking paused until {{when}}',
    everythingPaused: 'Everything paused until {{when}}',
    todayAt: '{{time}}',
    tomorrowAt: 'tomorrow {{time}}',
    snooze: 'Snooze {{minutes}} min',
    skip: 'Skip this window',
    pauseTracking: 'Pause tracking for an hour',
    resume: 'Resume',
    open: 'Open Balans',
    startAtLogin: 'Start at login',
    quit: 'Quit',
  },
  notification: {
    until: '{{kind}} until {{time}}',
    officeOpen: 'Office hours are open',
    soon: '{{kind}} in 5 minutes',
    soonBody: '{{name}} starts at {{time}}.',
    // One whole sentence per kind: inserting a kind into one sentence agrees in Dutch and Swedish only by luck.
    restricted: {
      'office-hours': '{{app}} is set as {{category}} during office hours.',
      focus: '{{app}} is set as {{category}} during focus time.',
      downtime: '{{app}} is set as {{category}} during downtime.',
      'family-time': '{{app}} is set as {{category}} during family time.',
    },
    restrictedAnywhere: '{{app}} is set as {{category}}.',
    headsUp: '{{minutes}} min left today for {{target}}',
    reached: 'Daily limit reached for {{target}}',
    weekly: 'Your week in Balans',
    weeklyBody: 'See where last week’s time went.',
  },
};

export type MainMessages = typeof mainEn;
