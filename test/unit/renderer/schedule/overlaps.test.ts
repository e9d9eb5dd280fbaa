import { describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { stateAt, transitions } from '../../../../electron/core/schedule/schedule.ts';
import { defaultSettings } from '../../../../electron/core/settings/default-settings.ts';
import { overlapStretches } from '../../../../renderer/src/features/schedule/overlaps.ts';
import { weekly } from '../../core/schedule/settings-builder.ts';

const zone = 'Europe/Amsterdam';
const at = (iso: string) => DateTime.fromISO(iso, { zone }).toMillis();

describe('overlapStretches', () => {
  const settings = {
    ...defaultSettings(zone),
    profiles: [
      ...defaultSettings(zone).profiles,
      { ...defaultSettings(zone).profiles[1]!, id: 'family', name: 'Family' },
    ],
    windows: [
      { ...weekly('focus', 'focus', [5], '14:00', '20:00'), name: 'Deep work' },
      { ...weekly('family', 'family-time', [5], '18:00', '21:00'), name: 'Family time' },
    ],
  };

  it('says which window overrides which, from when until when, from the real engine', () => {
    const now = at('2026-11-20T08:00');
    const view = { now: stateAt(settings, now), upcoming: transitions(settings, now, now + 8 * 86_400_000) };
    expect(overlapStretches(view, settings.windows)).toEqual([
      {
        winner: 'Family time',
        winnerKind: 'family-time',
        overridden: 'Deep work',
        overriddenKind: 'focus',
        from: at('2026-11-20T18:00'),
        until: at('2026-11-20T20:00'),
      },
      // A week later, the same overlap again.
      expect.objectContaining({ from: at('2026-11-27T18:00'), until: at('2026-11-27T20:00') }),
    ]);
  });

  it('starts an overlap already under way at now', () => {
    const now = at('2026-11-20T19:00');
    const view = { now: stateAt(settings, now), upcoming: transitions(settings, now, now + 3_600_000) };
    expect(overlapStretches(view, settings.windows)[0]).toMatchObject({
      from: now,
      until: at('2026-11-20T20:00'),
    });
  });

  it('is empty when nothing overlaps', () => {
    const plain = { ...settings, windows: settings.windows.slice(0, 1) };
    const now = at('2026-11-20T08:00');
    expect(
      overlapStretches(
        { now: stateAt(plain, now), upcoming: transitions(plain, now, now + 86_400_000) },
        plain.windows,
      ),
    ).toEqual([]);
  });
});
