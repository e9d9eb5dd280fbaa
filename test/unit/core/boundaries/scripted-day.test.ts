import { expect, it } from 'vitest';
import { runScriptedDay } from './scripted-day.ts';

it('a scripted Friday (test/fixtures/boundary-day.ts) produces exactly these actions and crossings', () => {
  expect(runScriptedDay()).toEqual([
    ['09:00', 'notify: focus "Morning focus" until 12:00'],
    // Professional nudges social in focus; the crossing lasts until the user leaves.
    ['10:00', 'nudge: instagram.com (social, window)'],
    ['10:07', 'crossing: instagram.com 10:00–10:07'],
    ['10:07', 'hide-nudge'],
    ['11:00', 'overlay: block youtube.com'],
    ['11:02', 'hide-overlay'],
    // Professional has office hours, so communication is nudged outside them (the engine's triggers).
    ['11:02', 'nudge: Slack (communication, window)'],
    ['11:20', 'crossing: Slack 11:02–11:20'],
    ['11:20', 'hide-nudge'],
    // 2 min at 11:00 + 22 min from 12:00 = 24 of 30 minutes of entertainment: 80 %.
    ['12:22', 'notify: limit heads-up, 6 of 30 min left'],
    ['13:00', 'notify: office-hours "Office hours" until 17:00'],
    ['17:53', 'notify: limit of 30 min reached'],
    ['17:53', 'nudge: youtube.com (entertainment, limit)'],
    ['17:55', 'notify: family-time "Dinner" at 18:00'],
    ['18:00', 'crossing: youtube.com 17:53–18:00'],
    ['18:00', 'notify: family-time "Dinner" until 20:00'],
    ['18:00', 'overlay: family-time Dinner'],
    ['18:00', 'hide-nudge'],
    ['20:00', 'hide-overlay'],
  ]);
});
