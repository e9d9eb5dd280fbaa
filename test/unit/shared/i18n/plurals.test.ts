import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../../../electron/shared/i18n/en.ts';
import { nl } from '../../../../electron/shared/i18n/nl.ts';
import { sv } from '../../../../electron/shared/i18n/sv.ts';
import { leaves } from './catalogue-leaves.ts';

import { mainEn } from '../../../../electron/shared/i18n/desktop/en.ts';
import { mainNl } from '../../../../electron/shared/i18n/desktop/nl.ts';
import { mainSv } from '../../../../electron/shared/i18n/desktop/sv.ts';

/** The window's texts and main's (tray, notifications) together: both take counts. */
const catalogues = {
  en: { ...en, main: mainEn },
  nl: { ...nl, main: mainNl },
  sv: { ...sv, main: mainSv },
} as const;
const PLURAL = /_(zero|one|other)$/;

describe.each(Object.entries(catalogues))('plurals in %s', (_language, messages) => {
  const texts = leaves(messages);

  it('every text that takes a count is a plural form', () => {
    const bare = [...texts].filter(([key, text]) => text.includes('{{count}}') && !PLURAL.test(key));
    expect(bare).toEqual([]);
  });

  it('every plural has its one and other forms', () => {
    const bases = new Set(
      [...texts.keys()].filter((key) => PLURAL.test(key)).map((k) => k.replace(PLURAL, '')),
    );
    for (const base of bases) {
      expect(texts.has(`${base}_one`), base).toBe(true);
      expect(texts.has(`${base}_other`), base).toBe(true);
    }
  });
});

describe('counts read correctly for 0, 1 and many', () => {
  const i18n = i18next.createInstance();
  beforeAll(async () => {
    await i18n.init({
      resources: { en: { translation: en }, nl: { translation: nl }, sv: { translation: sv } },
      lng: 'en',
      interpolation: { escapeValue: false },
    });
  });
  const say = (lng: string, key: string, count: number) => i18n.t(key, { lng, count, duration: '20 min' });

  it.each([
    ['en', 'today.checksTotal', ['No checks today', '1 check today', '5 checks today']],
    [
      'nl',
      'today.checksTotal',
      ['Vandaag nog niet gekeken', 'Vandaag 1 keer gekeken', 'Vandaag 5 keer gekeken'],
    ],
    ['sv', 'today.checksTotal', ['Inga appöppningar i dag', '1 appöppning i dag', '5 appöppningar i dag']],
    [
      'en',
      'week.pausesTotal',
      ['0 pauses, 20 min in all.', '1 pause, 20 min in all.', '5 pauses, 20 min in all.'],
    ],
    [
      'nl',
      'week.pausesTotal',
      ['0 pauzes, samen 20 min.', '1 pauze, samen 20 min.', '5 pauzes, samen 20 min.'],
    ],
    [
      'sv',
      'week.pausesTotal',
      ['0 pauser, sammanlagt 20 min.', '1 paus, sammanlagt 20 min.', '5 pauser, sammanlagt 20 min.'],
    ],
    [
      'en',
      'settingsScreen.deleted',
      ['No events were old enough to delete.', '1 event deleted.', '5 events deleted.'],
    ],
    [
      'sv',
      'settingsScreen.deleted',
      ['Ingen historik var gammal nog att radera.', '1 händelse raderad.', '5 händelser raderade.'],
    ],
  ] as const)('%s %s', (lng, key, [zero, one, many]) => {
    expect([0, 1, 5].map((count) => say(lng, key, count))).toEqual([zero, one, many]);
  });
});
