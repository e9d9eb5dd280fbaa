import { describe, expect, it } from 'vitest';
import {
  collator,
  dateTimeFormat,
  formatClock,
  formatCountdown,
  formatDate,
  formatDuration,
  formatLocalDateTime,
  formatShortDate,
  numberFormat,
} from '../../../../renderer/src/lib/format.ts';

describe('formatDuration', () => {
  it.each([
    [0, 'en', '0 min'],
    [45 * 60_000, 'en', '45 min'],
    [2 * 3_600_000, 'en', '2 hr'],
    [(2 * 60 + 5) * 60_000, 'en', '2 hr 5 min'],
    [(2 * 60 + 5) * 60_000, 'nl', '2 uur 5 min'],
    [(2 * 60 + 5) * 60_000, 'sv', '2 tim 5 min'],
  ])('%d ms in %s → %s', (ms, locale, text) => {
    expect(formatDuration(ms, locale)).toBe(text);
  });
});

describe('formatDate', () => {
  it('formats the calendar day itself, whatever the zone of the machine', () => {
    expect(formatDate('2026-03-29', 'en')).toBe('Sunday, March 29, 2026');
    expect(formatDate('2026-03-29', 'nl')).toBe('zondag 29 maart 2026');
    expect(formatDate('2026-03-29', 'sv')).toBe('söndag 29 mars 2026');
  });
});

describe('formatCountdown', () => {
  it.each([
    [300_000, '5:00'],
    [299_001, '5:00'],
    [299_000, '4:59'],
    [3_900_000, '1:05:00'],
    [0, '0:00'],
  ])('%i ms → %s', (ms, text) => {
    expect(formatCountdown(ms)).toBe(text);
  });
});

describe('stored times in the language of the screen', () => {
  const plain = (s: string) => s.replace(/\s/gu, ' ');
  it('writes a window time 12-hour in English and 24-hour in Dutch and Swedish', () => {
    expect(plain(formatClock('18:00', 'en'))).toBe('6:00 PM');
    expect(formatClock('18:00', 'nl')).toBe('18:00');
    expect(formatClock('09:30', 'sv')).toBe('09:30');
  });

  it('never shows a stored local date-time or date as ISO', () => {
    expect(plain(formatLocalDateTime('2026-11-24T18:30', 'en'))).toBe('Nov 24, 2026, 6:30 PM');
    expect(formatLocalDateTime('2026-11-24T18:30', 'nl')).not.toMatch(/2026-11|T18/u);
    expect(formatShortDate('2026-12-24', 'sv')).toMatch(/24 dec\.? 2026/u);
  });
});

describe('the kept formatters', () => {
  it('build one formatter per locale and options, and a new one when either differs', () => {
    const medium = dateTimeFormat('nl', { dateStyle: 'medium', timeZone: 'UTC' });
    expect(dateTimeFormat('nl', { dateStyle: 'medium', timeZone: 'UTC' })).toBe(medium);
    expect(dateTimeFormat('sv', { dateStyle: 'medium', timeZone: 'UTC' })).not.toBe(medium);
    expect(dateTimeFormat('nl', { dateStyle: 'long', timeZone: 'UTC' })).not.toBe(medium);
    expect(numberFormat('en', { style: 'percent' })).toBe(numberFormat('en', { style: 'percent' }));
    expect(collator('sv', { numeric: true })).toBe(collator('sv', { numeric: true }));
    expect(medium.resolvedOptions().locale).toBe('nl');
  });
});
