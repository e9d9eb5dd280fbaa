import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  defaultWorkerEntry,
  STORE_WORKER_BUNDLE,
} from '../../../electron/main/adapters/storage/store-client.ts';

// The test run starts the store's worker from one bundled file, never through Node's type stripping of .ts
// files (test/setup/store-worker-bundle.ts says why: V8 crashed in its shared WebAssembly code).
describe('the store worker of the test run', () => {
  it('is one JavaScript file that imports nothing but Node built-ins', () => {
    const file = process.env[STORE_WORKER_BUNDLE];
    expect(file, `${STORE_WORKER_BUNDLE} is set by the global setup`).toMatch(/\.mjs$/);
    expect(existsSync(file!)).toBe(true);
    const code = readFileSync(file!, 'utf8');
    // Static imports, with bindings or only for their effects (one output file leaves no dynamic imports).
    const imports = [...code.matchAll(/^import\s+(?:[^'"]*?from\s+)?["']([^"']+)["']/gm)].map((m) => m[1]);
    expect(imports).toContain('node:sqlite');
    expect(imports.filter((specifier) => !specifier!.startsWith('node:'))).toEqual([]);
    expect(code).not.toMatch(/["'][^"'\n]*\.ts["']/);
  });

  it('is the one every store client of the run starts', () => {
    expect(defaultWorkerEntry()).toBe(process.env[STORE_WORKER_BUNDLE]);
  });
});
