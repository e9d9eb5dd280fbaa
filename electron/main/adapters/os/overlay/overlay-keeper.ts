import { delay } from '../../scheduler.ts';

/** Balans's overlay window as the compositor sees it: owned by this process, with a title no other window has. */
export interface OverlayWindow {
  pid: number;
  title: string;
}

/**
 * Keeps a window above every other, fullscreen and on every workspace, by the compositor's own means: on Wayland
 * a client cannot do that itself (GNOME and sway ignore "always on top" from clients).
 */
export interface OverlayKeeper {
  readonly kind: 'sway' | 'kwin' | 'gnome';
  /** Resolves true once the compositor applied it, false when it found no such window. */
  keepAbove(window: OverlayWindow): Promise<boolean>;
}

/** Retries while the compositor has not mapped the window yet (it is shown a moment after it is created). */
export async function keepAboveWhenMapped(
  keeper: OverlayKeeper,
  window: OverlayWindow,
  attempts = 10,
  delayMs = 200,
): Promise<boolean> {
  for (let attempt = 1; ; attempt++) {
    if (await keeper.keepAbove(window)) return true;
    if (attempt >= attempts) return false;
    await delay(delayMs);
  }
}
