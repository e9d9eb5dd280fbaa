// Watches the method calls to (or the signals from) one D-Bus interface on a session bus with dbus-monitor (as a
// monitor it sees messages between other connections): which member and when, by this machine's clock.
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

/** Starts dbus-monitor on the bus of `env` for calls to `iface` (or its signals); resolves once it listens. */
export async function monitorCalls(
  env: NodeJS.ProcessEnv,
  iface: string,
  type: 'method_call' | 'signal' = 'method_call',
): Promise<CallMonitor> {
  const monitor = spawn('dbus-monitor', ['--session', '--profile', `type='${type}',interface='${iface}'`], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const calls: MonitoredCall[] = [];
  let listening = false;
  createInterface({ input: monitor.stdout }).on('line', (line) => {
    // the header line comes once the monitor is registered with the bus
    if (line.startsWith('#type')) listening = true;
    const [kind, seconds, , , , , called, member] = line.split('\t');
    // the bus also tells the monitor itself of its name (NameAcquired, NameLost): not ours to count
    if ((kind === 'mc' || kind === 'sig') && called === iface && member)
      calls.push({ member, at: Number(seconds) * 1_000 });
  });
  await waitFor('dbus-monitor listening', () => listening || monitor.exitCode !== null, 10_000);
  return { calls, stop: () => stopProcess(monitor) };
}
