import type { WindowListener, WindowSource } from '../../electron/main/adapters/os/window-source.ts';

/** A window source the test drives: what an X server would report, minus the X server. */
export function scriptedWindowSource(): WindowSource & {
  emit: WindowListener;
  show(app: string, title: string): void;
} {
  let listener: WindowListener | undefined;
  const emit: WindowListener = (signal) => listener?.(signal);
  return {
    kind: 'x11',
    start: async (l) => {
      listener = l;
    },
    stop: async () => {
      listener = undefined;
    },
    emit,
    show: (app, title) => emit({ type: 'observation', observation: { app, title } }),
  };
}
