// Balans's GNOME Shell extension, assembled for the Shell version it goes to: GNOME 45 made extensions ES modules,
// so the shared core (build/gnome-shell-extension/core.js) gets the legacy entry points for 43–44 and the module
// entry point for 45 and later.
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const GNOME_EXTENSION_UUID = 'balans-shell@balans.nl';
export const BALANS_SHELL = {
  destination: 'org.gnome.Shell',
  path: '/nl/balans/Shell',
  interface: 'nl.balans.Shell',
} as const;

/** The first and last GNOME Shell versions each build is declared for. */
const LEGACY_VERSIONS = ['43', '44'];
const MODULE_VERSIONS = ['45', '46', '47', '48', '49'];

/**
 * Where the extension's sources are: beside the packaged app (electron-builder's extraResources), beside the
 * bundled main process (out/main → build/), or beside this source file when Node runs it directly.
 */
function sourceDir(): URL {
  const resources = (process as { resourcesPath?: string }).resourcesPath;
  const candidates = [
    ...(resources ? [pathToFileURL(join(resources, 'gnome-shell-extension', '/'))] : []),
    new URL('../../build/gnome-shell-extension/', import.meta.url),
    new URL('../../../../../build/gnome-shell-extension/', import.meta.url),
  ];
  return candidates.find((dir) => existsSync(fileURLToPath(new URL('core.js', dir)))) ?? candidates.at(-1)!;
}

/** The extension's files (metadata.json, extension.js) for GNOME Shell `major`. */
export async function gnomeExtensionFiles(
  major: number,
  from: URL = sourceDir(),
): Promise<Record<string, string>> {
  if (major < 43) throw new Error(`GNOME Shell ${major} is older than the extension supports (43)`);
  const modular = major >= 45;
  const read = (name: string) => readFile(fileURLToPath(new URL(name, from)), 'utf8');
  const [core, entry] = await Promise.all([read('core.js'), read(modular ? 'module.js' : 'legacy.js')]);
  const metadata = {
    uuid: GNOME_EXTENSION_UUID,
    name: 'Balans',
    description:
      'Lets Balans see which window is in front (for its own local, private time tracking) and keep its family-time overlay on top.',
    'shell-version': modular ? MODULE_VERSIONS : LEGACY_VERSIONS,
  };
  // ES modules put imports first; the legacy loader takes the file as one script
  const extension = modular ? `${entry.trimEnd()}\n\n${core}` : `${core}\n${entry}`;
  return { 'metadata.json': `${JSON.stringify(metadata, null, 2)}\n`, 'extension.js': extension };
}

/**
 * Puts the extension's files where GNOME Shell looks for a user's extensions. Installing is harmless: GNOME loads
 * an extension only once the user switches it on (in the Extensions app), which is their consent, and on Wayland
 * only from the next log-in. Returns the folder.
 */
export async function installGnomeExtension(
  env: Readonly<Record<string, string | undefined>>,
  major: number,
): Promise<string> {
  const data = env['XDG_DATA_HOME'] || (env['HOME'] ? join(env['HOME'], '.local/share') : undefined);
  if (!data) throw new Error('neither XDG_DATA_HOME nor HOME is set');
  const folder = join(data, 'gnome-shell/extensions', GNOME_EXTENSION_UUID);
  await mkdir(folder, { recursive: true });
  for (const [name, text] of Object.entries(await gnomeExtensionFiles(major))) {
    await writeFile(join(folder, name), text);
  }
  return folder;
}
