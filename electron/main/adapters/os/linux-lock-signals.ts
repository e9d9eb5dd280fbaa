import type { PresenceSignal } from '../../../core/tracking/presence.ts';
import { DbusConnection, type Signal } from './dbus/dbus-connection.ts';

const LOGIND = 'org.freedesktop.login1';
/** The screen savers that announce lock and unlock on the session bus: GNOME's, and the freedesktop one (KDE). */
const SCREEN_SAVERS = ['org.gnome.ScreenSaver', 'org.freedesktop.ScreenSaver'];

export interface LinuxLockSignalsOptions {
  /** The session bus (default DBUS_SESSION_BUS_ADDRESS) and the system bus (default 'system'). */
  sessionBus?: string | undefined;
  systemBus?: string;
  /** This login session's id (XDG_SESSION_ID); without it logind is asked for the session of this process. */
  sessionId?: string | undefined;
  log?: (message: string, error: unknown) => void;
}

/**
 * Lock and unlock on Linux, where Electron reports neither: logind's Lock/Unlock requests and LockedHint for the
 * session, and the desktop screen saver's ActiveChanged. Several may report the same lock; presence ignores a
 * second lock while locked. Returns the unsubscribe function at once; the buses connect in the background.
 */
export function subscribeLinuxLock(
  onSignal: (signal: PresenceSignal) => void,
  options: LinuxLockSignalsOptions = {},
): () => void {
  const buses: DbusConnection[] = [];
  let stopped = false;
  // messages already on their way are dropped once unsubscribed
  const listener = (signal: PresenceSignal) => !stopped && onSignal(signal);
  const keep = (bus: DbusConnection) => {
    if (stopped) bus.close();
    else buses.push(bus);
    return !stopped;
  };
  const log = options.log ?? (() => {});

  void (async () => {
    const bus = await DbusConnection.connect(options.sessionBus);
    if (!keep(bus)) return;
    const owners = new Set<string>();
    for (const name of SCREEN_SAVERS) {
      const owner = await bus.owner(name);
      if (owner) owners.add(owner);
    }
    await bus.subscribe(`type='signal',member='ActiveChanged'`, (signal: Signal) => {
      if (!owners.has(signal.sender) || !signal.member.endsWith('ScreenSaver.ActiveChanged')) return;
      listener(signal.body[0] ? 'lock' : 'unlock');
    });
  })().catch((error: unknown) => log('No screen saver on the session bus', error));

  void (async () => {
    const bus = await DbusConnection.connect(options.systemBus ?? 'system');
    if (!keep(bus)) return;
    const manager = { destination: LOGIND, path: '/org/freedesktop/login1', interface: `${LOGIND}.Manager` };
    const [session] = options.sessionId
      ? await bus.call({ ...manager, member: 'GetSession', signature: 's', body: [options.sessionId] })
      : await bus.call({ ...manager, member: 'GetSessionByPID', signature: 'u', body: [process.pid] });
    const path = String(session);
    const logind = await bus.owner(LOGIND);
    await bus.subscribe(`type='signal',sender='${LOGIND}',path='${path}'`, (signal: Signal) => {
      if (signal.sender !== logind || signal.path !== path) return;
      if (signal.member === `${LOGIND}.Session.Lock`) listener('lock');
      else if (signal.member === `${LOGIND}.Session.Unlock`) listener('unlock');
      else if (signal.member === 'org.freedesktop.DBus.Properties.PropertiesChanged') {
        const changed = signal.body[1] as [string, [unknown, unknown[]]][];
        const hint = changed.find(([name]) => name === 'LockedHint');
        if (hint) listener(hint[1][1][0] ? 'lock' : 'unlock');
      }
    });
  })().catch((error: unknown) => log('No logind session to follow for lock and unlock', error));

  return () => {
    stopped = true;
    for (const bus of buses.splice(0)) bus.close();
  };
}
