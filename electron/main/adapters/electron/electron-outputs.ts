import type { BoundaryStatus } from '../../../shared/domain/boundaries.ts';
import type { BoundaryOutputs } from '../../services/boundary-outputs.ts';

export interface ElectronOutputParts {
  notify: BoundaryOutputs['notify'];
  windows: { showOverlay(): void; hideOverlay(): void; showNudge(): void; hideNudge(): void };
  /** Created once the app is ready; status updates before that are dropped. */
  tray: () => { update(status: BoundaryStatus): void } | undefined;
}

/** The boundary outputs in the desktop app: overlay and nudge contents come from the pushed status event. */
export function electronOutputs(parts: ElectronOutputParts): BoundaryOutputs {
  return {
    notify: parts.notify,
    showOverlay: () => parts.windows.showOverlay(),
    hideOverlay: () => parts.windows.hideOverlay(),
    showNudge: () => parts.windows.showNudge(),
    hideNudge: () => parts.windows.hideNudge(),
    updateTray: (status) => parts.tray()?.update(status),
  };
}
