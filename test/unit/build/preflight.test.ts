import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decide, parsePackageList, type Machine } from '../../../build/scripts/preflight-decision.ts';

const list = parsePackageList(
  readFileSync(new URL('../../../build/system-packages.txt', import.meta.url), 'utf8'),
);
const debian = (over: Partial<Machine> = {}): Machine => ({
  apt: true,
  root: false,
  passwordlessSudo: false,
  ...over,
});
const without =
  (...missing: string[]) =>
  (path: string) =>
    !missing.includes(path);

describe('the test preflight', () => {
  it('reads every line of the package list, the E2E and X11 packages included', () => {
    const names = list.map((p) => p.name);
    for (const name of ['chromium', 'xvfb', 'openbox', 'xdotool', 'xterm']) expect(names).toContain(name);
    expect(list.every((p) => p.probe.startsWith('/'))).toBe(true);
  });

  it('refuses a malformed line instead of guessing', () => {
    expect(() => parsePackageList('chromium\n')).toThrow(/line 1/);
    expect(() => parsePackageList('# comment\n\nchromium usr/bin/chromium')).toThrow(/line 3/);
  });

  it('does nothing when every package is present', () => {
    expect(decide(list, () => true, debian())).toEqual({ action: 'ready' });
  });

  it('installs what is missing as root, without sudo, each package once', () => {
    expect(decide(list, without('/usr/bin/chromium', '/usr/bin/Xvfb'), debian({ root: true }))).toEqual({
      action: 'install',
      packages: ['chromium', 'xvfb'],
      sudo: false,
    });
    expect(
      decide(list, without('/usr/bin/setpriv', '/usr/bin/prlimit'), debian({ root: true })),
    ).toMatchObject({
      packages: ['util-linux'],
    });
  });

  it('installs through sudo when sudo needs no password', () => {
    expect(decide(list, without('/usr/bin/xterm'), debian({ passwordlessSudo: true }))).toEqual({
      action: 'install',
      packages: ['xterm'],
      sudo: true,
    });
  });

  it('stops with one line naming the exact command when it may not install', () => {
    const decision = decide(list, without('/usr/bin/chromium', '/usr/bin/xterm'), debian());
    expect(decision).toEqual({
      action: 'stop',
      packages: ['chromium', 'xterm'],
      line: 'preflight: the tests need chromium, xterm; run: sudo apt-get install -y --no-install-recommends chromium xterm',
    });
  });

  it('names the packages when this is not Debian or Ubuntu', () => {
    const decision = decide(list, without('/usr/bin/Xvfb'), {
      apt: false,
      root: true,
      passwordlessSudo: false,
    });
    expect(decision).toMatchObject({ action: 'stop', packages: ['xvfb'] });
    if (decision.action === 'stop') expect(decision.line).not.toContain('\n');
  });
});
