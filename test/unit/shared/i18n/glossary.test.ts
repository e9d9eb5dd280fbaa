import { describe, expect, it } from 'vitest';
import { glossary, SWEDISH_CLOCK_TIME } from '../../../../electron/shared/i18n/glossary.ts';
import { nl } from '../../../../electron/shared/i18n/nl.ts';
import { sv } from '../../../../electron/shared/i18n/sv.ts';
import { leaves } from './catalogue-leaves.ts';
import { mainNl } from '../../../../electron/shared/i18n/desktop/nl.ts';
import { mainSv } from '../../../../electron/shared/i18n/desktop/sv.ts';

/** The window's texts and main's (tray, notifications): one glossary for both. */
const all = (messages: object, main: object) =>
  new Map([...leaves(messages), ...[...leaves(main)].map(([k, v]) => [`main:${k}`, v] as const)]);

describe.each([
  ['nl', nl, mainNl],
  ['sv', sv, mainSv],
] as const)('the %s catalogue keeps to its glossary', (language, messages, main) => {
  const texts = all(messages, main);

  it.each(glossary[language].map((entry) => [entry.idea, entry] as const))('%s', (_idea, entry) => {
    const found = [...texts].flatMap(([key, text]) =>
      entry.retired.filter((word) => word.test(text)).map((word) => `${key}: ${word} in “${text}”`),
    );
    expect(found, `use “${entry.term}”`).toEqual([]);
  });
});

describe('Swedish clock times', () => {
  it('put “kl.” before every clock time', () => {
    const missing = [...all(sv, mainSv)].filter(
      ([, text]) => text.includes('{{time}}') && !SWEDISH_CLOCK_TIME.test(text),
    );
    expect(missing).toEqual([]);
  });
});

describe('the glossary test', () => {
  it('would catch a retired word', () => {
    const entry = glossary.sv.find((e) => e.idea === 'today')!;
    expect(entry.retired.some((word) => word.test('3 kontroller idag'))).toBe(true);
    expect(entry.retired.some((word) => word.test('3 appöppningar i dag'))).toBe(false);
  });
});
