// Runs a TypeScript child process for a crash test and kills it with SIGKILL (a real kill -9, not a simulated stop)
// once what it has printed says the moment has come. stdout to a pipe is synchronous on Linux, so a line the child
// printed was really printed before the kill.
import { spawn } from 'node:child_process';

/**
 * Starts `script` with `args`, hands every line it prints to `read`, and kills it when `read` returns true.
 * Resolves once the kill has ended it; rejects if it exited on its own (with what it wrote to stderr).
 */
export function runUntilKilled(
  script: string,
  args: string[],
  read: (line: string) => boolean,
): Promise<void> {
  return new Promise((resolve, reject) => {
    // process.execPath inside Vitest is the Node 24 that runs the tests, which strips types from the .ts child.
    const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let buffered = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      if (lines.map(read).some(Boolean)) child.kill('SIGKILL');
    });
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve();
      else reject(new Error(`${script} exited on its own (${signal ?? code}): ${stderr}`));
    });
  });
}
