// The parts of the Wayland protocols Balans speaks, transcribed from their XML: wayland.xml (core),
// wlr-foreign-toplevel-management-unstable-v1.xml (wlroots), ext-idle-notify-v1.xml (wayland-protocols staging)
// and kde-idle.xml (plasma-wayland-protocols). Opcodes are the position of a request or event in its interface.
import type { Signature } from './wire.ts';

export interface EventSpec {
  name: string;
  signature: Signature;
  /** The interface of the object a new_id argument creates (server-created objects). */
  creates?: WaylandInterface;
}

export interface WaylandInterface {
  name: string;
  /** Events in opcode order. */
  events: readonly EventSpec[];
}

const iface = (name: string, events: readonly EventSpec[]): WaylandInterface => ({ name, events });

export const wlDisplay = iface('wl_display', [
  { name: 'error', signature: 'ous' },
  { name: 'delete_id', signature: 'u' },
]);
export const WL_DISPLAY = { sync: 0, getRegistry: 1 } as const;

export const wlRegistry = iface('wl_registry', [
  { name: 'global', signature: 'usu' },
  { name: 'global_remove', signature: 'u' },
]);
export const WL_REGISTRY = { bind: 0 } as const;

export const wlCallback = iface('wl_callback', [{ name: 'done', signature: 'u' }]);

export const wlSeat = iface('wl_seat', [
  { name: 'capabilities', signature: 'u' },
  { name: 'name', signature: 's' },
]);

export const foreignToplevelHandle = iface('zwlr_foreign_toplevel_handle_v1', [
  { name: 'title', signature: 's' },
  { name: 'app_id', signature: 's' },
  { name: 'output_enter', signature: 'o' },
  { name: 'output_leave', signature: 'o' },
  { name: 'state', signature: 'a' },
  { name: 'done', signature: '' },
  { name: 'closed', signature: '' },
  { name: 'parent', signature: 'o' },
]);
export const FOREIGN_TOPLEVEL_HANDLE = { activate: 4, destroy: 7, setFullscreen: 8 } as const;
/** Values of the handle's `state` array. */
export const TOPLEVEL_STATE = { maximized: 0, minimized: 1, activated: 2, fullscreen: 3 } as const;

export const foreignToplevelManager = iface('zwlr_foreign_toplevel_manager_v1', [
  { name: 'toplevel', signature: 'n', creates: foreignToplevelHandle },
  { name: 'finished', signature: '' },
]);
export const FOREIGN_TOPLEVEL_MANAGER = { stop: 0 } as const;

export const extIdleNotification = iface('ext_idle_notification_v1', [
  { name: 'idled', signature: '' },
  { name: 'resumed', signature: '' },
]);
export const EXT_IDLE_NOTIFICATION = { destroy: 0 } as const;
export const extIdleNotifier = iface('ext_idle_notifier_v1', []);
/** get_idle_notification(new_id, timeout ms, seat). */
export const EXT_IDLE_NOTIFIER = { destroy: 0, getIdleNotification: 1 } as const;

export const kdeIdleTimeout = iface('org_kde_kwin_idle_timeout', [
  { name: 'idle', signature: '' },
  { name: 'resumed', signature: '' },
]);
export const KDE_IDLE_TIMEOUT = { release: 0, simulateUserActivity: 1 } as const;
export const kdeIdle = iface('org_kde_kwin_idle', []);
/** get_idle_timeout(new_id, seat, timeout ms) — note the order differs from ext-idle-notify. */
export const KDE_IDLE = { getIdleTimeout: 0 } as const;
