import type { boundaryCalls } from '../../shared/contract/boundaries.ts';
import type { BoundaryService } from '../services/boundary-service.ts';
import type { Handlers } from './handler-table.ts';

/** The boundary calls: pause controls, the overlay's buttons and the nudge's answers. */
export function boundaryHandlers(service: BoundaryService): Pick<Handlers, keyof typeof boundaryCalls> {
  return {
    getBoundaryState: () => service.status(),
    snooze: ({ minutes, reason, pin }) => service.snooze(minutes, { reason, pin }),
    skip: ({ reason, pin }) => service.skip({ reason, pin }),
    pauseTracking: ({ until, reason, pin }) => service.pauseTracking(until, { reason, pin }),
    pauseEverything: ({ until, reason, pin }) => service.pauseEverything(until, { reason, pin }),
    resume: () => service.resume(),
    oneMoreMinute: () => service.oneMoreMinute(),
    endFamilyTimeWithPin: ({ pin, reason }) => service.endNow({ pin, reason }),
    answerNudge: ({ answer }) => service.answerNudge(answer),
  };
}
