import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  decidePermission,
  isNavigationAllowed,
  isRequestAllowed,
  isTrustedSender,
  secureWebPreferences,
} from '../../../../electron/main/security/policy.ts';

const entry = 'file:///opt/Balans/resources/app.asar/out/renderer/index.html';

describe('secure window preferences', () => {
  it('isolate the page, sandbox it and keep Node out', () => {
    const prefs = secureWebPreferences('/x/preload.cjs');
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: '/x/preload.cjs',
    });
  });
});

describe('content security policy', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );
  it('allows nothing by default and scripts only from the app itself', () => {
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
  });
  it('never allows inline code, eval or remote hosts', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });
});

describe('navigation', () => {
  it.each([
    [`${entry}#/week`, true],
    [entry, true],
    [`${entry}?x=1`, true],
    ['https://evil.example/', false],
    ['http://127.0.0.1:8080/', false],
    ['file:///etc/passwd', false],
    ['file:///opt/Balans/resources/app.asar/out/renderer/other.html', false],
    ['javascript:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['chrome://settings', false],
    ['not a url', false],
    ['', false],
  ])('%s → allowed: %s', (url, allowed) => {
    expect(isNavigationAllowed(url, entry)).toBe(allowed);
  });
});

describe('requests', () => {
  it.each([
    ['file:///opt/Balans/resources/app.asar/out/renderer/assets/index.js', entry, true],
    ['https://cdn.example/lib.js', entry, false],
    ['http://localhost:5173/src/main.tsx', 'http://localhost:5173/', true],
    ['http://localhost:5174/', 'http://localhost:5173/', false],
    ['https://tracker.example/pixel.gif', 'http://localhost:5173/', false],
    ['ws://evil.example/socket', entry, false],
  ])('%s from %s → allowed: %s', (url, from, allowed) => {
    expect(isRequestAllowed(url, from)).toBe(allowed);
  });
});

describe('permissions and senders', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'hid'])(
    'denies %s',
    (p) => {
      expect(decidePermission(p)).toBe(false);
    },
  );

  const trusted = { windowIds: new Set([7]), appEntryUrl: entry };
  it.each([
    [{ webContentsId: 7, frameUrl: `${entry}#/today`, isMainFrame: true }, true],
    [{ webContentsId: 8, frameUrl: `${entry}#/today`, isMainFrame: true }, false],
    [{ webContentsId: 7, frameUrl: 'https://evil.example/', isMainFrame: true }, false],
    [{ webContentsId: 7, frameUrl: `${entry}`, isMainFrame: false }, false],
    [{ webContentsId: 7, frameUrl: undefined, isMainFrame: true }, false],
  ])('sender %j trusted: %s', (sender, expected) => {
    expect(isTrustedSender(sender, trusted)).toBe(expected);
  });
});
