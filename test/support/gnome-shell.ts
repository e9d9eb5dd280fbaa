// A real GNOME Shell for tests: headless Wayland (--headless --virtual-monitor, no Xwayland) inside its own
// D-Bus session, with a private empty system bus, Balans's extension and a test helper extension installed in a
// private HOME and enabled through the org.gnome.shell enabled-extensions setting before the Shell starts.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DbusConnection } from '../../electron/main/adapters/os/dbus/dbus-connection.ts';
import {
  BALANS_SHELL,
  GNOME_EXTENSION_UUID,
  gnomeExtensionFiles,
} from '../../electron/main/adapters/os/gnome/gnome-extension.ts';
import { waitFor } from './wait-for.ts';

const SHELL = '/usr/bin/gnome-shell';
const HELPER_UUID = 'balans-test-helper@balans.nl';
const HELPER_DIR = fileURLToPath(new URL('../fixtures/gnome-test-helper/', import.meta.url));

export interface GnomeShell {
  env: NodeJS.ProcessEnv;
  dir: string;
  /** The Shell's major version, e.g. 43. */
  major: number;
  client(command: string, args: readonly string[], env?: NodeJS.ProcessEnv): ChildProcess;
  /** Focuses the first window with this wm_class, through the test helper extension. */
  focus(wmClass: string): Promise<void>;
  stop(): Promise<void>;
}

export function gnomeShellUnavailable(): string | undefined {
  if (!existsSync(SHELL)) return `${SHELL} is not installed (apt-get install gnome-shell)`;
  const major = shellMajor();
  // the test helper is a legacy extension; the Balans extension itself has a 45+ build
  if (major >= 45) return `the test helper extension is written for GNOME Shell 43–44, this is ${major}`;
  return undefined;
}

function shellMajor(): number {
  const version = execFileSync(SHELL, ['--version'], { encoding: 'utf8' }); // "GNOME Shell 43.9"
  return Number(/(\d+)\./.exec(version)?.[1] ?? 0);
}

function killRest(child: ChildProcess): void {
  // whatever the session started in the group (the system bus, dconf) goes with it
  try {
    process.kill(-child.pid!, 'SIGKILL');
  } catch {
    // the group is already empty
  }
}

function killGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    killRest(child);
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    const force = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(force);
      killRest(child);
      resolve();
    });
    process.kill(-child.pid!, 'SIGTERM');
  });
}

export interface GnomeShellOptions {
  /** Install and enable Balans's extension (default true); the test helper is always there. */
  balansExtension?: boolean;
}

export async function startGnomeShell(options: GnomeShellOptions = {}): Promise<GnomeShell> {
  const withBalans = options.balansExtension ?? true;
  const major = shellMajor();
  const dir = mkdtempSync(join(tmpdir(), 'balans-gnome-'));
  const home = join(dir, 'home');
  const runtimeDir = join(dir, 'run');
  mkdirSync(runtimeDir, { mode: 0o700 });
  const extensions = join(home, '.local/share/gnome-shell/extensions');
  mkdirSync(join(extensions, GNOME_EXTENSION_UUID), { recursive: true });
  if (withBalans) {
    for (const [name, text] of Object.entries(await gnomeExtensionFiles(major))) {
      writeFileSync(join(extensions, GNOME_EXTENSION_UUID, name), text);
    }
  }
  cpSync(HELPER_DIR, join(extensions, HELPER_UUID), { recursive: true });

  // a private, empty system bus: the Shell asks it for logind, accounts and more, and copes with their absence
  const systemBus = join(dir, 'system_bus');
  writeFileSync(
    join(dir, 'system.conf'),
    `<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig><type>system</type><listen>unix:path=${systemBus}</listen><auth>EXTERNAL</auth>
<policy context="default"><allow send_destination="*" eavesdrop="true"/><allow eavesdrop="true"/>
<allow own="*"/></policy></busconfig>`,
  );
  const baseEnv: NodeJS.ProcessEnv = {
    PATH: process.env['PATH'] ?? '/usr/bin:/bin',
    HOME: home,
    XDG_RUNTIME_DIR: runtimeDir,
    XDG_CONFIG_HOME: join(home, '.config'),
    LANG: 'C.UTF-8',
    NO_AT_BRIDGE: '1',
    DBUS_SYSTEM_BUS_ADDRESS: `unix:path=${systemBus}`,
  };
  const busFile = join(dir, 'bus');
  const enabled = withBalans ? `['${GNOME_EXTENSION_UUID}', '${HELPER_UUID}']` : `['${HELPER_UUID}']`;
  const session = spawn(
    'sh',
    [
      '-c',
      'dbus-daemon --config-file="$0/system.conf" --nofork & ' +
        'exec dbus-run-session -- sh -c \'printf %s "$DBUS_SESSION_BUS_ADDRESS" > "$0"; ' +
        'gsettings set org.gnome.shell enabled-extensions "$1" && ' +
        'gsettings set org.gnome.shell disable-user-extensions false && ' +
        'exec gnome-shell --headless --wayland --no-x11 --virtual-monitor 1280x800\' "$1" "$2"',
      dir,
      busFile,
      enabled,
    ],
    {
      env: { ...baseEnv, MUTTER_DEBUG_RESET_IDLETIME: '1' },
      stdio: ['ignore', 'ignore', 'pipe'],
      detached: true,
    },
  );
  let output = '';
  let failure: string | undefined;
  session.stderr!.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-8_000)));
  session.on(
    'exit',
    (code, signal) => (failure ??= `gnome-shell exited with ${code ?? signal}: ${output.slice(-3_000)}`),
  );
  const clients: ChildProcess[] = [];
  let control: DbusConnection | undefined;
  const stop = async () => {
    for (const c of clients) if (c.exitCode === null) c.kill('SIGKILL');
    control?.close();
    await killGroup(session);
    // The group's last members may still be writing in it a moment after the leader exits.
    rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  };
  try {
    await waitFor(
      'the session bus',
      () => {
        if (failure) throw new Error(failure);
        return existsSync(busFile) && readFileSync(busFile, 'utf8').length > 0;
      },
      30_000,
      50,
    );
    const env: NodeJS.ProcessEnv = {
      ...baseEnv,
      WAYLAND_DISPLAY: 'wayland-0',
      DBUS_SESSION_BUS_ADDRESS: readFileSync(busFile, 'utf8'),
    };
    control = await DbusConnection.connect(env['DBUS_SESSION_BUS_ADDRESS']);
    const bus = control;
    // ready when the extensions answer on the Shell's name
    const probe = withBalans
      ? { ...BALANS_SHELL, member: 'GetFocused' }
      : {
          destination: 'org.gnome.Shell',
          path: '/nl/balans/TestHelper',
          interface: 'org.freedesktop.DBus.Introspectable',
          member: 'Introspect',
        };
    await waitFor(
      'GNOME Shell with its extensions',
      async () => {
        if (failure) throw new Error(failure);
        const answer = await bus.call(probe).catch(() => undefined);
        return answer !== undefined && (withBalans || String(answer[0]).includes('nl.balans.TestHelper'));
      },
      60_000,
      200,
    );
    return {
      env,
      dir,
      major,
      client(command, args, extra = {}) {
        const child = spawn(command, [...args], {
          env: { ...env, ...extra },
          // stdin for fixtures that take commands (the overlay stand-in's "raise")
          stdio: ['pipe', 'pipe', 'ignore'],
        });
        clients.push(child);
        return child;
      },
      async focus(wmClass) {
        const [found] = await bus.call({
          destination: 'org.gnome.Shell',
          path: '/nl/balans/TestHelper',
          interface: 'nl.balans.TestHelper',
          member: 'Focus',
          signature: 's',
          body: [wmClass],
        });
        if (!found) throw new Error(`no window of class ${wmClass}`);
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
