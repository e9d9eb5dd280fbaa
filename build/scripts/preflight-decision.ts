/** One line of build/system-packages.txt: a system package and a file that shows it is installed. */
export interface SystemPackage {
  name: string;
  probe: string;
}

/** What the machine offers for installing packages. */
export interface Machine {
  /** Debian or Ubuntu (apt-get is there). */
  apt: boolean;
  root: boolean;
  /** `sudo -n true` works: sudo without a password. */
  passwordlessSudo: boolean;
}

export type Decision =
  | { action: 'ready' }
  | { action: 'install'; packages: string[]; sudo: boolean }
  | { action: 'stop'; packages: string[]; line: string };

/** Reads the package list: `package /probe/path` per line; blank lines and `#` comments are skipped. */
export function parsePackageList(text: string): SystemPackage[] {
  const packages: SystemPackage[] = [];
  for (const [index, raw] of text.split('\n').entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const [name, probe, ...rest] = line.split(/\s+/);
    if (!name || !probe?.startsWith('/') || rest.length > 0)
      throw new Error(`system-packages.txt line ${index + 1}: expected "package /probe/path", got "${line}"`);
    packages.push({ name, probe });
  }
  return packages;
}

/** The apt-get command that installs the packages (what the stop line names and what install runs). */
export const installCommand = (packages: readonly string[]): string[] => [
  'apt-get',
  'install',
  '-y',
  '--no-install-recommends',
  ...packages,
];

/**
 * Decides what the preflight does: nothing when every probe exists; install the missing packages when this is
 * Debian/Ubuntu and the user is root or has passwordless sudo; otherwise stop with one line naming the command.
 */
export function decide(
  packages: readonly SystemPackage[],
  exists: (path: string) => boolean,
  machine: Machine,
): Decision {
  const missing = [...new Set(packages.filter((p) => !exists(p.probe)).map((p) => p.name))];
  if (missing.length === 0) return { action: 'ready' };
  if (machine.apt && (machine.root || machine.passwordlessSudo))
    return { action: 'install', packages: missing, sudo: !machine.root };
  const command = machine.apt
    ? `sudo ${installCommand(missing).join(' ')}`
    : `install these packages (Debian names) with your system's package manager: ${missing.join(' ')}`;
  return {
    action: 'stop',
    packages: missing,
    line: `preflight: the tests need ${missing.join(', ')}; run: ${command}`,
  };
}
