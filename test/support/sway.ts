// A real sway for tests: headless (WLR_BACKENDS=headless, no input devices, no XWayland) in a private
// XDG_RUNTIME_DIR, as an unprivileged user because sway refuses to run as root. Clients started through it run as
// the same user; stop() ends every process it started and removes the directory.
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { stopProcess } from './stop-process.ts';
import { waitFor } from './wait-for.ts';

const run = promisify(execFile);

/** The user sway runs as when the tests run as root (nobody). */
const UNPRIVILEGED = 65534;
const SWAY = '/usr/bin/sway';

/** An application window in sway's tree, with the fields the tests read. */
export interface SwayWindow {
  app_id?: string;
  name?: string;
  pid?: number;
  focused?: boolean;
  fullscreen_mode?: number;
  sticky?: boolean;
  nodes?: SwayWindow[];
  floating_nodes?: SwayWindow[];
}

const windowsIn = (node: SwayWindow): SwayWindow[] => [
  ...(node.app_id ? [node] : []),
  ...[...(node.nodes ?? []), ...(node.floating_nodes ?? [])].flatMap(windowsIn),
];

export interface Sway {
  /** XDG_RUNTIME_DIR, WAYLAND_DISPLAY and SWAYSOCK for clients of this sway. */
  env: NodeJS.ProcessEnv;
  /** The private runtime directory (owned by the user sway runs as). */
  runtimeDir: string;
  /** Starts a Wayland client as sway's user; stopped by stop(). */
  client(command: string, args: readonly string[]): ChildProcess;
  /** Runs swaymsg and returns its parsed JSON reply. */
  swaymsg(...args: string[]): Promise<unknown>;
  /** Every application window in the tree (tiled and floating), from get_tree. */
  windows(): Promise<SwayWindow[]>;
  stop(): Promise<void>;
}

/** Why a sway test cannot run here, or undefined when it can. */
export function swayUnavailable(): string | undefined {
  return existsSync(SWAY) ? undefined : `${SWAY} is not installed (apt-get install sway foot weston)`;
}

const asRoot = () => process.getuid?.() === 0;

/** The command line that runs `command` as the unprivileged user (unchanged when not root). */
export function unprivileged(command: string, args: readonly string[]): [string, string[]] {
  if (!asRoot()) return [command, [...args]];
  const ids = [`--reuid=${UNPRIVILEGED}`, `--regid=${UNPRIVILEGED}`, '--clear-groups'];
  return ['setpriv', [...ids, command, ...args]];
}

export async function startSway(): Promise<Sway> {
  const runtimeDir = mkdtempSync(join(tmpdir(), 'balans-sway-'));
  if (asRoot()) chownSync(runtimeDir, UNPRIVILEGED, UNPRIVILEGED);
  const config = join(runtimeDir, 'config');
  // no bar, no XWayland, no wallpaper: nothing but the windows the test opens
  writeFileSync(config, 'xwayland disable\ndefault_border none\n', { mode: 0o644 });
  const baseEnv: NodeJS.ProcessEnv = {
    PATH: process.env['PATH'] ?? '/usr/bin:/bin',
    HOME: runtimeDir,
    XDG_RUNTIME_DIR: runtimeDir,
    LANG: 'C.UTF-8',
  };
  const [command, args] = unprivileged(SWAY, ['-c', config]);
  const sway = spawn(command, args, {
    env: { ...baseEnv, WLR_BACKENDS: 'headless', WLR_LIBINPUT_NO_DEVICES: '1', WLR_RENDERER: 'pixman' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let output = '';
  let failure: string | undefined;
  sway.stderr!.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4_000)));
  sway.on('error', (error) => (failure = `cannot start sway: ${error.message}`));
  sway.on(
    'exit',
    (code, signal) => (failure ??= `sway exited with ${code ?? signal}: ${output.slice(-800)}`),
  );
  const clients: ChildProcess[] = [];
  const stop = async () => {
    await Promise.all(clients.map(stopProcess));
    await stopProcess(sway);
    rmSync(runtimeDir, { recursive: true, force: true });
  };
  try {
    const sockets = await waitFor(
      'sway to create its sockets',
      () => {
        if (failure) throw new Error(failure);
        const names = readdirSync(runtimeDir);
        const wayland = names.find((n) => /^wayland-\d+$/.test(n));
        const ipc = names.find((n) => n.startsWith('sway-ipc.'));
        return wayland && ipc ? { wayland, ipc: join(runtimeDir, ipc) } : undefined;
      },
      20_000,
      50,
    );
    const env: NodeJS.ProcessEnv = { ...baseEnv, WAYLAND_DISPLAY: sockets.wayland, SWAYSOCK: sockets.ipc };
    const swaymsg = async (...args: string[]) =>
      JSON.parse((await run('swaymsg', ['--raw', ...args], { env })).stdout) as unknown;
    // the IPC socket exists a moment before sway answers on it
    await waitFor('sway to answer IPC', () => swaymsg('-t', 'get_version').catch(() => undefined), 10_000);
    return {
      env,
      runtimeDir,
      client(clientCommand, clientArgs) {
        const [c, a] = unprivileged(clientCommand, clientArgs);
        const child = spawn(c, a, { env, stdio: 'ignore' });
        clients.push(child);
        return child;
      },
      swaymsg,
      windows: async () => windowsIn((await swaymsg('-t', 'get_tree')) as SwayWindow),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
