import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StartAtLogin } from '../../services/start-at-login.ts';

export interface XdgAutostartOptions {
  env: Readonly<Record<string, string | undefined>>;
  homedir: string;
  /** `process.execPath`: the program to run, unless this is an AppImage. */
  execPath: string;
  /** Arguments before the hidden flag: the app's folder when run unpackaged (`electron <folder>`), else none. */
  appArgs: readonly string[];
  /** Added so a start at login goes to the tray only. */
  hiddenArg: string;
  name: string;
  comment: string;
  /** The file's name in the autostart folder. */
  fileName: string;
}

/** `$XDG_CONFIG_HOME/autostart`, or `~/.config/autostart` when it is unset or not absolute (as the spec says). */
export function autostartFolder(env: XdgAutostartOptions['env'], homedir: string): string {
  const configHome = env['XDG_CONFIG_HOME'];
  return join(configHome && configHome.startsWith('/') ? configHome : join(homedir, '.config'), 'autostart');
}

const RESERVED = /[\s"'\\><~|&;$*?#()`]/;

/** One Exec argument, quoted as the Desktop Entry spec asks ('%' doubled, reserved characters in double quotes). */
export function execArgument(argument: string): string {
  const text = argument.replace(/%/g, '%%');
  if (text !== '' && !RESERVED.test(text)) return text;
  return `"${text.replace(/(["`$\\])/g, '\\$1')}"`;
}

/** The Exec value: an AppImage is started through `$APPIMAGE` (its mounted `execPath` is gone after it exits). */
export function autostartCommand(options: XdgAutostartOptions): string[] {
  const appImage = options.env['APPIMAGE'];
  return appImage ? [appImage, options.hiddenArg] : [options.execPath, ...options.appArgs, options.hiddenArg];
}

/** The autostart entry's text. The value's own backslashes are escaped once more (the spec's string type). */
export function autostartEntry(options: XdgAutostartOptions): string {
  const exec = autostartCommand(options).map(execArgument).join(' ').replace(/\\/g, '\\\\');
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Version=1.0',
    `Name=${options.name}`,
    `Comment=${options.comment}`,
    `Exec=${exec}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

/** Whether an autostart entry's text asks to start (desktops honour Hidden and GNOME's own switch). */
export function entryEnabled(text: string): boolean {
  const lines = text.split(/\r?\n/).map((line) => line.trim());
  return !lines.includes('Hidden=true') && !lines.includes('X-GNOME-Autostart-enabled=false');
}

/**
 * Start at login on Linux: Electron's login items do nothing there, so Balans writes an XDG autostart entry, as
 * desktop environments (GNOME, KDE, Xfce, …) read it at login.
 */
export function xdgAutostart(options: XdgAutostartOptions): StartAtLogin & { refresh(): void } {
  const file = () => join(autostartFolder(options.env, options.homedir), options.fileName);
  const enabled = () => {
    try {
      return entryEnabled(readFileSync(file(), 'utf8'));
    } catch {
      return false;
    }
  };
  const write = () => {
    const path = file();
    mkdirSync(join(path, '..'), { recursive: true });
    // Written next to it, then renamed: a desktop reading at that moment never sees half an entry.
    writeFileSync(`${path}.tmp`, autostartEntry(options), { mode: 0o644 });
    renameSync(`${path}.tmp`, path);
  };
  return {
    get: enabled,
    set(next: boolean): void {
      if (next) write();
      else if (existsSync(file())) rmSync(file());
    },
    /** Rewrites an enabled entry with today's path (an AppImage that was moved or updated). */
    refresh(): void {
      if (enabled()) write();
    },
  };
}
