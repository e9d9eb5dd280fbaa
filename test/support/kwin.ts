// A real KWin for tests: kwin_wayland on a virtual output inside its own D-Bus session (dbus-run-session), in a
// private XDG_RUNTIME_DIR. kwin_wayland carries a file capability (cap_sys_resource) that this sandbox's bounding
// set lacks, so exec fails with "Operation not permitted": a plain copy of the binary has no capability and runs.
import { spawn, type ChildProcess } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DbusConnection } from '../../electron/main/adapters/os/dbus/dbus-connection.ts';
import { stopProcess } from './stop-process.ts';
import { waitFor } from './wait-for.ts';

const KWIN = '/usr/bin/kwin_wayland';

export interface Kwin {
  /** XDG_RUNTIME_DIR, WAYLAND_DISPLAY and DBUS_SESSION_BUS_ADDRESS for clients of this KWin. */
  env: NodeJS.ProcessEnv;
  dir: string;
  /** Starts a client; stopped by stop(). */
  client(command: string, args: readonly string[], env?: NodeJS.ProcessEnv): ChildProcess;
  /** Runs a one-off KWin script (e.g. to activate a window), as a user's keyboard shortcut would. */
  runScript(source: string): Promise<void>;
  stop(): Promise<void>;
}

/** The KWin script that activates the first window whose desktop file name is `app`, on Plasma 5 and 6. */
export const activateScript = (app: string) => `
var list = workspace.windowList ? workspace.windowList() : workspace.clientList();
for (var i = 0; i < list.length; i++) {
  if (list[i].desktopFileName === ${JSON.stringify(app)}) {
    if (workspace.activeWindow !== undefined) workspace.activeWindow = list[i]; else workspace.activeClient = list[i];
    break;
  }
}`;

export function kwinUnavailable(): string | undefined {
  if (!existsSync(KWIN))
    return `${KWIN} is not installed (apt-get install kwin-wayland weston gtk-3-examples)`;
  if (!existsSync('/usr/bin/dbus-run-session'))
    return 'dbus-run-session is not installed (apt-get install dbus)';
  return undefined;
}

export async function startKwin(): Promise<Kwin> {
  const dir = mkdtempSync(join(tmpdir(), 'balans-kwin-'));
  const runtimeDir = join(dir, 'run');
  const binary = join(dir, 'kwin_wayland');
  copyFileSync(KWIN, binary); // drops the file capability
  const busFile = join(dir, 'bus');
  const baseEnv: NodeJS.ProcessEnv = {
    PATH: process.env['PATH'] ?? '/usr/bin:/bin',
    HOME: dir,
    XDG_RUNTIME_DIR: runtimeDir,
    LANG: 'C.UTF-8',
  };
  mkdirSync(runtimeDir, { mode: 0o700 });
  // dbus-run-session starts a private session bus and ends it when KWin exits
  const kwin = spawn(
    'dbus-run-session',
    [
      '--',
      'sh',
      '-c',
      'printf %s "$DBUS_SESSION_BUS_ADDRESS" > "$0"; exec "$1" --virtual --no-lockscreen --width 1280 --height 800 --socket wayland-balans',
      busFile,
      binary,
    ],
    {
      env: { ...baseEnv, QT_QPA_PLATFORM: 'offscreen' },
      stdio: ['ignore', 'ignore', 'pipe'],
      detached: true,
    },
  );
  let output = '';
  let failure: string | undefined;
  kwin.stderr!.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-8_000)));
  kwin.on('error', (error) => (failure = `cannot start kwin_wayland: ${error.message}`));
  kwin.on(
    'exit',
    (code, signal) => (failure ??= `kwin_wayland exited with ${code ?? signal}: ${output.slice(-800)}`),
  );
  const clients: ChildProcess[] = [];
  const stop = async () => {
    await Promise.all(clients.map(stopProcess));
    // the whole group: dbus-run-session, its dbus-daemon and KWin
    if (kwin.exitCode === null && kwin.signalCode === null) {
      const exited = new Promise((resolve) => kwin.once('exit', resolve));
      process.kill(-kwin.pid!, 'SIGTERM');
      await exited;
    }
    // The group's last members may still be writing in it a moment after the leader exits.
    rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  };
  try {
    await waitFor(
      'KWin to open its Wayland socket',
      () => {
        if (failure) throw new Error(failure);
        return existsSync(busFile) && readdirSync(runtimeDir).includes('wayland-balans');
      },
      30_000,
      50,
    );
    const env: NodeJS.ProcessEnv = {
      ...baseEnv,
      WAYLAND_DISPLAY: 'wayland-balans',
      DBUS_SESSION_BUS_ADDRESS: readFileSync(busFile, 'utf8'),
    };
    const control = await DbusConnection.connect(env['DBUS_SESSION_BUS_ADDRESS']);
    // KWin takes its bus name before it registers its objects: a script loaded in between met "No such object
    // path '/Scripting'", so wait for the object itself.
    await waitFor(
      'KWin scripting on D-Bus',
      async () =>
        (await control.owner('org.kde.KWin')) !== undefined &&
        (await control
          .call({
            destination: 'org.kde.KWin',
            path: '/Scripting',
            interface: 'org.freedesktop.DBus.Introspectable',
            member: 'Introspect',
          })
          .then(([xml]) => String(xml).includes('org.kde.kwin.Scripting'))
          .catch(() => false)),
      30_000,
      100,
    );
    let scripts = 0;
    return {
      env,
      dir,
      client(command, args, extra = {}) {
        const child = spawn(command, [...args], { env: { ...env, ...extra }, stdio: 'ignore' });
        clients.push(child);
        return child;
      },
      async runScript(source) {
        const file = join(dir, `script-${++scripts}.js`);
        writeFileSync(file, source);
        const scripting = {
          destination: 'org.kde.KWin',
          path: '/Scripting',
          interface: 'org.kde.kwin.Scripting',
        };
        await control.call({
          ...scripting,
          member: 'loadScript',
          signature: 'ss',
          body: [file, `test-${scripts}`],
        });
        await control.call({ ...scripting, member: 'start' });
      },
      async stop() {
        control.close();
        await stop();
      },
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
