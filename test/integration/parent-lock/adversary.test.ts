// The child's side of the parent lock: every contract call, through the real dispatcher, on real stores (SQLite,
// settings files, lock file) in a temporary folder, with family time open now or starting in an hour.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { afterEach, describe, expect, it } from 'vitest';
import { manualClock } from '../../../electron/core/clock.ts';
import { compileRules } from '../../../electron/core/rules/matcher.ts';
import { jsonLockFile } from '../../../electron/main/adapters/parent-lock/lock-file.ts';
import { SettingsStore } from '../../../electron/main/adapters/settings/settings-store.ts';
import { callNames, type CallName } from '../../../electron/shared/contract/index.ts';
import type { WeeklyWindow } from '../../../electron/shared/domain/focus-windows.ts';
import type { Settings } from '../../../electron/shared/domain/settings.ts';
import { asksForPin, type Result } from '../../../electron/shared/result.ts';
import { composeHostApp } from '../../host/compose-host.ts';
import { at, settingsWith, weekly } from '../../unit/core/schedule/settings-builder.ts';

const ZONE = 'Europe/Amsterdam';
/** Wednesday 18 November 2026, 19:30 in Amsterdam. */
const NOW = at('2026-11-18T19:30:00+01:00');
const PIN = '2468';
const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7] as const;

const fixtures = {
  open: weekly('family', 'family-time', [...EVERY_DAY], '19:00', '21:00'),
  soon: weekly('family', 'family-time', [...EVERY_DAY], '20:30', '22:00'),
} satisfies Record<string, WeeklyWindow>;
type Fixture = keyof typeof fixtures;

const folders: string[] = [];
const closers: (() => void)[] = [];
afterEach(() => {
  closers.splice(0).forEach((close) => close());
  folders.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
});

async function child(fixture: Fixture, pin: string | null) {
  const dir = mkdtempSync(join(tmpdir(), 'balans-adversary-'));
  folders.push(dir);
  const clock = manualClock(NOW);
  const start: Settings = settingsWith(ZONE, [fixtures[fixture]], {
    timeZone: ZONE,
    categories: [{ id: 'hobby', name: 'Hobby' }],
  });
  start.profiles.push({ ...start.profiles[0]!, id: 'spare', name: 'Spare' });
  const settingsStore = new SettingsStore({
    cwd: dir,
    Store: Conf,
    clock,
    defaults: () => start,
    check: (s) => void compileRules(s),
  });
  const app = composeHostApp({
    clock,
    zone: ZONE,
    events: [],
    settingsStore,
    lockStore: jsonLockFile(join(dir, 'parent-lock.json')),
    ...(pin ? { parentPin: pin } : {}),
  });
  closers.push(app.close);
  await app.ready;
  const call = (name: CallName, input: unknown) => app.dispatch(name, input);
  return { app, call, clock };
}

const family = fixtures.open;
const familyEdit = (fixture: Fixture, patch: Partial<WeeklyWindow>) => ({ ...fixtures[fixture], ...patch });

/** What a call must answer without the PIN: 'pin' (refused, family time kept), 'ok', or 'other' (some other refusal). */
type Expect = 'pin' | 'ok' | 'other';
interface Case {
  name: CallName;
  what: string;
  input: (fixture: Fixture) => unknown;
  open: Expect;
  soon: Expect;
  /** The same call with the PIN (default: `{ ...input, pin }`). */
  withPin?: (fixture: Fixture) => unknown;
}

const cases: Case[] = [
  { name: 'getAppInfo', what: 'reads', input: () => undefined, open: 'ok', soon: 'ok' },
  { name: 'getNotices', what: 'reads', input: () => undefined, open: 'ok', soon: 'ok' },
  // Only asks: the quit itself passes the lifecycle's guard, which is mayQuit (tested below and in quit-plan).
  { name: 'quitApp', what: 'asks to quit', input: () => undefined, open: 'ok', soon: 'ok' },
  { name: 'getLocaleAndZone', what: 'reads', input: () => undefined, open: 'ok', soon: 'ok' },
  { name: 'getDayTotals', what: 'reads', input: () => ({}), open: 'ok', soon: 'ok' },
  { name: 'getLimitProgress', what: 'reads', input: () => ({}), open: 'ok', soon: 'ok' },
  ...(
    [
      'getUsageTotals',
      'getChecks',
      'getBoundaryCrossings',
      'getLongestFocusStretch',
      'getFocusKept',
      'getPauses',
    ] as const
  ).map((name): Case => ({
    name,
    what: 'reads a report',
    input: () => ({
      from: '2026-11-18',
      to: '2026-11-18',
      ...(name === 'getUsageTotals' ? { unit: 'day' } : {}),
    }),
    open: 'ok',
    soon: 'ok',
  })),
  { name: 'getDayTimeline', what: 'reads', input: () => ({ date: '2026-11-18' }), open: 'ok', soon: 'ok' },
  {
    name: 'getWeekView',
    what: 'reads the Week screen',
    input: () => ({ from: '2026-11-16', to: '2026-11-22' }),
    open: 'ok',
    soon: 'ok',
  },
  {
    name: 'getCrossingList',
    what: 'reads the Week screen’s crossing list',
    input: () => ({ from: '2026-11-16', to: '2026-11-22' }),
    open: 'ok',
    soon: 'ok',
  },
  { name: 'getYearView', what: 'reads the Year view', input: () => ({ year: 2026 }), open: 'ok', soon: 'ok' },
  { name: 'getTodayView', what: 'reads the Today screen', input: () => undefined, open: 'ok', soon: 'ok' },
  {
    name: 'getThisWeekView',
    what: 'reads the Week screen as it opens',
    input: () => undefined,
    open: 'ok',
    soon: 'ok',
  },
  { name: 'getFactsProgress', what: 'reads', input: () => undefined, open: 'ok', soon: 'ok' },
  { name: 'getPrivacySettings', what: 'reads', input: () => undefined, open: 'ok', soon: 'ok' },
  {
    name: 'updatePrivacySettings',
    what: 'stops recording titles',
    input: () => ({ recordTitles: false }),
    open: 'ok',
    soon: 'ok',
  },
  {
    name: 'updatePrivacySettings',
    what: 'keeps history only 7 days',
    input: () => ({ retentionDays: 7 }),
    open: 'pin',
    soon: 'pin',
  },
  { name: 'previewRetention', what: 'counts', input: () => ({ retentionDays: 7 }), open: 'ok', soon: 'ok' },
  {
    name: 'applyRetention',
    what: 'applies the set retention',
    input: () => undefined,
    open: 'ok',
    soon: 'ok',
  },
  {
    name: 'deleteEverything',
    what: 'deletes all history',
    input: () => ({ confirm: true }),
    open: 'pin',
    soon: 'pin',
  },
  { name: 'getSettings', what: 'reads', input: () => undefined, open: 'ok', soon: 'ok' },
  {
    name: 'saveProfile',
    what: 'renames a profile',
    input: () => ({ ...settingsWith(ZONE, []).profiles[0]!, name: 'Work!' }),
    open: 'ok',
    soon: 'ok',
  },
  {
    name: 'getProfileEffects',
    what: 'reads',
    input: () => ({ profileId: 'private' }),
    open: 'ok',
    soon: 'ok',
  },
  { name: 'getRuleShadows', what: 'reads', input: () => ({ rules: [] }), open: 'ok', soon: 'ok' },
  {
    name: 'deleteProfile',
    what: 'deletes an unused profile',
    input: () => ({ id: 'spare' }),
    open: 'ok',
    soon: 'ok',
  },
  {
    name: 'deleteWindow',
    what: 'deletes family time',
    input: () => ({ id: 'family' }),
    open: 'pin',
    soon: 'pin',
  },
  {
    name: 'saveWindow',
    what: 'turns family time into downtime',
    input: (f) => familyEdit(f, { kind: 'downtime' }),
    open: 'pin',
    soon: 'pin',
  },
  {
    name: 'saveWindow',
    what: 'moves family time to other days',
    input: (f) => familyEdit(f, { days: [6, 7] }),
    open: 'pin',
    soon: 'pin',
  },
  {
    name: 'saveWindow',
    what: 'makes family time start later',
    input: (f) => familyEdit(f, { start: '21:30', end: '22:00' }),
    open: 'pin',
    soon: 'pin',
  },
  {
    name: 'saveWindow',
    what: 'skips family time today',
    input: (f) => familyEdit(f, { skipDates: ['2026-11-18'] }),
    open: 'pin',
    soon: 'pin',
  },
  {
    name: 'saveWindow',
    what: 'gives family time another profile',
    input: (f) => familyEdit(f, { profileId: 'private' }),
    open: 'pin',
    soon: 'pin',
  },
  {
    name: 'saveWindow',
    what: 'lengthens family time',
    input: (f) => familyEdit(f, { end: '23:30' }),
    open: 'ok',
    soon: 'ok',
  },
  {
    name: 'saveWindow',
    what: 'adds a focus window',
    input: () => ({ ...weekly('x', 'focus', [1], '09:00', '12:00'), id: undefined }),
    open: 'ok',
    soon: 'ok',
  },
  { name: 'setRules', what: 'replaces the rules', input: () => ({ rules: [] }), open: 'ok', soon: 'ok' },
  { name: 'saveCategory', what: 'adds a category', input: () => ({ name: 'Games' }), open: 'ok', soon: 'ok' },
  {
    name: 'deleteCategory',
    what: 'deletes a category',
    input: () => ({ id: 'hobby' }),
    open: 'ok',
    soon: 'ok',
  },
  {
    name: 'setDefaultProfile',
    what: 'changes the default',
    input: () => ({ profileId: 'private' }),
    open: 'ok',
    soon: 'ok',
  },
  {
    name: 'setTimeZone',
    what: 'moves to a far zone',
    input: () => ({ timeZone: 'Pacific/Auckland' }),
    open: 'pin',
    soon: 'pin',
  },
  {
    name: 'switchProfile',
    what: 'switches profile by hand (family time stays)',
    input: () => ({ profileId: 'private', until: null }),
    open: 'ok',
    soon: 'ok',
  },
  { name: 'endManualSwitch', what: 'ends a manual switch', input: () => undefined, open: 'ok', soon: 'ok' },
  { name: 'getScheduleState', what: 'reads', input: () => undefined, open: 'ok', soon: 'ok' },
  { name: 'getTrackingStatus', what: 'reads', input: () => undefined, open: 'ok', soon: 'ok' },
  { name: 'getBoundaryState', what: 'reads', input: () => undefined, open: 'ok', soon: 'ok' },
  { name: 'snooze', what: 'snoozes', input: () => ({ minutes: 15 }), open: 'pin', soon: 'other' },
  { name: 'skip', what: 'skips', input: () => ({}), open: 'pin', soon: 'other' },
  {
    name: 'pauseTracking',
    what: 'pauses tracking',
    input: () => ({ until: NOW + 3_600_000 }),
    open: 'pin',
    soon: 'ok',
  },
  {
    name: 'pauseEverything',
    what: 'pauses everything (never lifts family time without the PIN)',
    input: () => ({ until: NOW + 3_600_000 }),
    open: 'pin',
    soon: 'ok',
  },
  { name: 'resume', what: 'resumes', input: () => undefined, open: 'ok', soon: 'ok' },
  { name: 'oneMoreMinute', what: 'one more minute', input: () => undefined, open: 'ok', soon: 'other' },
  { name: 'endFamilyTimeWithPin', what: 'ends family time', input: () => ({}), open: 'pin', soon: 'other' },
  {
    name: 'answerNudge',
    what: 'answers a nudge',
    input: () => ({ answer: 'back-to-work' }),
    open: 'ok',
    soon: 'ok',
  },
  {
    name: 'setParentPin',
    what: 'sets their own PIN',
    input: () => ({ pin: '1111' }),
    open: 'pin',
    soon: 'pin',
    withPin: () => ({ pin: '1111', currentPin: PIN }),
  },
  { name: 'getParentLockState', what: 'reads', input: () => undefined, open: 'ok', soon: 'ok' },
  {
    name: 'categoriseSample',
    what: 'tries a rule',
    input: () => ({ app: 'firefox', title: 'YouTube' }),
    open: 'ok',
    soon: 'ok',
  },
  { name: 'getUnmatchedUsage', what: 'reads', input: () => undefined, open: 'ok', soon: 'ok' },
  {
    name: 'setPreferences',
    what: 'changes the theme',
    input: () => ({ theme: 'dark' }),
    open: 'ok',
    soon: 'ok',
  },
  { name: 'getStartAtLogin', what: 'reads', input: () => undefined, open: 'ok', soon: 'ok' },
  {
    name: 'setStartAtLogin',
    what: 'turns start at login off',
    input: () => ({ enabled: false }),
    open: 'ok',
    soon: 'ok',
  },
];

const outcome = (result: Result<unknown>): Expect =>
  result.ok ? 'ok' : asksForPin(result.code) ? 'pin' : 'other';

/** What the family time looks like to the policy and the schedule: must not change after a refused call. */
async function familyTimeSeen(call: (name: CallName, input: unknown) => Promise<Result<unknown>>) {
  const boundary = (await call('getBoundaryState', undefined)) as Result<{ overlay: unknown }>;
  const schedule = (await call('getScheduleState', undefined)) as Result<{
    upcoming: { at: number; state: { overlay: { kind: string } | null } }[];
  }>;
  if (!boundary.ok || !schedule.ok) throw new Error('state not readable');
  return {
    overlay: boundary.data.overlay,
    familyStarts: schedule.data.upcoming
      .filter((t) => t.state.overlay?.kind === 'family-time')
      .map((t) => t.at),
  };
}

describe('the adversary table covers every contract call', () => {
  it('has at least one case per call', () => {
    expect(callNames.filter((name) => !cases.some((c) => c.name === name))).toEqual([]);
  });
});

describe.each(['open', 'soon'] as const)('with family time %s and a parent PIN set', (fixture) => {
  it.each(cases.map((c) => [`${c.name}: ${c.what}`, c] as const))('%s', async (_, c) => {
    const { call } = await child(fixture, PIN);
    const before = await familyTimeSeen(call);
    if (fixture === 'open') expect(before.overlay).toMatchObject({ kind: 'family-time', pinRequired: true });
    else expect(before.familyStarts[0]).toBe(at('2026-11-18T20:30:00+01:00'));
    const settingsBefore = await call('getSettings', undefined);

    const result = await call(c.name, c.input(fixture));
    expect({ result, got: outcome(result) }).toMatchObject({ got: c[fixture] });
    if (c[fixture] !== 'pin') return;
    // Refused: nothing changed, and family time is where it was.
    expect(await familyTimeSeen(call)).toEqual(before);
    expect(await call('getSettings', undefined)).toEqual(settingsBefore);

    // The parent's PIN completes the same call.
    const input = c.withPin?.(fixture) ?? { ...(c.input(fixture) as object), pin: PIN };
    expect(await call(c.name, input)).toMatchObject({ ok: true });
  });
});

describe.each(['open', 'soon'] as const)('with family time %s and no PIN set', (fixture) => {
  it.each(cases.filter((c) => c[fixture] === 'pin').map((c) => [`${c.name}: ${c.what}`, c] as const))(
    '%s is allowed',
    async (_, c) => {
      const { call } = await child(fixture, null);
      expect(await call(c.name, c.input(fixture))).toMatchObject({ ok: true });
    },
  );
});

describe('ways out the issue names', () => {
  it('deleting family time while it is open is refused and the overlay stays', async () => {
    const { call, app } = await child('open', PIN);
    expect(await call('deleteWindow', { id: 'family' })).toMatchObject({ ok: false, code: 'pin-required' });
    expect(app.services.boundaries.status().overlay).toMatchObject({ kind: 'family-time' });
    expect(await call('deleteWindow', { id: 'family', pin: '1111' })).toMatchObject({ code: 'pin-wrong' });
    expect(await call('deleteWindow', { id: 'family', pin: PIN })).toMatchObject({ ok: true });
    expect(app.services.boundaries.status().overlay).toBeNull();
  });

  it('turning family time into downtime and then ending "downtime" is refused twice', async () => {
    const { call } = await child('open', PIN);
    expect(await call('saveWindow', { ...family, kind: 'downtime' })).toMatchObject({ code: 'pin-required' });
    expect(await call('endFamilyTimeWithPin', {})).toMatchObject({ code: 'pin-required' });
    expect((await familyTimeSeen(call)).overlay).toMatchObject({ kind: 'family-time' });
  });

  it('a PIN sent with a harmless change is not checked, so it costs no attempt', async () => {
    const { call } = await child('open', PIN);
    for (const guess of ['0001', '0002', '0003', '0004'])
      expect(await call('saveCategory', { name: `c${guess}`, pin: guess })).toMatchObject({ ok: true });
    expect(await call('deleteWindow', { id: 'family', pin: PIN })).toMatchObject({ ok: true });
  });

  it('wrong PINs lead to a lockout that says so, even for the right PIN', async () => {
    const { call, clock } = await child('open', PIN);
    for (const guess of ['0001', '0002', '0003'])
      expect(await call('deleteWindow', { id: 'family', pin: guess })).toMatchObject({ code: 'pin-wrong' });
    expect(await call('deleteWindow', { id: 'family', pin: PIN })).toMatchObject({
      code: 'pin-lockout',
      retryAfterMs: 30_000,
    });
    clock.advance(30_000);
    expect(await call('deleteWindow', { id: 'family', pin: PIN })).toMatchObject({ ok: true });
  });

  it('"one more minute" is once per occurrence, whatever happens to the window id', async () => {
    const { call, clock } = await child('open', PIN);
    expect(await call('oneMoreMinute', undefined)).toMatchObject({ ok: true });
    clock.advance(61_000);
    // Family time of the same profile on top (allowed: it adds family time) wins now under another id.
    const again = { ...family, id: undefined, name: 'Again', priority: 5 };
    expect(await call('saveWindow', again)).toMatchObject({ ok: true });
    expect(await call('getBoundaryState', undefined)).toMatchObject({
      data: { overlay: { kind: 'family-time', windowId: 'again', oneMoreMinute: false } },
    });
    expect(await call('oneMoreMinute', undefined)).toMatchObject({ ok: false, code: 'conflict' });
  });

  it('deleting and re-creating downtime does not re-arm "one more minute" either', async () => {
    const { call, clock } = await child('open', PIN);
    const downtime = { ...weekly('down', 'downtime', [3], '19:00', '23:00'), id: undefined };
    expect(await call('deleteWindow', { id: 'family', pin: PIN })).toMatchObject({ ok: true });
    expect(await call('saveWindow', downtime)).toMatchObject({ ok: true });
    expect(await call('oneMoreMinute', undefined)).toMatchObject({ ok: true });
    clock.advance(61_000);
    expect(await call('deleteWindow', { id: 'down' })).toMatchObject({ ok: true });
    expect(await call('saveWindow', { ...downtime, id: undefined, name: 'Down again' })).toMatchObject({
      ok: true,
    });
    expect(await call('oneMoreMinute', undefined)).toMatchObject({ ok: false, code: 'conflict' });
  });

  it('pausing everything just before family time does not lift it when it starts', async () => {
    const { call, clock, app } = await child('soon', PIN);
    expect(await call('pauseEverything', { until: NOW + 3 * 3_600_000 })).toMatchObject({ ok: true });
    clock.set(at('2026-11-18T20:31:00+01:00'));
    expect(app.services.boundaries.recompute().overlay).toMatchObject({
      kind: 'family-time',
      pinRequired: true,
    });
  });

  it('quitting during family time needs the PIN', async () => {
    const { app } = await child('open', PIN);
    await expect(app.services.mayQuit()).rejects.toMatchObject({ code: 'pin-required' });
    await expect(app.services.mayQuit(PIN)).resolves.toBe(true);
  });
});
