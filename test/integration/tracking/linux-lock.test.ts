// Lock and unlock from logind and the desktop's screen saver, on a private bus that stands in for both the system
// and the session bus: a stand-in logind answers GetSessionByPID and announces Lock, Unlock and LockedHint as
// systemd-logind does; a stand-in screen saver announces ActiveChanged as GNOME's and KDE's do.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { DbusConnection } from '../../../electron/main/adapters/os/dbus/dbus-connection.ts';
import { subscribeLinuxLock } from '../../../electron/main/adapters/os/linux-lock-signals.ts';
import type { PresenceSignal } from '../../../electron/core/tracking/presence.ts';
import { waitFor } from '../../support/wait-for.ts';

const skip = existsSync('/usr/bin/dbus-daemon')
  ? undefined
  : 'dbus-daemon is not installed (apt-get install dbus)';
if (skip) console.log(`skipping the logind lock test: ${skip}`);

const SESSION_PATH = '/org/freedesktop/login1/session/_31';
let daemon: ChildProcess;
let address: string;
let logind: DbusConnection;

describe.skipIf(skip)('lock and unlock from logind', () => {
  beforeAll(async () => {
    daemon = spawn('dbus-daemon', ['--session', '--nofork', '--print-address'], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    address = await new Promise<string>((resolve) =>
      createInterface({ input: daemon.stdout! }).once('line', (line) => resolve(line.trim())),
    );
    logind = await DbusConnection.connect(address);
    logind.export('/org/freedesktop/login1', 'org.freedesktop.login1.Manager', {
      GetSessionByPID: { signature: 'u', returns: 'o', handle: () => SESSION_PATH },
      GetSession: { signature: 's', returns: 'o', handle: () => SESSION_PATH },
    });
    await logind.requestName('org.freedesktop.login1');
  });

  afterAll(async () => {
    logind?.close();
    daemon?.kill();
  });

  it("turns the session's Lock, Unlock and LockedHint into lock and unlock, and ignores other sessions", async () => {
    const seen: PresenceSignal[] = [];
    const unsubscribe = subscribeLinuxLock((s) => seen.push(s), {
      sessionBus: undefined,
      systemBus: address,
    });
    // subscribed once logind has been asked for the session
    const session = 'org.freedesktop.login1.Session';
    await waitFor('the subscription', async () => {
      logind.emit(SESSION_PATH, session, 'Lock', '', []);
      await new Promise((resolve) => setTimeout(resolve, 50));
      return seen.length > 0;
    });
    seen.length = 0;
    logind.emit('/org/freedesktop/login1/session/_99', session, 'Lock', '', []); // someone else's session
    logind.emit(SESSION_PATH, session, 'Unlock', '', []);
    logind.emit(SESSION_PATH, 'org.freedesktop.DBus.Properties', 'PropertiesChanged', 'sa{sv}as', [
      session,
      [['LockedHint', ['b', true]]],
      [],
    ]);
    logind.emit(SESSION_PATH, 'org.freedesktop.DBus.Properties', 'PropertiesChanged', 'sa{sv}as', [
      session,
      [['LockedHint', ['b', false]]],
      [],
    ]);
    await waitFor('three signals', () => seen.length === 3);
    expect(seen).toEqual(['unlock', 'lock', 'unlock']);
    unsubscribe();
    logind.emit(SESSION_PATH, session, 'Lock', '', []);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(seen).toHaveLength(3);
  });

  it("turns the screen saver's ActiveChanged into lock and unlock, believing only the screen saver", async () => {
    const saver = await DbusConnection.connect(address);
    await saver.requestName('org.gnome.ScreenSaver');
    const impostor = await DbusConnection.connect(address);
    const seen: PresenceSignal[] = [];
    const unsubscribe = subscribeLinuxLock((s) => seen.push(s), { sessionBus: address, systemBus: address });
    await waitFor('the subscription', async () => {
      saver.emit('/org/gnome/ScreenSaver', 'org.gnome.ScreenSaver', 'ActiveChanged', 'b', [true]);
      await new Promise((resolve) => setTimeout(resolve, 50));
      return seen.length > 0;
    });
    seen.length = 0;
    impostor.emit('/org/gnome/ScreenSaver', 'org.gnome.ScreenSaver', 'ActiveChanged', 'b', [false]);
    saver.emit('/org/gnome/ScreenSaver', 'org.gnome.ScreenSaver', 'ActiveChanged', 'b', [false]);
    await waitFor('unlock', () => seen.length === 1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seen).toEqual(['unlock']);
    unsubscribe();
    saver.close();
    impostor.close();
  });
});
