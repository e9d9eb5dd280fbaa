import { describe, expect, it } from 'vitest';
import { manualClock } from '../../../../electron/core/clock.ts';
import { defaultSettings } from '../../../../electron/core/settings/default-settings.ts';
import { createDispatch } from '../../../../electron/main/ipc/handler-table.ts';
import { settingsHandlers } from '../../../../electron/main/ipc/settings-handlers.ts';
import {
  SettingsService,
  type SettingsPersistence,
} from '../../../../electron/main/services/settings-service.ts';
import type { Settings } from '../../../../electron/shared/domain/settings.ts';

const NOW = Date.parse('2025-06-02T10:00:00+02:00');

function setUp() {
  let saved: Settings = defaultSettings('Europe/Amsterdam');
  const store: SettingsPersistence = {
    load: () => ({ settings: structuredClone(saved), notice: null }),
    save: (settings) => (saved = structuredClone(settings)),
  };
  const svc = new SettingsService({ store, clock: manualClock(NOW) });
  const family = svc.saveProfile({
    name: 'Family',
    colour: '#336699',
    icon: 'people',
    ruleOverrides: [
      { id: 'school', field: 'site', match: 'exact', pattern: 'school.example', category: 'work' },
    ],
  });
  svc.saveWindow({
    type: 'weekly',
    name: 'Dinner',
    kind: 'family-time',
    profileId: family.id,
    days: [1, 2, 3, 4, 5],
    start: '18:00',
    end: '20:00',
  });
  svc.setDefaultProfile(family.id);
  // Through the real dispatcher, as the renderer calls it: input parsed, errors carry codes.
  // No parent PIN is set here: the guard lets every change through, as the real one does without a PIN.
  const noPin = { withPin: async <T>(_pin: string | undefined, change: () => T) => change() };
  const dispatch = createDispatch(settingsHandlers(svc, noPin) as never);
  return { svc, dispatch, family, saved: () => saved };
}

describe('deleting a profile that is in use (guarded in main)', () => {
  it('is refused without a profile to move its windows and rules to', async () => {
    const { dispatch, family, svc } = setUp();
    const result = await dispatch('deleteProfile', { id: family.id });
    expect(result).toMatchObject({ ok: false, code: 'conflict' });
    expect(svc.getSettings().profiles.map((p) => p.id)).toContain(family.id);
  });

  it('moves windows, the default and its rules to the chosen profile, and saves that', async () => {
    const { dispatch, family, saved } = setUp();
    expect(await dispatch('deleteProfile', { id: family.id, reassignTo: 'private' })).toMatchObject({
      ok: true,
    });
    const after = saved();
    expect(after.profiles.map((p) => p.id)).toEqual(['professional', 'private']);
    expect(after.windows.map((w) => w.profileId)).toEqual(['private']);
    expect(after.defaultProfileId).toBe('private');
    expect(after.profiles.find((p) => p.id === 'private')?.ruleOverrides.map((r) => r.id)).toContain(
      'school',
    );
  });

  it.each([
    [{ id: 'professional', reassignTo: 'private' }, 'conflict'],
    [{ id: 'family', reassignTo: 'family' }, 'invalid-input'],
    [{ id: 'family', reassignTo: 'nobody' }, 'not-found'],
    [{ id: 'family', reassignTo: '' }, 'invalid-input'],
  ])('refuses %j with %s and loses nothing', async (input, code) => {
    const { dispatch, saved } = setUp();
    const before = saved();
    expect(await dispatch('deleteProfile', input)).toMatchObject({ ok: false, code });
    expect(saved()).toEqual(before);
  });
});

describe('own categories', () => {
  it('keeps a colour, keeps it on rename, and moves everything on delete with reassignment', async () => {
    const { dispatch, svc, saved } = setUp();
    const created = await dispatch('saveCategory', { name: 'News', colour: '#117733' });
    expect(created).toMatchObject({ ok: true, data: { id: 'news', colour: '#117733' } });
    await dispatch('saveCategory', { id: 'news', name: 'Headlines' });
    expect(svc.getSettings().categories).toEqual([{ id: 'news', name: 'Headlines', colour: '#117733' }]);
    svc.setRules([{ field: 'site', match: 'exact', pattern: 'nos.nl', category: 'news' }]);
    expect(await dispatch('deleteCategory', { id: 'news' })).toMatchObject({ ok: false, code: 'conflict' });
    expect(await dispatch('deleteCategory', { id: 'news', reassignTo: 'news' })).toMatchObject({
      ok: false,
      code: 'invalid-input',
    });
    expect(await dispatch('deleteCategory', { id: 'news', reassignTo: 'entertainment' })).toMatchObject({
      ok: true,
    });
    expect(saved().categories).toEqual([]);
    expect(saved().rules.find((r) => r.pattern === 'nos.nl')?.category).toBe('entertainment');
  });

  it('refuses a colour that is not #rrggbb as invalid input', async () => {
    const { dispatch } = setUp();
    expect(await dispatch('saveCategory', { name: 'News', colour: 'red' })).toMatchObject({
      ok: false,
      code: 'invalid-input',
    });
  });
});

describe('what a profile does', () => {
  it('answers per window kind from the schedule: blocks in family time, the profile action in focus', async () => {
    const { dispatch, svc } = setUp();
    const professional = svc.getSettings().profiles.find((p) => p.id === 'professional')!;
    svc.saveProfile({ ...professional, actions: { ...professional.actions, entertainment: 'nudge' } });
    const result = await dispatch('getProfileEffects', { profileId: 'professional' });
    if (!result.ok) throw new Error(result.message);
    const effects = result.data as { kind: string | null; triggers: Record<string, string> }[];
    const of = (kind: string | null) => effects.find((e) => e.kind === kind)?.triggers;
    expect(of('focus')?.entertainment).toBe('nudge');
    expect(of('family-time')?.work).toBe('block');
    expect(of(null)?.entertainment).toBe('nothing');
    expect(await dispatch('getProfileEffects', { profileId: 'ghost' })).toMatchObject({ code: 'not-found' });
  });
});
