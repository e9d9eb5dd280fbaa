// Runs the policy over the scripted day, a step a minute, and lists what it did with local times.
import { DateTime } from 'luxon';
import type { PolicyAction } from '../../../../electron/core/boundaries/actions.ts';
import type { Observation, UsageEvent } from '../../../../electron/shared/domain/usage.ts';
import { BOUNDARY_DAY, boundaryDaySettings, DAY_DATE, DAY_ZONE } from '../../../fixtures/boundary-day.ts';
import { policyDriver } from './harness.ts';

const hhmm = (ms: number) => DateTime.fromMillis(ms, { zone: DAY_ZONE }).toFormat('HH:mm');

/** An action in a few words, with instants as local times: easy to read in a failing diff. */
function describe(action: PolicyAction): string {
  switch (action.type) {
    case 'notify': {
      const n = action.notice;
      if (n.key === 'window-started') return `notify: ${n.kind} "${n.windowName}" until ${hhmm(n.until)}`;
      if (n.key === 'window-soon') return `notify: ${n.kind} "${n.windowName}" at ${hhmm(n.at)}`;
      if (n.key === 'restricted') return `notify: ${n.app} (${n.category}) restricted in ${n.kind}`;
      if (n.key === 'limit-heads-up')
        return `notify: limit heads-up, ${n.minutesLeft} of ${n.minutesPerDay} min left`;
      if (n.key === 'limit-reached') return `notify: limit of ${n.minutesPerDay} min reached`;
      return `notify: ${n.key}`;
    }
    case 'show-nudge':
      return `nudge: ${action.nudge.subject} (${action.nudge.category}, ${action.nudge.reason})`;
    case 'show-overlay':
      return `overlay: ${action.overlay.kind} ${action.overlay.subject ?? action.overlay.windowName ?? ''}`.trim();
    default:
      return action.type;
  }
}

/** Every action of the day as [local time, description], and each crossing the memory records at its end. */
export function runScriptedDay(from = '08:50', to = '20:30'): [string, string][] {
  const driver = policyDriver(boundaryDaySettings(), `${DAY_DATE}T${from}`);
  const end = DateTime.fromISO(`${DAY_DATE}T${to}`, { zone: DAY_ZONE }).toMillis();
  const today: UsageEvent[] = [];
  const out: [string, string][] = [];
  for (let now = driver.clock.now(); now <= end; now += 60_000) {
    driver.clock.set(now);
    const time = hhmm(now);
    let observation: Observation | null = null;
    for (const [start, seen] of BOUNDARY_DAY) if (start <= time) observation = seen;
    const known = driver.memory.crossings.length;
    const actions = driver.step(observation, today);
    for (const c of driver.memory.crossings.slice(known))
      out.push([time, `crossing: ${c.subject} ${hhmm(c.start)}–${hhmm(c.end)}`]);
    for (const action of actions) out.push([time, describe(action)]);
    // The tracker would store this minute once it has passed.
    if (observation) today.push({ start: now, duration: 60_000, data: observation });
  }
  return out;
}
