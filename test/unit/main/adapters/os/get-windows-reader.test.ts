// Defect 2 of issue 15: on macOS get-windows is asked only for what has been granted (by default it needs both
// Accessibility and Screen Recording or returns nothing), its helper runs from app.asar.unpacked, and what is
// missing is said in the tracking status.
import { describe, expect, it } from 'vitest';
import {
  macHelperArguments,
  macHelperReader,
  unpackedPath,
  WANT_URLS,
} from '../../../../../electron/main/adapters/os/get-windows-reader.ts';
import {
  getWindowsOptions,
  trackingGaps,
} from '../../../../../electron/main/adapters/os/window-permissions.ts';

describe('get-windows on macOS', () => {
  it('never requires Accessibility (URLs are not wanted), and Screen Recording only once it is granted', () => {
    expect(WANT_URLS).toBe(false);
    expect(getWindowsOptions({ screen: 'granted', accessibility: false }, false)).toEqual({
      accessibilityPermission: false,
      screenRecordingPermission: true,
    });
    expect(getWindowsOptions({ screen: 'denied', accessibility: true }, false)).toEqual({
      accessibilityPermission: false,
      screenRecordingPermission: false,
    });
    expect(getWindowsOptions({ screen: 'granted', accessibility: true }, true).accessibilityPermission).toBe(
      true,
    );
    expect(
      macHelperArguments(getWindowsOptions({ screen: 'not-determined', accessibility: false }, false)),
    ).toEqual(['--no-accessibility-permission', '--no-screen-recording-permission']);
  });

  it('names what is not recorded without a permission', () => {
    expect(trackingGaps({ screen: 'granted', accessibility: false }, false)).toEqual([]);
    expect(trackingGaps({ screen: 'denied', accessibility: false }, false)).toEqual(['titles']);
    expect(trackingGaps({ screen: 'granted', accessibility: false }, true)).toEqual(['urls']);
  });

  it('runs the helper from app.asar.unpacked, where an executable can run', () => {
    expect(
      unpackedPath('/Applications/Balans.app/Contents/Resources/app.asar/node_modules/get-windows/main'),
    ).toBe('/Applications/Balans.app/Contents/Resources/app.asar.unpacked/node_modules/get-windows/main');
    expect(unpackedPath('C:\\Balans\\resources\\app.asar\\node_modules\\get-windows\\main')).toBe(
      'C:\\Balans\\resources\\app.asar.unpacked\\node_modules\\get-windows\\main',
    );
    expect(unpackedPath('/src/balans/node_modules/get-windows/main')).toBe(
      '/src/balans/node_modules/get-windows/main',
    );
  });

  it('parses the helper’s answer and turns its failure into an error with what it printed', async () => {
    const calls: string[][] = [];
    const ok = macHelperReader(
      () => ({ accessibilityPermission: false, screenRecordingPermission: true }),
      (file, args, callback) => {
        calls.push([file, ...args]);
        callback(null, JSON.stringify({ title: 'Inbox', owner: { name: 'Mail' } }), '');
      },
      () => '/x/app.asar.unpacked/node_modules/get-windows/main',
    );
    expect(await ok()).toMatchObject({ title: 'Inbox', owner: { name: 'Mail' } });
    expect(calls).toEqual([
      ['/x/app.asar.unpacked/node_modules/get-windows/main', '--no-accessibility-permission'],
    ]);
    const failing = macHelperReader(
      () => ({ accessibilityPermission: false, screenRecordingPermission: false }),
      (_file, _args, callback) => callback(new Error('Command failed'), '', 'permission denied\n'),
      () => 'main',
    );
    await expect(failing()).rejects.toThrow('Command failed: permission denied');
  });
});
