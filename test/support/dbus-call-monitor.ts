// Watches the method calls to one D-Bus interface on a session bus with dbus-monitor (as a monitor it sees calls
// between other connections): what was called and when, by this machine's clock.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { stopProcess } from './stop-process.ts';
import { waitFor } from './wait-for.ts';

export interface MonitoredCall {
  member: string;
  /** When dbus-monitor received it (ms since epoch). */
  at: number;
}

export interface CallMonitor {
  readonly calls: MonitoredCall[];
  stop(): Promise<void>;
}

/** Starts dbus-monitor on the bus of `env` for calls to `iface`; resolves once it is listening. */
export async function monitorCalls(env: NodeJS.ProcessEnv, iface: string): Promise<CallMonitor> {
  const monitor = spawn(
    'dbus-monitor',
    ['--session', '--profile', `type='method_call',interface='${iface}'`],
    { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'ignore'] },
  );
  const calls: MonitoredCall[] = [];
  let listening = false;
  createInterface({ input: monitor.stdout }).on('line', (line) => {
    // the header line comes once the monitor is registered with the bus
    if (line.startsWith('#type')) listening = true;
    const [type, seconds, , , , , , member] = line.split('\t');
    if (type === 'mc' && member) calls.push({ member, at: Number(seconds) * 1_000 });
  });
  await waitFor('dbus-monitor listening', () => listening || monitor.exitCode !== null, 10_000);
  return { calls, stop: () => stopProcess(monitor) };
}
