// Stops a process a test started: SIGTERM, then SIGKILL if it has not exited after three seconds, so a hung
// compositor or client never outlives the test run.
import type { ChildProcess } from 'node:child_process';

export function stopProcess(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 3_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
