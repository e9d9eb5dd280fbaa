import { DbusConnection } from '../dbus/dbus-connection.ts';
import { BALANS_SHELL } from '../gnome/gnome-extension.ts';
import type { OverlayKeeper, OverlayWindow } from './overlay-keeper.ts';

/**
 * GNOME: Balans's Shell extension makes the overlay above, fullscreen and sticky (GNOME keeps no client window
 * above others by itself). The extension acts only on windows of the calling process, so `pid` is implied.
 */
export class GnomeOverlayKeeper implements OverlayKeeper {
  readonly kind = 'gnome';
  readonly #busAddress: string;

  constructor(busAddress: string) {
    this.#busAddress = busAddress;
  }

  async keepAbove({ title }: OverlayWindow): Promise<boolean> {
    const bus = await DbusConnection.connect(this.#busAddress);
    try {
      const [found] = await bus.call({ ...BALANS_SHELL, member: 'KeepAbove', signature: 's', body: [title] });
      return Boolean(found);
    } finally {
      bus.close();
    }
  }
}
