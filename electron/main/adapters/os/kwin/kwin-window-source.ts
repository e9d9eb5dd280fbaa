import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DbusConnection } from '../dbus/dbus-connection.ts';
import {
  sameObservation,
  unavailableReason,
  type WindowListener,
  type WindowObservation,
  type WindowSource,
} from '../window-source.ts';
import {
  ACTIVATED_SIGNATURE,
  KWIN_TRACKER_INTERFACE,
  KWIN_TRACKER_PATH,
  kwinTrackerScript,
} from './kwin-script.ts';
import type { Scheduler } from '../../../../core/scheduler.ts';
import { systemScheduler } from '../../scheduler.ts';

const KWIN = 'org.kde.KWin';
const SCRIPTING = { destination: KWIN, path: '/Scripting', interface: 'org.kde.kwin.Scripting' } as const;

export interface KwinWindowSourceOptions {
  /** The session bus address, default DBUS_SESSION_BUS_ADDRESS. */
  busAddress?: string;
  /** How long KWin may report no active window before "none" is reported (ms); KWin sends null mid-switch. */
  noWindowSettleMs?: number;
  /** The settle timer (default: the real timers). */
  scheduler?: Scheduler;
}

/**
 * Event-driven active-window source for KDE Plasma (Wayland and X11): a KWin script, loaded over D-Bus, calls
 * back into Balans at every activation and every title change of the active window. Nothing is polled. Only calls
 * from KWin itself are believed: any other program on the session bus could call the exported methods.
 */
export class KwinWindowSource implements WindowSource {
  readonly kind = 'kwin';
  readonly #options: KwinWindowSourceOptions;
  #bus: DbusConnection | undefined;
  #listener: WindowListener | undefined;
  #kwin: string | undefined;
  #plugin: string | undefined;
  #scriptDir: string | undefined;
  #last: WindowObservation | undefined;
  #cancelNone: (() => void) | undefined;

  constructor(options: KwinWindowSourceOptions = {}) {
    this.#options = options;
  }

  async start(listener: WindowListener): Promise<void> {
    this.#listener = listener;
    let bus: DbusConnection;
    try {
      bus = await DbusConnection.connect(this.#options.busAddress ?? process.env['DBUS_SESSION_BUS_ADDRESS']);
    } catch (error) {
      return this.#report(`cannot reach the D-Bus session bus: ${(error as Error).message}`);
    }
    this.#bus = bus;
    this.#kwin = await bus.owner(KWIN);
    if (!this.#kwin) {
      return this.#unavailable('KWin is not running on this session bus (no org.kde.KWin).');
    }
    bus.export(KWIN_TRACKER_PATH, KWIN_TRACKER_INTERFACE, {
      Activated: {
        signature: ACTIVATED_SIGNATURE,
        handle: (args, sender) => this.#onActivated(args, sender),
      },
      NoWindow: { signature: '', handle: (_args, sender) => sender === this.#kwin && this.#scheduleNone() },
    });
    try {
      this.#scriptDir = await mkdtemp(join(tmpdir(), 'balans-kwin-'));
      const file = join(this.#scriptDir, 'balans-tracker.js');
      await writeFile(file, kwinTrackerScript(bus.name), { mode: 0o600 });
      this.#plugin = `balans-tracker-${bus.name.replace(/[^0-9]/g, '-')}`;
      await bus.call({ ...SCRIPTING, member: 'loadScript', signature: 'ss', body: [file, this.#plugin] });
      await bus.call({ ...SCRIPTING, member: 'start' });
    } catch (error) {
      return this.#unavailable(
        `KWin refused to load Balans's window script: ${(error as Error).message}`,
        'kwin-scripting',
      );
    }
  }

  /** The plugin name KWin knows Balans's script by while it is loaded (for logs and `isScriptLoaded`). */
  get scriptName(): string | undefined {
    return this.#plugin;
  }

  async stop(): Promise<void> {
    this.#cancelNone?.();
    this.#listener = undefined;
    const bus = this.#bus;
    this.#bus = undefined;
    if (bus && this.#plugin) {
      await bus
        .call({ ...SCRIPTING, member: 'unloadScript', signature: 's', body: [this.#plugin] })
        .catch(() => {});
    }
    bus?.close();
    if (this.#scriptDir) await rm(this.#scriptDir, { recursive: true, force: true });
    this.#scriptDir = undefined;
    this.#plugin = undefined;
  }

  async #unavailable(detail: string, step?: 'kwin-scripting'): Promise<void> {
    this.#bus?.close();
    this.#bus = undefined;
    this.#listener?.({ type: 'unavailable', reason: unavailableReason(detail), ...(step && { step }) });
  }

  #report(detail: string): void {
    this.#listener?.({ type: 'unavailable', reason: unavailableReason(detail) });
  }

  #onActivated(args: unknown[], sender: string): void {
    if (sender !== this.#kwin) return;
    const [caption, resourceClass, desktopFile, pid] = args.map(String) as [string, string, string, string];
    this.#cancelNone?.();
    this.#cancelNone = undefined;
    const pidValue = Number(pid);
    const observation: WindowObservation = {
      // Wayland clients' desktop file name is their app id; X11 clients (XWayland) may only have a class
      app: desktopFile || resourceClass || 'unknown',
      ...(caption && { title: caption }),
      ...(pidValue > 0 && { pid: pidValue }),
    };
    if (sameObservation(observation, this.#last)) return;
    this.#last = observation;
    this.#listener?.({ type: 'observation', observation });
  }

  #scheduleNone(): void {
    if (this.#cancelNone || this.#last === undefined) return;
    this.#cancelNone = (this.#options.scheduler ?? systemScheduler).after(
      this.#options.noWindowSettleMs ?? 300,
      () => {
        this.#cancelNone = undefined;
        this.#last = undefined;
        this.#listener?.({ type: 'none' });
      },
    );
  }
}
