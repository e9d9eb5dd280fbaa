import fc from 'fast-check';
import { DateTime } from 'luxon';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../electron/core/settings/default-settings.ts';
import { Tracker } from '../../../electron/core/tracking/tracker.ts';
import type { Rule } from '../../../electron/shared/domain/rules.ts';
import type { Settings } from '../../../electron/shared/domain/settings.ts';
import {
  BUILT_IN_CATEGORIES,
  type Observation,
  type StoredEvent,
} from '../../../electron/shared/domain/usage.ts';
import { composeHostApp } from '../../host/compose-host.ts';
import { applyWrites, sequentialIds } from '../../support/memory-sink.ts';

/**
 * One answer everywhere: a window recorded under a profile gets the same category from the reports (today's
 * totals), limit progress, the policy's nudge, the rule tester and the unmatched list, and the same site.
 */
const zone = 'Europe/Amsterdam';
const now = DateTime.fromISO('2026-11-18T12:00', { zone }).toMillis();
const MIN = 60_000;
const PROFILES = ['professional', 'private'] as const;

const apps = [
  'Firefox',
  'firefox.exe',
  'Navigator',
  'Google-chrome',
  'Blender',
  'Slack',
  'code',
  'WINWORD.EXE',
];
const titles = [
  'Lofi radio - YouTube — Mozilla Firefox',
  '(2) Feed | LinkedIn - Google Chrome',
  'Forum thread - m.example.org - Chromium',
  'scene.blend - Blender',
  'general | Acme | Slack',
  'notes.md - balans - Visual Studio Code',
  'https://www.example.org/page',
];
const sites = ['youtube.com', 'linkedin.com', 'example.org', 'm.example.org', 'WWW.Example.org'];
const patterns: Record<Rule['field'], string[]> = {
  app: [
    'firefox',
    'blender',
    'slack',
    'visual studio code',
    'microsoft word',
    'google chrome',
    'blend*',
    '*o*',
  ],
  title: ['scene.blend - blender', '*youtube*', '*feed*', '*forum*', '*.md*'],
  site: ['youtube.com', 'linkedin.com', 'example.org', 'm.example.org', '*example*'],
};

const ruleArb = fc
  .record({
    field: fc.constantFrom<Rule['field']>('app', 'title', 'site'),
    pick: fc.nat(),
    category: fc.constantFrom(...BUILT_IN_CATEGORIES),
  })
  .map(({ field, pick, category }) => {
    const pattern = patterns[field][pick % patterns[field].length]!;
    return { field, match: pattern.includes('*') ? 'glob' : 'exact', pattern, category } as const;
  });
const rulesArb = (prefix: string) =>
  fc
    .array(ruleArb, { maxLength: 6 })
    .map((rules) => rules.map((r, i): Rule => ({ id: `${prefix}-${i}`, ...r })));

const observationArb: fc.Arbitrary<Observation> = fc.record(
  {
    app: fc.constantFrom(...apps),
    title: fc.constantFrom(...titles),
    site: fc.constantFrom(...sites),
  },
  { requiredKeys: ['app'] },
);

/** The settings: the generated rules, every category limited to a minute and nudged, the profile on all day. */
function settingsFor(profileId: string, shared: Rule[], overrides: Rule[]): Settings {
  const settings = defaultSettings(zone);
  settings.rules = shared;
  settings.defaultProfileId = profileId;
  for (const profile of settings.profiles) {
    profile.ruleOverrides = profile.id === 'professional' ? overrides : [];
    profile.limits = BUILT_IN_CATEGORIES.map((category) => ({
      target: { kind: 'category', category },
      minutesPerDay: 1,
    }));
    profile.actions = Object.fromEntries(BUILT_IN_CATEGORIES.map((c) => [c, 'nudge']));
  }
  return settings;
}

/** Five minutes of the window, recorded by the real tracker under the profile. */
function recorded(observation: Observation, profileId: string): StoredEvent[] {
  const tracker = new Tracker({ graceMs: 15_000, newId: sequentialIds(), profileAt: () => profileId });
  const log = new Map<string, StoredEvent>();
  let at = now - 10 * MIN;
  applyWrites(log, tracker.start(at));
  applyWrites(log, tracker.observe(observation, at));
  for (let i = 0; i < 5 * 60; i++) applyWrites(log, tracker.tick((at += 1000)));
  applyWrites(log, tracker.stop(at));
  return [...log.values()];
}

let close: (() => void) | undefined;
afterEach(() => close?.());

describe('one category and one site for a window, whoever asks', () => {
  it('agrees across reports, limits, the policy, the rule tester and the unmatched list', async () => {
    await fc.assert(
      fc.asyncProperty(
        observationArb,
        fc.constantFrom(...PROFILES),
        rulesArb('shared'),
        rulesArb('override'),
        async (observation, profileId, shared, overrides) => {
          close?.();
          const events = recorded(observation, profileId);
          const window = events.find((e) => e.kind === 'window');
          if (window?.kind !== 'window') throw new Error('the tracker recorded no window');
          const app = composeHostApp({
            clock: { now: () => now },
            zone,
            events,
            settings: settingsFor(profileId, shared, overrides),
            observe: () => window.data,
          });
          close = app.close;
          await app.ready;
          const { services } = app;

          const tester = services.rules.categoriseSample({ ...observation, profileId });
          const category = tester.category;
          const site = tester.site;

          const totals = await services.today.getDayTotals();
          expect(totals.byCategory.map((c) => c.category)).toEqual([category]);
          expect(totals.byApp.map((a) => a.category)).toEqual([category]);
          const bySite = (
            await services.reports.getUsageTotals({
              from: '2026-11-18',
              to: '2026-11-18',
              unit: 'day',
            })
          ).periods[0]!.bySite;
          expect(bySite.map((s) => [s.site, s.category])).toEqual(site ? [[site, category]] : []);

          const reached = (await services.limits.getLimitProgress())
            .filter((p) => p.stage === 'reached')
            .map((p) => (p.limit.target.kind === 'category' ? p.limit.target.category : ''));
          expect(reached).toEqual([category]);

          const nudge = services.boundaries.status().nudge;
          expect(nudge).toMatchObject({ reason: 'limit', category, subject: site ?? window.data.app });

          const unmatched = (await services.rules.unmatched(7)).items;
          expect(unmatched.map((i) => i.name)).toEqual(tester.rule === null ? [site ?? window.data.app] : []);
        },
      ),
      { numRuns: 60 },
    );
  }, 120_000);
});
