// Defect 3 of issue 15: "Start at login" on Linux writes a real XDG autostart entry (Electron's login items do
// nothing there), starts the AppImage through $APPIMAGE, passes --hidden and reads back what the desktop would.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  autostartFolder,
  execArgument,
  xdgAutostart,
  type XdgAutostartOptions,
} from '../../../../../electron/main/adapters/os/xdg-autostart.ts';

let folders: string[] = [];
afterEach(() => {
  folders.forEach((folder) => rmSync(folder, { recursive: true, force: true }));
  folders = [];
});

function options(env: Record<string, string>, extra: Partial<XdgAutostartOptions> = {}): XdgAutostartOptions {
  return {
    env,
    homedir: '/nonexistent-home',
    execPath: '/opt/Balans/balans',
    appArgs: [],
    hiddenArg: '--hidden',
    name: 'Balans',
    comment: 'Keep work and private life each in its place',
    fileName: 'balans.desktop',
    ...extra,
  };
}

function configHome(): string {
  const folder = mkdtempSync(join(tmpdir(), 'balans-xdg-'));
  folders.push(folder);
  return folder;
}

/** The Exec line's value as a desktop reads it: the string type's escapes first, then the quoting. */
function execOf(text: string): string[] {
  const value = /^Exec=(.*)$/m.exec(text)![1]!.replace(/\\\\/g, '\\');
  const args: string[] = [];
  for (const match of value.matchAll(/"((?:[^"\\]|\\.)*)"|(\S+)/g))
    args.push(match[1] !== undefined ? match[1].replace(/\\(.)/g, '$1') : match[2]!);
  return args.map((arg) => arg.replace(/%%/g, '%'));
}

describe('the XDG autostart entry', () => {
  it('is written to $XDG_CONFIG_HOME/autostart, starts hidden, reads back as on and is removed when off', () => {
    const home = configHome();
    const login = xdgAutostart(options({ XDG_CONFIG_HOME: home }));
    expect(login.get()).toBe(false);
    login.set(true);
    const file = join(home, 'autostart', 'balans.desktop');
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^\[Desktop Entry\]\nType=Application\n/);
    expect(text).toContain('\nName=Balans\n');
    expect(execOf(text)).toEqual(['/opt/Balans/balans', '--hidden']);
    expect(statSync(file).mode & 0o777).toBe(0o644);
    expect(login.get()).toBe(true);
    login.set(false);
    expect(() => statSync(file)).toThrow();
    expect(login.get()).toBe(false);
  });

  it('starts the AppImage from $APPIMAGE, not from its temporary mount', () => {
    const home = configHome();
    const env = { XDG_CONFIG_HOME: home, APPIMAGE: '/home/ann/Apps/Balans 0.1.0.AppImage' };
    xdgAutostart(options(env, { execPath: '/tmp/.mount_BalansX1/balans' })).set(true);
    const text = readFileSync(join(home, 'autostart', 'balans.desktop'), 'utf8');
    expect(execOf(text)).toEqual(['/home/ann/Apps/Balans 0.1.0.AppImage', '--hidden']);
    expect(text).not.toContain('.mount_');
  });

  it('rewrites an enabled entry with the new path after the AppImage moved, and leaves a disabled one alone', () => {
    const home = configHome();
    xdgAutostart(options({ XDG_CONFIG_HOME: home, APPIMAGE: '/old/Balans.AppImage' })).set(true);
    xdgAutostart(options({ XDG_CONFIG_HOME: home, APPIMAGE: '/new/Balans.AppImage' })).refresh();
    const file = join(home, 'autostart', 'balans.desktop');
    expect(execOf(readFileSync(file, 'utf8'))[0]).toBe('/new/Balans.AppImage');
    const other = configHome();
    xdgAutostart(options({ XDG_CONFIG_HOME: other })).refresh();
    expect(() => statSync(join(other, 'autostart', 'balans.desktop'))).toThrow();
  });

  it('reads an entry the desktop turned off (Hidden, GNOME’s switch) as off', () => {
    const home = configHome();
    const login = xdgAutostart(options({ XDG_CONFIG_HOME: home }));
    login.set(true);
    const file = join(home, 'autostart', 'balans.desktop');
    writeFileSync(file, readFileSync(file, 'utf8').replace('X-GNOME-Autostart-enabled=true', 'Hidden=true'));
    expect(login.get()).toBe(false);
  });

  it('runs an unpackaged build as Electron with the app folder', () => {
    const home = configHome();
    xdgAutostart(
      options(
        { XDG_CONFIG_HOME: home },
        { execPath: '/src/node_modules/electron/dist/electron', appArgs: ['/src'] },
      ),
    ).set(true);
    expect(execOf(readFileSync(join(home, 'autostart', 'balans.desktop'), 'utf8'))).toEqual([
      '/src/node_modules/electron/dist/electron',
      '/src',
      '--hidden',
    ]);
  });

  it('quotes arguments as the Desktop Entry spec asks and falls back to ~/.config', () => {
    expect(execArgument('/opt/Balans/balans')).toBe('/opt/Balans/balans');
    expect(execArgument('/a b/$x"y`z\\')).toBe('"/a b/\\$x\\"y\\`z\\\\"');
    expect(execArgument('100%')).toBe('100%%');
    expect(autostartFolder({}, '/home/ann')).toBe('/home/ann/.config/autostart');
    expect(autostartFolder({ XDG_CONFIG_HOME: 'relative' }, '/home/ann')).toBe('/home/ann/.config/autostart');
  });
});
