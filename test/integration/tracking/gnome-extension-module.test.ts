// Only gnome-shell 43 is installed here, so the GNOME 45+ build (an ES module) cannot run inside a Shell. Plain gjs
// can still load it as a real module: it must parse, and fail only where gjs has no Shell, at the Shell's own
// resource:// imports. A syntax error, or an import a Shell would not have either, fails this test.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gnomeExtensionFiles } from '../../../electron/main/adapters/os/gnome/gnome-extension.ts';

const GJS = '/usr/bin/gjs';
const skip = existsSync(GJS) ? undefined : 'gjs is not installed (apt-get install gjs)';
if (skip) console.log(`skipping the GNOME 45+ module check: ${skip}`);

/** The GI libraries a Shell offers an extension, and the Shell's own modules. */
const ALLOWED_IMPORT =
  /^(gi:\/\/(Gio|GLib|GObject|Shell|Meta|St|Clutter)(\?version=[\d.]+)?|resource:\/\/\/org\/gnome\/shell\/.+\.js)$/;

let dir: string;

/** Runs `gjs -m` on the text as extension.js and returns what it printed. */
function loadModule(name: string, text: string): Promise<string> {
  const file = join(dir, name);
  writeFileSync(file, text);
  return new Promise((resolve) =>
    execFile(GJS, ['-m', file], { timeout: 20_000 }, (_error, stdout, stderr) =>
      resolve(`${stdout}${stderr}`),
    ),
  );
}

describe.skipIf(skip)('the GNOME 45+ extension as an ES module in gjs', () => {
  let extension: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'balans-gjs-'));
    extension = (await gnomeExtensionFiles(45))['extension.js']!;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('imports only gi:// libraries and the Shell’s resource modules, and uses no legacy imports', () => {
    const specifiers = [...extension.matchAll(/^\s*import\s[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
    expect(specifiers.length).toBeGreaterThan(0);
    expect(specifiers.filter((s) => !ALLOWED_IMPORT.test(s))).toEqual([]);
    expect(extension).not.toMatch(/\bimports\.(gi|ui|misc)\b|ExtensionUtils/);
    expect(extension).toMatch(/^export default class \w+ extends Extension \{/m);
  });

  it('parses, and stops only at the Shell’s own extension.js, which gjs outside a Shell lacks', async () => {
    const output = await loadModule('extension.js', extension);
    expect(output).not.toMatch(/SyntaxError/);
    expect(output).toMatch(
      /ImportError: Unable to load file from: resource:\/\/\/org\/gnome\/shell\/extensions\/extension\.js/,
    );
  });

  it('would catch a syntax error (the check above is not blind)', async () => {
    const output = await loadModule('broken.js', extension.replace('enable() {', 'enable() {{'));
    expect(output).toMatch(/SyntaxError/);
  });
});
