// A real X server for tests: uses $DISPLAY when set, otherwise starts Xvfb on a free display number and stops it
// afterwards. Either way a window manager (openbox) is started when none runs, because _NET_ACTIVE_WINDOW is
// maintained by the window manager, not by the X server.
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { promisify } from 'node:util';
import { stopProcess } from './stop-process.ts';
import { waitFor } from './wait-for.ts';

const run = promisify(execFile);

export interface XServer {
  /** The display string, e.g. ":12". */
  display: string;
  /** The environment for child processes that should use this display. */
  env: NodeJS.ProcessEnv;
  /** Runs an X client (xdotool, xprop, …) on this display and returns its trimmed stdout. */
  exec(command: string, args: readonly string[]): Promise<string>;
  /** Stops whatever this helper started (nothing when an existing display was used). */
  stop(): Promise<void>;
}

/** True when the display answers and a window manager announces itself (EWMH _NET_SUPPORTING_WM_CHECK). */
async function hasWindowManager(env: NodeJS.ProcessEnv): Promise<boolean> {
  try {
    const { stdout } = await run('xprop', ['-root', '_NET_SUPPORTING_WM_CHECK'], { env });
    return /window id/.test(stdout);
  } catch {
    return false;
  }
}

/**
 * Starts Xvfb and lets it pick a free display number itself (-displayfd), so parallel runs never collide. -noreset:
 * otherwise the server resets whenever its last client disconnects (our probe), killing a starting window manager.
 */
function startXvfb(): Promise<{ display: string; process: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const xvfb = spawn(
      'Xvfb',
      ['-displayfd', '3', '-screen', '0', '1280x800x24', '-nolisten', 'tcp', '-noreset'],
      {
        stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
      },
    );
    let stderr = '';
    xvfb.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const fd = xvfb.stdio[3];
    let number = '';
    fd?.on('data', (chunk: Buffer) => {
      number += chunk.toString();
      if (number.includes('\n')) resolve({ display: `:${number.trim()}`, process: xvfb });
    });
    xvfb.on('error', (error) =>
      reject(new Error(`Cannot start Xvfb (apt-get install xvfb): ${error.message}`)),
    );
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited with ${code}: ${stderr.slice(-500)}`)));
  });
}

/** Starts openbox and waits until it manages the display; fails fast with its output when it exits early. */
async function startOpenbox(env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  const openbox = spawn('openbox', ['--sm-disable'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let output = '';
  let failure: string | undefined;
  openbox.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  openbox.on(
    'error',
    (error) => (failure = `cannot start openbox (apt-get install openbox): ${error.message}`),
  );
  openbox.on('exit', (code) => (failure ??= `openbox exited with ${code}: ${output.slice(-500)}`));
  await waitFor(
    'openbox to manage the display',
    async () => {
      if (failure) throw new Error(failure);
      return hasWindowManager(env);
    },
    15_000,
    50,
  );
  return openbox;
}

/** Provides an X display with a window manager for the duration of a test file. */
export async function startXServer(): Promise<XServer> {
  let xvfb: ChildProcess | undefined;
  let display = process.env['DISPLAY'];
  if (!display) {
    const started = await startXvfb();
    xvfb = started.process;
    display = started.display;
  }
  const env = { ...process.env, DISPLAY: display };
  let windowManager: ChildProcess | undefined;
  try {
    if (!(await hasWindowManager(env))) windowManager = await startOpenbox(env);
  } catch (error) {
    await stopProcess(xvfb);
    throw error;
  }
  return {
    display,
    env,
    exec: async (command, args) => (await run(command, [...args], { env })).stdout.trim(),
    stop: async () => {
      await stopProcess(windowManager);
      await stopProcess(xvfb);
    },
  };
}
