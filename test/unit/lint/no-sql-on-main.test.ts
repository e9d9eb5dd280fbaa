import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const at = (path: string) => resolve(root, path);
const IMPORT = /(?:import|export)\s[^;]*?from\s*['"]([^'"]+)['"]|import\s*\(?\s*['"]([^'"]+)['"]/g;

/** Every file the entry loads, type-only imports included, and every package or built-in they name. */
function importGraph(entry: string): { files: Set<string>; modules: Set<string> } {
  const files = new Set<string>();
  const modules = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const specifier = match[1] ?? match[2]!;
      if (specifier.startsWith('.')) visit(resolve(dirname(file), specifier));
      else modules.add(specifier);
    }
  };
  visit(entry);
  return { files, modules };
}

describe('the main process runs no SQL', () => {
  const main = importGraph(at('electron/main/index.ts'));

  it('never loads node:sqlite, nor any file of the store worker, from the Electron entry', () => {
    expect(main.files).toContain(at('electron/main/adapters/storage/store-client.ts'));
    expect(main.files).toContain(at('electron/main/app-services.ts'));
    expect(main.modules).not.toContain('node:sqlite');
    const storage = [...main.files].filter((f) => f.startsWith(at('electron/main/adapters/storage/')));
    expect(storage.sort()).toEqual([
      at('electron/main/adapters/storage/store-client.ts'),
      at('electron/main/adapters/storage/store-protocol.ts'),
    ]);
  });

  it('while the worker entry does load it (the walk sees SQLite where it is)', () => {
    const worker = importGraph(at('electron/main/adapters/storage/store-worker.ts'));
    expect(worker.modules).toContain('node:sqlite');
    expect(worker.files).toContain(at('electron/main/adapters/storage/usage-store.ts'));
  });
});
