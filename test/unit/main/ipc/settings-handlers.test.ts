import { describe, expect, it } from 'vitest';
import { manualClock } from '../../../../electron/core/clock.ts';
import { defaultSettings } from '../../../../electron/core/settings/default-settings.ts';
import { createDispatch, type Handlers } from '../../../../electron/main/ipc/handler-table.ts';
import { settingsHandlers } from '../../../../electron/main/ipc/settings-handlers.ts';
import { SettingsService } from '../../../../electron/main/services/settings-service.ts';

function dispatch() {
  const svc = new SettingsService({
    store: { load: () => ({ settings: defaultSettings('Europe/Amsterdam'), notice: null }), save: () => {} },
    clock: manualClock(Date.parse('2025-06-02T10:00:00+02:00')),
  });
  // Only the settings calls are exercised; the lead's composition root supplies the other handlers.
  return createDispatch(settingsHandlers(svc, { withPin: async (_pin, run) => run() }) as Handlers);
}

const window = {
  type: 'weekly',
  name: 'Work',
  kind: 'focus',
  profileId: 'professional',
  days: [1],
  start: '09:00',
  end: '17:00',
};

describe('settings calls through the dispatcher', () => {
  it('creates a window and shows it in the schedule state', async () => {
    const d = dispatch();
    expect(await d('saveWindow', window)).toMatchObject({
      ok: true,
      data: { id: 'work', endsNextDay: false },
    });
    const state = await d('getScheduleState', { days: 1 });
    expect(state).toMatchObject({
      ok: true,
      data: { now: { profileId: 'professional', windows: [{ windowId: 'work' }] } },
    });
  });

  it.each([
    [
      'end before start without crossing midnight',
      'saveWindow',
      { ...window, start: '17:00', end: '09:00' },
      'invalid-input',
    ],
    ['a malformed time', 'saveWindow', { ...window, start: '25:00' }, 'invalid-input'],
    ['an unknown profile', 'saveWindow', { ...window, profileId: 'ghost' }, 'not-found'],
    [
      'a duplicate profile name',
      'saveProfile',
      { name: 'Professional', colour: '#000000', icon: 'x' },
      'conflict',
    ],
    [
      'a regex with a back-reference (RE2 cannot run it)',
      'setRules',
      { rules: [{ field: 'title', match: 'regex', pattern: '(a)\\1', category: 'work' }] },
      'invalid-input',
    ],
    [
      'a manual switch to an unknown profile',
      'switchProfile',
      { profileId: 'ghost', until: null },
      'not-found',
    ],
    ['an unknown field', 'deleteWindow', { id: 'work', force: true }, 'invalid-input'],
  ])('returns a typed failure for %s', async (_label, name, input, code) => {
    expect(await dispatch()(name, input)).toMatchObject({ ok: false, code });
  });
});
