import type {
  BoundaryNotice,
  BoundaryStatus,
  NudgeView,
  OverlayView,
} from '../../shared/domain/boundaries.ts';

/** What the boundary service can make happen outside itself; Electron adapters implement it, tests record it. */
export interface BoundaryOutputs {
  /** A native notification. */
  notify(notice: BoundaryNotice): void;
  showNudge(nudge: NudgeView): void;
  hideNudge(): void;
  /** The overlay on every display. */
  showOverlay(overlay: OverlayView): void;
  hideOverlay(): void;
  updateTray(status: BoundaryStatus): void;
}

/** Outputs that only remember what was asked, for the development host and tests. */
export function recordingOutputs() {
  const calls: { name: keyof BoundaryOutputs; arg: unknown }[] = [];
  const record =
    (name: keyof BoundaryOutputs) =>
    (arg?: unknown): void => {
      calls.push({ name, arg });
    };
  const outputs: BoundaryOutputs = {
    notify: record('notify'),
    showNudge: record('showNudge'),
    hideNudge: record('hideNudge'),
    showOverlay: record('showOverlay'),
    hideOverlay: record('hideOverlay'),
    updateTray: record('updateTray'),
  };
  return { outputs, calls };
}
