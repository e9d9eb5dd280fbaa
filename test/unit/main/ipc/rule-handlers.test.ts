import { DateTime } from 'luxon';
import { afterAll, describe, expect, it } from 'vitest';
import { composeHostApp } from '../../../host/compose-host.ts';
import { sampleDayEvents } from '../../../fixtures/sample-day.ts';
import type { UnmatchedReport } from '../../../../electron/shared/contract/rules.ts';
import type { StoredEvent } from '../../../../electron/shared/domain/usage.ts';

const zone = 'Europe/Amsterdam';
const now = DateTime.fromISO('2026-11-18T21:00', { zone }).toMillis();
const at = (iso: string) => DateTime.fromISO(iso, { zone }).toMillis();
const MIN = 60_000;
/** Apps the default rules do not know: one inside the default 7 days, and the same one long before. */
const unknown: StoredEvent[] = [
  { id: 'b1', kind: 'window', start: at('2026-11-17T15:30'), duration: 30 * MIN, data: { app: 'Blender' } },
  { id: 'b2', kind: 'window', start: at('2026-10-01T15:30'), duration: 60 * MIN, data: { app: 'Blender' } },
  {
    id: 'k1',
    kind: 'window',
    start: at('2026-11-18T16:30'),
    duration: 10 * MIN,
    data: { app: 'firefox', title: 'kagi — Mozilla Firefox', site: 'kagi.com' },
  },
];
const host = composeHostApp({
  clock: { now: () => now },
  zone,
  events: [...sampleDayEvents('2026-11-17', zone), ...unknown],
});
afterAll(() => host.close());

describe('rule calls through the dispatcher', () => {
  it('categorises a sample title with the real rules and names the rule', async () => {
    const answer = await host.dispatch('categoriseSample', {
      app: 'firefox',
      title: 'Instagram — Mozilla Firefox',
    });
    expect(answer).toMatchObject({
      ok: true,
      data: { category: 'social', site: 'instagram.com', rule: { field: 'site', from: 'shared' } },
    });
  });

  it("uses the profile's overrides first when a profile is given", async () => {
    const rules = host.services.settings.getSettings().profiles.find((p) => p.id === 'professional')!;
    const override = rules.ruleOverrides[0]!;
    const sample =
      override.field === 'app' ? { app: override.pattern } : { app: 'firefox', site: override.pattern };
    const answer = await host.dispatch('categoriseSample', { ...sample, profileId: 'professional' });
    expect(answer).toMatchObject({ ok: true, data: { rule: { id: override.id, from: 'profile' } } });
  });

  it('answers other with no rule for an unknown app', async () => {
    expect(await host.dispatch('categoriseSample', { app: 'Blender', title: '' })).toEqual({
      ok: true,
      data: { category: 'other', rule: null },
    });
  });

  it.each([
    ['no app', {}, 'invalid-input'],
    ['an empty app', { app: '  ' }, 'invalid-input'],
    ['an unknown field', { app: 'x', url: 'y' }, 'invalid-input'],
    ['a malformed profile id', { app: 'x', profileId: 'Not An Id' }, 'invalid-input'],
    ['an unknown profile', { app: 'x', profileId: 'ghost' }, 'not-found'],
  ])('refuses %s', async (_label, input, code) => {
    expect(await host.dispatch('categoriseSample', input)).toMatchObject({ ok: false, code });
  });

  it('lists the recent apps no rule matches, and a new rule takes one off the list', async () => {
    const before = await host.dispatch('getUnmatchedUsage', undefined);
    expect(before.ok).toBe(true);
    if (!before.ok) return;
    const { days, items } = before.data as UnmatchedReport;
    expect(days).toBe(7);
    // Blender's older hour is outside the 7 days; everything the sample day holds has a default rule.
    expect(items).toEqual([
      { kind: 'app', name: 'Blender', ms: 30 * MIN },
      { kind: 'site', name: 'kagi.com', ms: 10 * MIN },
    ]);
    const first = items[0]!;

    const rules = host.services.settings.getSettings().rules;
    await host.dispatch('setRules', {
      rules: [...rules, { field: first.kind, match: 'exact', pattern: first.name, category: 'work' }],
    });
    const after = await host.dispatch('getUnmatchedUsage', { days: 7 });
    expect(after.ok && (after.data as UnmatchedReport).items.map((i) => i.name)).not.toContain(first.name);
  });

  it.each([
    ['zero days', { days: 0 }],
    ['too many days', { days: 91 }],
    ['a fraction', { days: 1.5 }],
    ['an unknown field', { weeks: 1 }],
  ])('refuses unmatched usage for %s', async (_label, input) => {
    expect(await host.dispatch('getUnmatchedUsage', input)).toMatchObject({
      ok: false,
      code: 'invalid-input',
    });
  });

  it("refuses a rule regex the matcher cannot run with a code on that rule's pattern field", async () => {
    const before = host.services.settings.getSettings().rules;
    const rules = [
      { field: 'title', match: 'regex', pattern: 'inbox', category: 'communication' },
      { field: 'title', match: 'regex', pattern: 'foo(?=bar)', category: 'social' },
      { field: 'app', match: 'exact', pattern: 'Slack', category: 'communication' },
      { field: 'title', match: 'regex', pattern: '(unclosed', category: 'social' },
    ];
    const answer = await host.dispatch('setRules', { rules });
    expect(answer).toMatchObject({
      ok: false,
      code: 'invalid-input',
      issues: ['rules.1.pattern: regex-lookaround', 'rules.3.pattern: regex-syntax'],
    });
    expect(host.services.settings.getSettings().rules).toEqual(before);
  });

  it("names a refused regex in a profile's overrides at its own pattern field", async () => {
    const { profiles } = host.services.settings.getSettings();
    const index = profiles.findIndex((p) => p.id === 'professional');
    const profile = profiles[index]!;
    const answer = await host.dispatch('saveProfile', {
      id: profile.id,
      name: profile.name,
      colour: profile.colour,
      icon: profile.icon,
      ruleOverrides: [{ id: 'echo', field: 'title', match: 'regex', pattern: '(a)\\1', category: 'work' }],
    });
    expect(answer).toMatchObject({
      ok: false,
      code: 'invalid-input',
      issues: [`profiles.${index}.ruleOverrides.0.pattern: regex-back-reference`],
    });
  });
});
