import { SwayIpc } from '../wayland/sway-ipc.ts';
import type { OverlayKeeper, OverlayWindow } from './overlay-keeper.ts';

/** sway criteria take a PCRE for the title: everything but letters, digits and spaces is escaped. */
const exactTitle = (title: string) => `^${title.replace(/[^\p{L}\p{N} ]/gu, (c) => `\\${c}`)}$`;

/** sway: fullscreen (per output) and sticky (on every workspace), then focus, through sway's IPC socket. */
export class SwayOverlayKeeper implements OverlayKeeper {
  readonly kind = 'sway';
  readonly #socket: string;

  constructor(socket: string) {
    this.#socket = socket;
  }

  async keepAbove({ pid, title }: OverlayWindow): Promise<boolean> {
    const ipc = await SwayIpc.connect(this.#socket);
    try {
      const criteria = `[pid=${pid} title="${exactTitle(title).replace(/"/g, '\\"')}"]`;
      await ipc.command(`${criteria} fullscreen enable, sticky enable, focus`);
      return true;
    } catch (error) {
      if (/No matching node/i.test((error as Error).message)) return false;
      throw error;
    } finally {
      await ipc.close();
    }
  }
}
