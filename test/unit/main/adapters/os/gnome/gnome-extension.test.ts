import { describe, it, expect } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  GNOME_EXTENSION_UUID,
  gnomeExtensionFiles,
  installGnomeExtension,
} from '../../../../../../electron/main/adapters/os/gnome/gnome-extension.ts';

describe('gnomeExtensionFiles', () => {
  it('builds a legacy extension for GNOME 43–44', async () => {
    const files = await gnomeExtensionFiles(43);
    const metadata = JSON.parse(files['metadata.json']!) as { uuid: string; 'shell-version': string[] };
    expect(metadata).toMatchObject({ uuid: GNOME_EXTENSION_UUID, 'shell-version': ['43', '44'] });
    expect(files['extension.js']).toMatch(/^\/\/ Balans's GNOME Shell extension/);
    expect(files['extension.js']).toContain('function enable()');
    expect(files['extension.js']).not.toMatch(/^import /m);
  });

  it('builds an ES module for GNOME 45 and later, imports first', async () => {
    const files = await gnomeExtensionFiles(46);
    expect(JSON.parse(files['metadata.json']!)['shell-version']).toContain('46');
    const source = files['extension.js']!;
    const firstCode = source.split('\n').find((line) => line && !line.startsWith('//'));
    expect(firstCode).toMatch(/^import /);
    expect(source).toContain('export default class BalansExtension extends Extension');
    expect(source).toContain('function createBalansShell(');
    expect(source).not.toContain('imports.gi');
  });

  it('refuses Shells older than 43', async () => {
    await expect(gnomeExtensionFiles(42)).rejects.toThrow(/older than the extension supports/);
  });
});

describe('installGnomeExtension', () => {
  it("writes the files into the user's extensions folder", async () => {
    const data = mkdtempSync(join(tmpdir(), 'balans-xdg-data-'));
    const folder = await installGnomeExtension({ XDG_DATA_HOME: data, HOME: '/nonexistent' }, 44);
    expect(folder).toBe(join(data, 'gnome-shell/extensions', GNOME_EXTENSION_UUID));
    expect(JSON.parse(readFileSync(join(folder, 'metadata.json'), 'utf8')).uuid).toBe(GNOME_EXTENSION_UUID);
    expect(readFileSync(join(folder, 'extension.js'), 'utf8')).toContain('nl.balans.Shell');
  });
});
