import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh temp folder per test; `cleanup` removes it. */
export function tempDirectory(): { directory: string; cleanup: () => void } {
  const directory = mkdtempSync(join(tmpdir(), 'balans-store-'));
  return { directory, cleanup: () => rmSync(directory, { recursive: true, force: true }) };
}
