// Schedule engine and rule matcher figures against the targets of issue 3.
import { stateAt, transitions } from '../electron/core/schedule/schedule.ts';
import { categorise, compileRules } from '../electron/core/rules/matcher.ts';
import { DEFAULT_RULES } from '../electron/core/rules/default-rules.ts';
import type { Weekday, WindowKind } from '../electron/shared/domain/focus-windows.ts';
import { settingsWith, weekly } from '../test/unit/core/schedule/settings-builder.ts';
import type { Rule } from '../electron/shared/domain/rules.ts';
import type { Settings } from '../electron/shared/domain/settings.ts';
import type { Observation } from '../electron/shared/domain/usage.ts';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';

const YEAR = 365 * 86_400_000;
const START = Date.UTC(2025, 0, 1);

/** Times `run` and returns the median of `rounds` rounds, in ms per call. */
function measure(run: () => unknown, callsPerRound: number, rounds = 15): number {
  for (let i = 0; i < 3; i++) run();
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t = performance.now();
    for (let i = 0; i < callsPerRound; i++) run();
    samples.push((performance.now() - t) / callsPerRound);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}

/** Ten windows over three profiles: a realistic week with overlaps, one crossing midnight, holidays and a one-off. */
function tenWindowSchedule(): Settings {
  const holidays = { skipDates: ['2025-12-25', '2025-04-21'] };
  const w = (id: string, kind: WindowKind, profileId: string, days: Weekday[], start: string, end: string) =>
    weekly(id, kind, days, start, end, { profileId, ...holidays });
  return settingsWith('Europe/Amsterdam', [
    w('morning-focus', 'focus', 'professional', [1, 2, 3, 4, 5], '09:00', '12:00'),
    w('afternoon-focus', 'focus', 'professional', [1, 2, 3, 4], '13:30', '17:00'),
    w('office-am', 'office-hours', 'professional', [1, 2, 3, 4, 5], '08:30', '09:00'),
    w('office-pm', 'office-hours', 'professional', [1, 2, 3, 4, 5], '12:00', '13:30'),
    w('friday-deep', 'focus', 'professional', [5], '13:30', '16:00'),
    w('dinner', 'family-time', 'family', [1, 2, 3, 4, 5, 6, 7], '18:00', '19:30'),
    w('bedtime', 'downtime', 'private', [7, 1, 2, 3, 4], '22:30', '06:30'),
    w('weekend-morning', 'family-time', 'family', [6, 7], '09:00', '12:00'),
    w('sunday-plan', 'focus', 'private', [7], '16:00', '17:00'),
    {
      id: 'offsite',
      name: 'offsite',
      type: 'one-off',
      kind: 'focus',
      profileId: 'professional',
      priority: 1,
      start: '2025-06-10T08:00',
      end: '2025-06-12T18:00',
    },
  ]);
}

/** 200 rules: the defaults plus user rules of every kind, with the matches spread over the list. */
function twoHundredRules(): Rule[] {
  const rules: Rule[] = [...DEFAULT_RULES];
  for (let i = 0; rules.length < 200; i++) {
    const kind = i % 4;
    rules.push({
      id: `user-${i}`,
      field: kind === 3 ? 'title' : 'app',
      match: kind === 0 ? 'exact' : kind === 1 ? 'glob' : 'regex',
      pattern: kind === 0 ? `tool-${i}` : kind === 1 ? `*helper-${i}*` : `^(project|client)-${i}\\b`,
      category: i % 2 ? 'work' : 'other',
    });
  }
  return rules.slice(0, 200);
}

export default async function (): Promise<void> {
  // The machine is shared; the load says how much the figures below may be inflated.
  console.log(`load average at start: ${loadavg()[0]!.toFixed(2)}`);
  const settings = tenWindowSchedule();
  const count = transitions(settings, START, START + YEAR).length;
  const yearMs = measure(() => transitions(settings, START, START + YEAR), 1);
  console.log(
    `transitions over one year (10 windows, 3 profiles, Europe/Amsterdam): ${count} transitions, ${yearMs.toFixed(2)} ms; target 20 ms → ${(yearMs / 20).toFixed(2)}× target`,
  );

  let t = START;
  const stateMs = measure(() => stateAt(settings, (t += 7_919_000)), 50);
  console.log(`stateAt per call (with next transition): ${(stateMs * 1000).toFixed(1)} µs`);

  const fixture = JSON.parse(
    readFileSync(new URL('../test/fixtures/window-titles.json', import.meta.url), 'utf8'),
  ) as { observation: Observation }[];
  const observations = fixture.map((f) => f.observation);
  const matcher = compileRules({ rules: twoHundredRules(), profiles: settings.profiles });
  let i = 0;
  const matchMs = measure(
    () => categorise(matcher, { ...observations[i++ % observations.length]!, profileId: 'professional' }),
    20_000,
  );
  const matchUs = matchMs * 1000;
  console.log(
    `rule matching per observation (200 rules, ${observations.length} real titles, Professional overrides): ${matchUs.toFixed(2)} µs; target 5 µs → ${(matchUs / 5).toFixed(2)}× target`,
  );
  const compileMs = measure(
    () => compileRules({ rules: twoHundredRules(), profiles: settings.profiles }),
    20,
  );
  console.log(`compileRules (200 rules): ${(compileMs * 1000).toFixed(0)} µs once per settings change`);
}
