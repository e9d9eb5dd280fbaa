import { describe, expect, it } from 'vitest';
import { noticeText } from '../../../../../electron/main/adapters/electron/notice-text.ts';

const zone = 'Europe/Stockholm';
const at = Date.UTC(2026, 10, 18, 17, 0);

describe("main's texts come from the shared catalogues", () => {
  it('fills placeholders and names kinds and categories as the window does', () => {
    expect(
      noticeText({ key: 'window-soon', kind: 'family-time', windowName: 'Dinner', at }, 'nl-NL', zone),
    ).toEqual({
      title: 'Gezinstijd over 5 minuten',
      body: 'Dinner begint om 18:00.',
    });
    expect(
      noticeText(
        {
          key: 'limit-heads-up',
          target: { kind: 'category', category: 'social' },
          minutesPerDay: 30,
          minutesLeft: 6,
        },
        'sv',
        zone,
      ).title,
    ).toBe('6 min kvar i dag för Sociala medier');
    expect(
      noticeText({ key: 'restricted', category: 'social', app: 'Discord', kind: null }, 'en', zone).body,
    ).toBe('Discord is set as Social.');
  });
});
