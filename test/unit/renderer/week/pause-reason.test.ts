import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { pauseReasonText } from '../../../../renderer/src/features/week/pause-reason.ts';
import { en } from '../../../../electron/shared/i18n/en.ts';
import { sv } from '../../../../electron/shared/i18n/sv.ts';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({ lng: 'en', resources: { en: { translation: en }, sv: { translation: sv } } });
});

describe('pauseReasonText', () => {
  it('turns recorded codes into sentences and quotes what the user typed', () => {
    expect(pauseReasonText('end-with-pin', i18n.t)).toBe('Ended early with the parent PIN');
    expect(pauseReasonText('pause-everything: doctor on the phone', i18n.t)).toBe(
      'Paused everything: “doctor on the phone”',
    );
    expect(pauseReasonText('walk', i18n.t)).toBe('walk');
    expect(pauseReasonText(null, i18n.t)).toBe(en.week.noReason);
    expect(pauseReasonText('snooze', i18n.getFixedT('sv'))).toBe('Uppskjutet');
  });
});
