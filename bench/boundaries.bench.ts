// Boundary policy figures: what one recompute costs (the service runs one at least every 30 s) and what one
// parent-PIN check costs (scrypt at the app's cost).
import { DateTime } from 'luxon';
import { manualClock } from '../electron/core/clock.ts';
import { initialMemory } from '../electron/core/boundaries/memory.ts';
import { step } from '../electron/core/boundaries/policy.ts';
import { compileRules } from '../electron/core/rules/matcher.ts';
import { defaultSettings } from '../electron/core/settings/default-settings.ts';
import { DEFAULT_BOUNDARY_PREFERENCES } from '../electron/shared/domain/boundaries.ts';
import type { Settings } from '../electron/shared/domain/settings.ts';
import type { Observation, UsageEvent } from '../electron/shared/domain/usage.ts';
import {
  DEFAULT_SCRYPT,
  hashPin,
  newSalt,
  pinMatches,
} from '../electron/main/adapters/parent-lock/pin-hash.ts';

/** Target: one policy step in under 5 ms, so a recompute every 30 s costs nothing noticeable. */
const STEP_TARGET_MS = 5;
/** Target: a PIN check between 50 and 500 ms — slow for guessing, quick for a parent. */
const PIN_TARGET_MS = 500;

const ZONE = 'Europe/Amsterdam';

function settings(): Settings {
  const base = defaultSettings(ZONE);
  const weekly = (id: string, kind: Settings['windows'][number]['kind'], start: string, end: string) => ({
    id,
    name: id,
    type: 'weekly' as const,
    kind,
    profileId: kind === 'family-time' ? 'private' : 'professional',
    priority: 0,
    days: [1, 2, 3, 4, 5] as (1 | 2 | 3 | 4 | 5)[],
    start,
    end,
    endsNextDay: end <= start,
    skipDates: [],
  });
  return {
    ...base,
    windows: [
      weekly('focus', 'focus', '09:00', '12:00'),
      weekly('office', 'office-hours', '13:00', '17:00'),
      weekly('dinner', 'family-time', '18:00', '20:00'),
      weekly('night', 'downtime', '23:00', '06:00'),
    ],
    profiles: base.profiles.map((p) => ({
      ...p,
      limits: [
        { target: { kind: 'category', category: 'entertainment' }, minutesPerDay: 60 },
        { target: { kind: 'app', app: 'Slack' }, minutesPerDay: 90 },
        { target: { kind: 'site', site: 'youtube.com' }, minutesPerDay: 30 },
      ],
    })),
  };
}

/** A busy day: 600 window events of a minute each, across a handful of apps and sites. */
function busyDay(dayStart: number): UsageEvent[] {
  const apps: Observation[] = [
    { app: 'Code', title: 'x.ts — Visual Studio Code' },
    { app: 'Slack', title: 'general | Acme | Slack' },
    { app: 'firefox', title: 'Cats — YouTube — Mozilla Firefox' },
    { app: 'firefox', title: 'Instagram — Mozilla Firefox' },
    { app: 'LibreOffice Writer', title: 'Report.odt' },
  ];
  return Array.from({ length: 600 }, (_, i) => ({
    start: dayStart + 8 * 3_600_000 + i * 60_000,
    duration: 60_000,
    data: apps[i % apps.length]!,
  }));
}

export default async function (): Promise<void> {
  const s = settings();
  const rules = compileRules(s);
  const dayStart = DateTime.fromISO('2026-11-20', { zone: ZONE }).toMillis();
  const clock = manualClock(dayStart + 18.5 * 3_600_000);
  const today = busyDay(dayStart);
  let memory = initialMemory();
  const once = () => {
    clock.advance(30_000);
    memory = step(memory, {
      clock,
      settings: s,
      rules,
      preferences: DEFAULT_BOUNDARY_PREFERENCES,
      observation: { app: 'firefox', title: 'Cats — YouTube — Mozilla Firefox' },
      today,
      displayed: { overlay: true, nudge: false },
    }).memory;
  };
  for (let i = 0; i < 20; i++) once();
  const rounds = 200;
  const t = performance.now();
  for (let i = 0; i < rounds; i++) once();
  const stepMs = (performance.now() - t) / rounds;
  console.log(
    `policy step (4 windows, 3 limits, 600 events today): ${stepMs.toFixed(3)} ms/step ` +
      `(target < ${STEP_TARGET_MS} ms: ${(stepMs / STEP_TARGET_MS).toFixed(3)} of target)`,
  );

  const salt = newSalt();
  const hash = await hashPin('246813', salt, DEFAULT_SCRYPT);
  const samples: number[] = [];
  for (let i = 0; i < 7; i++) {
    const start = performance.now();
    await pinMatches('246813', salt, DEFAULT_SCRYPT, hash);
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const pinMs = samples[3]!;
  console.log(
    `parent PIN check (scrypt N=2^15, r=8, p=1): ${pinMs.toFixed(1)} ms median ` +
      `(target 50–${PIN_TARGET_MS} ms: ${(pinMs / PIN_TARGET_MS).toFixed(3)} of the upper bound)`,
  );
}
