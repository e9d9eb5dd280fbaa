import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// A type that has a zod schema is declared once: `type X = z.infer<typeof xSchema>`, never as an interface (or a
// hand-written alias) kept in step with the schema by hand.

const root = join(import.meta.dirname, '../../../..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

interface Declaration {
  file: string;
  name: string;
  text: string;
}

const files = [...sources(join(root, 'electron')), ...sources(join(root, 'renderer/src'))].map((path) => ({
  file: relative(root, path),
  text: readFileSync(path, 'utf8'),
}));

/** Type names that have a schema: `fooSchema` and `FooSchema` both name the type `Foo`. */
function schemasByType(): Map<string, string> {
  const found = new Map<string, string>();
  for (const { file, text } of files)
    for (const match of text.matchAll(/\b(?:const|let)\s+([A-Za-z]\w*)Schema\b/g)) {
      const base = match[1]!;
      found.set(base[0]!.toUpperCase() + base.slice(1), file);
    }
  return found;
}

function typeDeclarations(): Declaration[] {
  const found: Declaration[] = [];
  for (const { file, text } of files) {
    for (const match of text.matchAll(/^\s*(?:export\s+)?interface\s+(\w+)/gm))
      found.push({ file, name: match[1]!, text: match[0] });
    for (const match of text.matchAll(/^\s*(?:export\s+)?type\s+(\w+)(?:<[^=]*>)?\s*=([^;]*);/gm))
      found.push({ file, name: match[1]!, text: match[0] });
  }
  return found;
}

/**
 * Types written out beside their schema on purpose, each with the reason. The store's request union is built from
 * one argument schema per method at run time, so `z.infer` of it would lose which arguments go with which method.
 */
const DERIVED_BY_HAND = new Map([
  [
    'StoreRequest',
    'electron/main/adapters/storage/store-protocol.ts: a mapped type over requestArgs, per method',
  ],
]);

/** Declarations of a type that has a schema but is not derived from that schema. */
function declaredTwice(): string[] {
  const schemas = schemasByType();
  return typeDeclarations()
    .filter(({ name, text }) => {
      if (!schemas.has(name) || DERIVED_BY_HAND.has(name)) return false;
      const schema = `${name[0]!.toLowerCase()}${name.slice(1)}Schema`;
      const derived = new RegExp(`z\\.(?:infer|output)<\\s*typeof\\s+(?:${schema}|${name}Schema)\\b`);
      return !derived.test(text);
    })
    .map(({ file, name }) => `${file}: ${name} is declared beside its schema`);
}

describe('schema-first domain types', () => {
  it('finds the schemas and the types derived from them', () => {
    const schemas = schemasByType();
    expect(schemas.get('Settings')).toBe('electron/shared/domain/settings.ts');
    expect(schemas.get('BoundaryMemory')).toBe('electron/shared/domain/boundary-memory.ts');
    const derived = typeDeclarations()
      .filter((d) => /z\.infer</.test(d.text))
      .map((d) => d.name);
    expect(derived).toEqual(
      expect.arrayContaining(['Settings', 'Rule', 'Profile', 'PrivacySettings', 'LockRecord']),
    );
  });

  it('declares no type both as a schema and by hand', () => {
    expect(declaredTwice()).toEqual([]);
  });

  it('keeps every schema-derived type in electron/shared', () => {
    const schemas = schemasByType();
    const outside = typeDeclarations()
      .filter((d) => schemas.has(d.name) && /z\.infer</.test(d.text))
      .filter((d) => !d.file.startsWith('electron/shared/'))
      .map((d) => `${d.file}: ${d.name}`);
    expect(outside).toEqual([]);
  });
});
