import type { BrowserWindow } from 'electron';
import { keepAboveWhenMapped, type OverlayKeeper } from '../os/overlay/overlay-keeper.ts';

type OverlayBrowserWindow = Pick<BrowserWindow, 'id' | 'setTitle' | 'on' | 'once'>;

/** Told of each overlay window by its title: the guard that puts a covered overlay back. */
export interface OverlayWatch {
  opened(title: string): void;
  gone(title: string): void;
}

/**
 * Hands a new overlay window to the compositor's keeper: it gets a title no other window has (kept: the page may
 * not rename it), and once shown the compositor makes it above, fullscreen and on every workspace.
 */
export function overlayKeepAbove(
  keeper: OverlayKeeper | undefined,
  log: (message: string, error: unknown) => void,
  pid: number = process.pid,
  watch?: OverlayWatch,
): ((window: OverlayBrowserWindow) => void) | undefined {
  if (!keeper) return undefined;
  return (window) => {
    const title = `Balans overlay ${window.id}`;
    window.on('page-title-updated', (event) => event.preventDefault());
    window.setTitle(title);
    watch?.opened(title);
    window.once('closed', () => watch?.gone(title));
    window.once('show', () => {
      keepAboveWhenMapped(keeper, { pid, title })
        .then(
          (kept) =>
            kept || log(`The ${keeper.kind} compositor found no overlay window titled ${title}`, null),
        )
        .catch((error: unknown) =>
          log(`The ${keeper.kind} compositor could not keep the overlay on top`, error),
        );
    });
  };
}
