// A policy driver for tests: a manual clock, the real rules and schedule, and a screen that remembers what the
// policy showed (so closing the overlay can be simulated).
import { DateTime } from 'luxon';
import { manualClock } from '../../../../electron/core/clock.ts';
import { initialMemory } from '../../../../electron/core/boundaries/memory.ts';
import type { BoundaryMemory } from '../../../../electron/shared/domain/boundary-memory.ts';
import type { PolicyAction } from '../../../../electron/core/boundaries/actions.ts';
import { step, type PolicyStep } from '../../../../electron/core/boundaries/policy.ts';
import type { PauseContext } from '../../../../electron/core/boundaries/pause-controls.ts';
import { recordedObservation } from '../../../../electron/core/sites/observation.ts';
import { compileRules } from '../../../../electron/core/rules/matcher.ts';
import { stateAt } from '../../../../electron/core/schedule/schedule.ts';
import {
  DEFAULT_BOUNDARY_PREFERENCES,
  type BoundaryPreferences,
} from '../../../../electron/shared/domain/boundaries.ts';
import type { Settings } from '../../../../electron/shared/domain/settings.ts';
import type { Observation, UsageEvent } from '../../../../electron/shared/domain/usage.ts';

export const ZONE = 'Europe/Amsterdam';
/** A local instant on a date in the test zone: local('2026-11-20T10:00'). */
export const local = (iso: string): number => DateTime.fromISO(iso, { zone: ZONE }).toMillis();

export const YOUTUBE: Observation = { app: 'firefox', title: 'Cats — YouTube — Mozilla Firefox' };
export const INSTAGRAM: Observation = {
  app: 'firefox',
  title: 'Instagram — Mozilla Firefox',
  site: 'instagram.com',
};
export const CODE: Observation = { app: 'Code', title: 'policy.ts — balans — Visual Studio Code' };
export const SLACK: Observation = { app: 'Slack', title: 'general | Acme | Slack' };

/** Drives the policy step by step, keeping its memory and what is on screen. */
export function policyDriver(
  settings: Settings,
  start: string,
  preferences: BoundaryPreferences = DEFAULT_BOUNDARY_PREFERENCES,
) {
  const clock = manualClock(local(start));
  const rules = compileRules(settings);
  const screen = { overlay: false, nudge: false };
  let memory: BoundaryMemory = initialMemory();
  let last: PolicyStep | undefined;
  const driver = {
    clock,
    screen,
    get memory() {
      return memory;
    },
    set memory(next: BoundaryMemory) {
      memory = next;
    },
    get last() {
      return last!;
    },
    /** One step with this observation and today's events; returns the actions and updates the screen. */
    step(observation: Observation | null = null, today: readonly UsageEvent[] = []): PolicyAction[] {
      last = step(memory, {
        clock,
        settings,
        rules,
        preferences,
        // As the tracker records them: the app under its one name, the site filled in once.
        observation: observation && recordedObservation(observation),
        today: today.map((e) => ({ ...e, data: recordedObservation(e.data) })),
        displayed: { ...screen },
      });
      memory = last.memory;
      for (const action of last.actions) {
        if (action.type === 'show-overlay') screen.overlay = true;
        if (action.type === 'hide-overlay') screen.overlay = false;
        if (action.type === 'show-nudge') screen.nudge = true;
        if (action.type === 'hide-nudge') screen.nudge = false;
      }
      return last.actions;
    },
    at(iso: string) {
      clock.set(local(iso));
      return driver;
    },
    /** The context pause controls need at the clock's instant. */
    pauseContext(): PauseContext {
      const now = clock.now();
      return {
        now,
        day: DateTime.fromMillis(now, { zone: ZONE }).toISODate()!,
        state: stateAt(settings, now),
        preferences,
        defaultProfileId: settings.defaultProfileId,
      };
    },
  };
  return driver;
}

/** Leaves out the actions every transition brings, to look at what a restriction does. */
export const restrictionActions = (actions: PolicyAction[]) =>
  actions.filter((a) => !(a.type === 'notify' && a.notice.key === 'window-started'));

/** A window event of `minutes` ending at `end`. */
export const used = (data: Observation, end: number, minutes: number): UsageEvent => ({
  start: end - minutes * 60_000,
  duration: minutes * 60_000,
  data,
});
