// The code before issue 13's work, built once in a temporary folder, so the views bench can time it in the same
// run: `git archive` of the commit (no worktree is registered), this checkout's node_modules linked in when the
// package files are the same, and its own renderer built.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** "Merge one reassign-and-delete dialog": main just before issue 13's views, facts and worker. */
export const BASELINE_COMMIT = 'a6b922e';

/**
 * Fixes of bugs that would make the baseline's store differ from today's, applied to its checkout: without the
 * first, its events keep no profile (the backfill overflowed the stack on a year of events).
 */
const FIXES = [{ commit: '5238436', path: 'electron/main/adapters/storage/profile-backfill.ts' }];

/** Answers the folder of the baseline's built checkout, building it the first time. */
export function prepareBaseline(root: string): string {
  const commit = execFileSync('git', ['rev-parse', BASELINE_COMMIT], { cwd: root, encoding: 'utf8' }).trim();
  const dir = join(tmpdir(), `balans-baseline-${commit.slice(0, 12)}`);
  const done = join(dir, '.bench-built');
  if (existsSync(done)) return dir;
  mkdirSync(dir, { recursive: true });
  execFileSync('sh', ['-c', `git archive ${commit} | tar -x -C "${dir}"`], { cwd: root });
  for (const fix of FIXES) {
    const patch = execFileSync('git', ['diff', `${fix.commit}~1`, fix.commit, '--', fix.path], { cwd: root });
    execFileSync('git', ['apply'], { cwd: dir, input: patch });
  }
  let samePackages = true;
  try {
    execFileSync('git', ['diff', '--quiet', commit, 'HEAD', '--', 'package.json', 'package-lock.json'], {
      cwd: root,
    });
  } catch {
    samePackages = false;
  }
  if (samePackages) symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  else execFileSync('npm', ['ci', '--ignore-scripts'], { cwd: dir, stdio: 'ignore' });
  execFileSync('npm', ['run', 'build'], { cwd: dir, stdio: 'ignore' });
  writeFileSync(done, `${commit}\n`);
  return dir;
}
