import type { boundaryCalls } from '../../shared/contract/boundaries.ts';
import type { BoundaryLoop } from '../services/boundary-loop.ts';
import type { PauseService } from '../services/pause-service.ts';
import type { Handlers } from './handler-table.ts';

/** The boundary calls: pause controls, the overlay's buttons and the nudge's answers. */
export function boundaryHandlers(
  loop: Pick<BoundaryLoop, 'status'>,
  service: PauseService,
): Pick<Handlers, keyof typeof boundaryCalls> {
  return {
    getBoundaryState: () => loop.status(),
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
