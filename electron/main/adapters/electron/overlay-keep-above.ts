import type { BrowserWindow } from 'electron';
import { keepAboveWhenMapped, type OverlayKeeper } from '../os/overlay/overlay-keeper.ts';

type OverlayBrowserWindow = Pick<BrowserWindow, 'id' | 'setTitle' | 'on' | 'once'>;

/**
 * Hands a new overlay window to the compositor's keeper: it gets a title no other window has (kept: the page may
 * not rename it), and once shown the compositor makes it above, fullscreen and on every workspace.
 */
export function overlayKeepAbove(
  keeper: OverlayKeeper | undefined,
  log: (message: string, error: unknown) => void,
  pid: number = process.pid,
): ((window: OverlayBrowserWindow) => void) | undefined {
  if (!keeper) return undefined;
  return (window) => {
    const title = `Balans overlay ${window.id}`;
    window.on('page-title-updated', (event) => event.preventDefault());
    window.setTitle(title);
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
