import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { APP_ID } from '../../../electron/main/app-id.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const require = createRequire(import.meta.url);

describe('electron-builder configuration', () => {
  it("passes electron-builder's own schema validation", async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
      validateConfiguration(config: unknown, logger: unknown): Promise<void>;
    };
    const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
    await expect(validateConfiguration(pkg.build, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('builds AppImage and deb for Linux, dmg for macOS, NSIS for Windows', () => {
    expect(pkg.build.linux.target).toEqual(['AppImage', 'deb']);
    expect(pkg.build.mac.target).toEqual(['dmg']);
    expect(pkg.build.win.target).toEqual(['nsis']);
  });

  it('has an icon big enough for every platform (≥ 512 px PNG)', () => {
    const png = readFileSync(`${root}${pkg.build.linux.icon}`);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(512);
    expect(png.readUInt32BE(20)).toBeGreaterThanOrEqual(512);
  });

  it('packages only the built app and its icons, never the development host or tests', () => {
    expect(pkg.build.files).toEqual(['out/**', 'build/icon.png', 'build/tray/**', 'package.json']);
  });

  // Defect 2 of issue 15: get-windows' helper cannot run from inside app.asar, and the hardened runtime needs the
  // Apple-events entitlement and usage strings to ask the user.
  it('unpacks get-windows from the asar archive and declares what the macOS helper needs', () => {
    expect(pkg.build.asarUnpack).toContain('node_modules/get-windows/**');
    expect(Object.keys(pkg.build.mac.extendInfo)).toEqual(
      expect.arrayContaining(['NSAppleEventsUsageDescription', 'NSScreenCaptureUsageDescription']),
    );
    const entitlements = readFileSync(`${root}${pkg.build.mac.entitlements}`, 'utf8');
    expect(entitlements).toMatch(/<key>com\.apple\.security\.automation\.apple-events<\/key>\s*<true\/>/);
  });

  // Defect 7 of issue 15: once npm enforces allowScripts, a `false` leaves the Windows binding out.
  it('lets get-windows install its native binding', () => {
    expect(pkg.allowScripts['get-windows']).toBe(true);
  });

  // Defect 10 of issue 15: a `depends` list replaces electron-builder's defaults instead of adding to them, which
  // dropped libgtk-3-0, libxss1, xdg-utils, libatspi2.0-0, libuuid1 and libsecret-1-0 from the deb.
  it("keeps electron-builder's default deb dependencies and adds Balans's own", () => {
    const { default: FpmTarget } = require('app-builder-lib/out/targets/FpmTarget') as {
      default: { prototype: { getDefaultDepends(target: string): string[] } };
    };
    const defaults = FpmTarget.prototype.getDefaultDepends.call({}, 'deb');
    expect(defaults).toContain('libgtk-3-0');
    expect(pkg.build.deb.depends).toEqual(
      expect.arrayContaining([...defaults, 'libnotify4', 'libxtst6', 'libnss3']),
    );
  });

  // Defect 7 of issue 15: Windows attributes toasts to the AppUserModelId, which must be the installer's appId.
  it('gives Windows the same AppUserModelId the installer registers', () => {
    expect(APP_ID).toBe(pkg.build.appId);
  });
});
