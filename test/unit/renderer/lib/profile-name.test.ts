import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { failureMessage } from '../../../../renderer/src/lib/failure-message.ts';
import { nameToSave, shownProfileName } from '../../../../renderer/src/lib/profile-name.ts';
import { en } from '../../../../electron/shared/i18n/en.ts';
import { nl } from '../../../../electron/shared/i18n/nl.ts';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({ lng: 'nl', resources: { en: { translation: en }, nl: { translation: nl } } });
});

describe('built-in profile names', () => {
  it('translate until the user renames them', () => {
    expect(shownProfileName({ id: 'private', name: 'Private' }, i18n.t)).toBe('Privé');
    expect(shownProfileName({ id: 'private', name: 'Thuis' }, i18n.t)).toBe('Thuis');
    expect(shownProfileName({ id: 'family', name: 'Private' }, i18n.t)).toBe('Private');
  });

  it('are saved as their first name when left as shown, so they keep following the language', () => {
    expect(nameToSave('private', 'Privé', i18n.t)).toBe('Private');
    expect(nameToSave('private', 'Thuis', i18n.t)).toBe('Thuis');
    expect(nameToSave(undefined, 'Privé', i18n.t)).toBe('Privé');
  });
});

describe('failureMessage', () => {
  it('says what went wrong in the language of the screen, never the developer message', () => {
    const text = failureMessage(i18n.t, {
      ok: false,
      code: 'invalid-input',
      message: 'Invalid input for saveProfile',
      issues: ['name: Too small: expected string to have >=1 characters', 'limits.0.minutesPerDay: Too big'],
    });
    expect(text).toBe('Er klopt iets niet in het formulier. Controleer: naam, minuten per dag.');
    expect(failureMessage(i18n.t, { ok: false, code: 'conflict', message: 'Profile x is still used' })).toBe(
      'Dat botst met iets dat al bestaat of nog in gebruik is.',
    );
  });

  it('gives a conflict main names by its code its own sentence, never the English after the code', () => {
    const ended = {
      ok: false as const,
      code: 'conflict' as const,
      message: 'window-ended: this window was ended early.',
    };
    expect(failureMessage(i18n.t, ended)).toBe(
      'Dit blok is al vroeg beëindigd; er valt niets meer te pauzeren.',
    );
    // An unknown code still reads as the general conflict, in the screen's language.
    expect(failureMessage(i18n.t, { ...ended, message: 'something-new: x' })).toBe(
      'Dat botst met iets dat al bestaat of nog in gebruik is.',
    );
  });
});
