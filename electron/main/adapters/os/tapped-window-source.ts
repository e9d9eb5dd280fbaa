import type { WindowListener, WindowSource } from './window-source.ts';

/**
 * The same source, with every signal also handed to `tap` (the overlay guard learns from it who has the focus),
 * so one compositor connection serves both tracking and the overlay.
 */
export function tapWindowSource(source: WindowSource, tap: WindowListener): WindowSource {
  return {
    kind: source.kind,
    start: (listener) =>
      source.start((signal) => {
        listener(signal);
        tap(signal);
      }),
    stop: () => source.stop(),
    ...(source.gaps && { gaps: () => source.gaps!() }),
  };
}
