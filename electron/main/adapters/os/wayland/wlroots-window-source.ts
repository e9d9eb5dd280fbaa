import {
  sameObservation,
  unavailableReason,
  type WindowListener,
  type WindowObservation,
  type WindowSource,
} from '../window-source.ts';
import { WaylandConnection, waylandSocketPath, type WaylandObject } from './connection.ts';
import { FOREIGN_TOPLEVEL_HANDLE, foreignToplevelManager, TOPLEVEL_STATE } from './protocols.ts';
import { uint32Array, type ArgValue } from './wire.ts';
import type { Scheduler } from '../../../../core/scheduler.ts';
import { systemScheduler } from '../../scheduler.ts';

export const FOREIGN_TOPLEVEL_MANAGER = 'zwlr_foreign_toplevel_manager_v1';

export interface WlrootsWindowSourceOptions {
  env?: Readonly<Record<string, string | undefined>>;
  /** How long no toplevel may be activated before "no window has focus" is reported (ms). */
  noWindowSettleMs?: number;
  /** The settle timer (default: the real timers). */
  scheduler?: Scheduler;
  connect?: (path: string) => Promise<WaylandConnection>;
}

/** A toplevel as last announced with `done`; `pending` collects the changes until the next `done`. */
interface Toplevel {
  object: WaylandObject;
  title?: string;
  appId?: string;
  activated: boolean;
  pending: { title?: string; appId?: string; activated?: boolean };
}

/**
 * Event-driven active-window source for wlroots compositors (sway, Hyprland, river, labwc, Wayfire):
 * zwlr_foreign_toplevel_manager_v1 announces every toplevel with its title, app id and whether it is activated,
 * and sends each change as it happens. Nothing is polled.
 */
export class WlrootsWindowSource implements WindowSource {
  readonly kind = 'wlroots';
  readonly #options: WlrootsWindowSourceOptions;
  #connection: WaylandConnection | undefined;
  #listener: WindowListener | undefined;
  readonly #toplevels = new Map<number, Toplevel>();
  /** The toplevel that most recently became activated. */
  #active: Toplevel | undefined;
  #last: WindowObservation | undefined;
  #reportedNone = false;
  #cancelNone: (() => void) | undefined;

  constructor(options: WlrootsWindowSourceOptions = {}) {
    this.#options = options;
  }

  async start(listener: WindowListener): Promise<void> {
    this.#listener = listener;
    const path = waylandSocketPath(this.#options.env ?? process.env);
    if (!path) return this.#report('XDG_RUNTIME_DIR is not set, so the Wayland display cannot be found.');
    let connection: WaylandConnection;
    try {
      connection = await (this.#options.connect ?? WaylandConnection.connect)(path);
    } catch (error) {
      return this.#report(`cannot connect to the Wayland compositor at ${path}: ${(error as Error).message}`);
    }
    this.#connection = connection;
    const global = connection.global(FOREIGN_TOPLEVEL_MANAGER);
    if (!global) {
      await connection.close();
      this.#connection = undefined;
      return this.#report(
        `this Wayland compositor does not offer ${FOREIGN_TOPLEVEL_MANAGER}, the protocol that tells apps ` +
          'which window is active.',
      );
    }
    connection.onClose((error) => {
      if (error && this.#listener) this.#report(error.message);
    });
    connection.onBatch(() => this.#evaluate());
    // version 3 only adds `parent`; 1 has all that is needed, so any version works
    connection.bind(global, foreignToplevelManager, 3, (event, args) => this.#onManager(event, args));
    // the manager announces every existing toplevel before this roundtrip returns
    await connection.roundtrip().catch(() => {});
    if (!this.#active) this.#reportNone();
  }

  async stop(): Promise<void> {
    this.#cancelNone?.();
    this.#listener = undefined;
    const connection = this.#connection;
    this.#connection = undefined;
    this.#toplevels.clear();
    await connection?.close();
  }

  #report(detail: string): void {
    this.#listener?.({ type: 'unavailable', reason: unavailableReason(detail) });
  }

  #onManager(event: string, args: ArgValue[]): void {
    const connection = this.#connection;
    if (!connection) return;
    if (event === 'toplevel') {
      const object = connection.object(args[0] as number)!;
      const toplevel: Toplevel = { object, activated: false, pending: {} };
      this.#toplevels.set(object.id, toplevel);
      object.listener = (e, a) => this.#onToplevel(toplevel, e, a);
    } else if (event === 'finished') {
      this.#report('the compositor stopped reporting windows.');
    }
  }

  #onToplevel(toplevel: Toplevel, event: string, args: ArgValue[]): void {
    switch (event) {
      case 'title':
        toplevel.pending.title = args[0] as string;
        break;
      case 'app_id':
        toplevel.pending.appId = args[0] as string;
        break;
      case 'state':
        toplevel.pending.activated = uint32Array(args[0] as Buffer).includes(TOPLEVEL_STATE.activated);
        break;
      case 'done': {
        const { title, appId, activated } = toplevel.pending;
        toplevel.pending = {};
        if (title !== undefined) toplevel.title = title;
        if (appId !== undefined) toplevel.appId = appId;
        if (activated !== undefined) {
          if (activated && !toplevel.activated) this.#active = toplevel;
          toplevel.activated = activated;
        }
        break;
      }
      case 'closed':
        this.#toplevels.delete(toplevel.object.id);
        toplevel.activated = false;
        this.#connection?.request(toplevel.object, FOREIGN_TOPLEVEL_HANDLE.destroy);
        this.#connection?.forget(toplevel.object);
        break;
    }
  }

  /** After each batch of events: report the active toplevel if it or its title changed. */
  #evaluate(): void {
    if (!this.#active?.activated) {
      // focus moved to a toplevel announced earlier, or to none at all
      this.#active = [...this.#toplevels.values()].find((t) => t.activated);
    }
    const active = this.#active;
    if (!active) {
      if (!this.#reportedNone) this.#scheduleNone();
      return;
    }
    this.#cancelNone?.();
    this.#cancelNone = undefined;
    this.#reportedNone = false;
    const observation: WindowObservation = {
      app: active.appId || 'unknown',
      ...(active.title !== undefined && active.title !== '' && { title: active.title }),
    };
    if (sameObservation(observation, this.#last)) return;
    this.#last = observation;
    this.#listener?.({ type: 'observation', observation });
  }

  /** Compositors deactivate the old toplevel and activate the new one in separate messages: only a lasting gap counts. */
  #scheduleNone(): void {
    if (this.#cancelNone) return;
    this.#cancelNone = (this.#options.scheduler ?? systemScheduler).after(
      this.#options.noWindowSettleMs ?? 300,
      () => {
        this.#cancelNone = undefined;
        if (this.#active?.activated) return;
        this.#reportNone();
      },
    );
  }

  #reportNone(): void {
    this.#cancelNone?.();
    this.#cancelNone = undefined;
    this.#reportedNone = true;
    this.#last = undefined;
    this.#listener?.({ type: 'none' });
  }
}
