import { describe, expect, it } from 'vitest';
import { windowSaveIssues } from '../../../../electron/core/schedule/window-checks.ts';
import type { FocusWindow } from '../../../../electron/shared/domain/focus-windows.ts';

const zone = 'Europe/Amsterdam';
const now = Date.parse('2026-11-20T21:00:00+01:00');
const base = { id: 'w', name: 'W', kind: 'family-time', profileId: 'private', priority: 0 } as const;
const weekly = (start: string, end: string): FocusWindow => ({
  ...base,
  type: 'weekly',
  days: [1],
  start,
  end,
  endsNextDay: end <= start,
  skipDates: [],
});
const oneOff = (start: string, end: string): FocusWindow => ({ ...base, type: 'one-off', start, end });

describe('windowSaveIssues', () => {
  it('refuses a weekly window whose start equals its end instead of saving a 24-hour block', () => {
    expect(windowSaveIssues(weekly('18:00', '18:00'), true, now, zone)).toEqual(['end: same-as-start']);
    expect(windowSaveIssues(weekly('22:00', '06:00'), true, now, zone)).toEqual([]);
  });

  it('refuses a one-off that ends before it starts, is over, or starts in the past when new', () => {
    expect(windowSaveIssues(oneOff('2026-11-21T15:00', '2026-11-21T13:00'), true, now, zone)).toEqual([
      'end: end-before-start',
    ]);
    expect(windowSaveIssues(oneOff('2026-11-20T13:00', '2026-11-20T15:00'), true, now, zone)).toEqual([
      'end: in-the-past',
    ]);
    expect(windowSaveIssues(oneOff('2026-11-20T20:00', '2026-11-20T22:00'), true, now, zone)).toEqual([
      'start: in-the-past',
    ]);
  });

  it('lets a new one-off start this minute and an existing one that has begun be edited', () => {
    expect(windowSaveIssues(oneOff('2026-11-20T21:00', '2026-11-20T22:00'), true, now, zone)).toEqual([]);
    expect(windowSaveIssues(oneOff('2026-11-20T20:00', '2026-11-20T22:00'), false, now, zone)).toEqual([]);
  });
});
