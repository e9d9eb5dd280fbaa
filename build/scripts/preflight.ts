// First step of `npm test`: makes sure the system packages the E2E and desktop tests need are installed, so a
// fresh clone tests with `npm ci && npm test`. The list lives in build/system-packages.txt alone.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decide, installCommand, parsePackageList, type Machine } from './preflight-decision.ts';

const listPath = fileURLToPath(new URL('../system-packages.txt', import.meta.url));
const packages = parsePackageList(readFileSync(listPath, 'utf8'));

function machine(): Machine {
  const root = process.getuid?.() === 0;
  const apt = process.platform === 'linux' && existsSync('/usr/bin/apt-get');
  const passwordlessSudo =
    !root && apt && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
  return { apt, root, passwordlessSudo };
}

function run(command: string[], sudo: boolean): void {
  const [file, ...args] = sudo ? ['sudo', '-n', ...command] : command;
  const result = spawnSync(file!, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status !== 0) {
    console.error(
      `preflight: \`${[file, ...args].join(' ')}\` failed (exit ${result.status ?? result.signal})`,
    );
    process.exit(1);
  }
}

const decision = decide(packages, existsSync, machine());
if (decision.action === 'stop') {
  console.error(decision.line);
  process.exit(1);
}
if (decision.action === 'install') {
  console.log(
    `preflight: installing ${decision.packages.join(', ')} — the E2E tests drive Chromium, the desktop tests ` +
      'need a virtual X server with a window manager and windows (build/system-packages.txt)',
  );
  run(['apt-get', 'update', '-qq'], decision.sudo);
  run(installCommand(decision.packages), decision.sudo);
  const still = decide(packages, existsSync, machine());
  if (still.action !== 'ready') {
    console.error(`preflight: still missing ${still.packages.join(', ')} after installing`);
    process.exit(1);
  }
}
