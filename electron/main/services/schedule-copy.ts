import type { Clock } from '../../core/clock.ts';
import { weakening } from '../../core/parent-lock/guard.ts';
import type { Settings } from '../../shared/domain/settings.ts';
import { sameDigest } from '../adapters/parent-lock/pin-hash.ts';
import { keepMeta, type MetaStore } from '../adapters/parent-lock/lock-records.ts';
import type { ParentLock } from './parent-lock-service.ts';

const KEY = 'guarded-schedule';

/** What decides when family time wins: the part of the settings a file edit must not weaken. */
export type GuardedSchedule = Pick<Settings, 'timeZone' | 'windows' | 'endedEarly'>;

const scheduleOf = (settings: Settings): GuardedSchedule => ({
  timeZone: settings.timeZone,
  windows: settings.windows,
  endedEarly: settings.endedEarly,
});

/**
 * The settings file is plain JSON a child can edit while Balans is not running. With a PIN set, the schedule as
 * Balans last saved it is kept in the usage database, signed by the lock; at start, settings that the guard finds
 * weaker than that copy (family time removed, shortened or moved) are put back and the edit recorded as tampering.
 */
export function scheduleCopy(deps: {
  meta: MetaStore;
  lock: Pick<ParentLock, 'sign' | 'pinSet' | 'recordTamper'>;
  clock: Clock;
  zone: () => string;
}) {
  const text = (schedule: GuardedSchedule) => `guarded-schedule:${JSON.stringify(schedule)}`;
  const readSaved = (): { schedule?: GuardedSchedule; signature?: unknown } | null => {
    try {
      return JSON.parse(deps.meta.readMeta(KEY) ?? 'null') as { schedule?: GuardedSchedule } | null;
    } catch {
      return null;
    }
  };
  return {
    /** After every change Balans makes (and once a PIN is set): keeps the signed copy. */
    save(settings: Settings): void {
      const schedule = scheduleOf(settings);
      const signature = deps.lock.sign(text(schedule));
      if (signature) keepMeta(deps.meta, KEY, JSON.stringify({ schedule, signature }));
    },

    /** At start, after the lock was read: the schedule to put back, or null when the settings may stand. */
    weakenedFrom(settings: Settings): GuardedSchedule | null {
      if (!deps.lock.pinSet()) return null;
      const saved = readSaved();
      if (!saved?.schedule || typeof saved.signature !== 'string') return null;
      const expected = deps.lock.sign(text(saved.schedule));
      if (!expected || !sameDigest(expected, saved.signature)) {
        deps.lock.recordTamper('schedule-copy-edited');
        return null;
      }
      const before = { ...settings, ...saved.schedule };
      const found = weakening({ kind: 'settings', before, after: settings }, deps.clock.now(), deps.zone());
      if (!found) return null;
      deps.lock.recordTamper('schedule-edited');
      return saved.schedule;
    },
  };
}
