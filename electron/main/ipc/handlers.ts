import type { AppServices } from '../app-services.ts';
import { boundaryHandlers } from './boundary-handlers.ts';
import type { Handlers } from './handler-table.ts';

/** The handler table: one entry per contract call, each delegating to a service. */
export function createHandlers(services: AppServices): Handlers {
  return {
    getAppInfo: () => services.appInfo,
    getDayTotals: (input) => services.today.getDayTotals(input?.date),
    ...boundaryHandlers(services.boundaries),
  };
}
