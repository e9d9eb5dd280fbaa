// The security policy of every Balans window, as data and pure decisions (no Electron import), so the build
// (CSP in index.html), the development host and the tests all use the very same rules.
import type { WebPreferences } from 'electron';

/** No remote content, no inline script, no eval; charts style elements through the CSSOM, which CSP allows. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

/** Web preferences for every Balans window: isolated, sandboxed, no Node. */
export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    experimentalFeatures: false,
  };
}

/** The document a URL names, without query or fragment; undefined when it is not a URL at all. */
function documentOf(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
  } catch {
    return undefined;
  }
}

/** Navigation is allowed only within the app's own entry document (in-page routes use the hash). */
export function isNavigationAllowed(targetUrl: string, appEntryUrl: string): boolean {
  const target = documentOf(targetUrl);
  return target !== undefined && target === documentOf(appEntryUrl);
}

/** Balans asks for no permission (camera, notifications through the web API, geolocation, …): deny them all. */
export function decidePermission(_permission: string): boolean {
  return false;
}

export interface SenderFacts {
  webContentsId: number;
  /** URL of the frame that sent the message; undefined when the frame is gone. */
  frameUrl: string | undefined;
  /** Whether the sender is the main frame rather than an iframe. */
  isMainFrame: boolean;
}

/** An IPC message is trusted only from the main frame of a window Balans created, showing Balans's own page. */
export function isTrustedSender(
  sender: SenderFacts,
  trusted: { windowIds: ReadonlySet<number>; appEntryUrl: string },
): boolean {
  return (
    trusted.windowIds.has(sender.webContentsId) &&
    sender.isMainFrame &&
    sender.frameUrl !== undefined &&
    isNavigationAllowed(sender.frameUrl, trusted.appEntryUrl)
  );
}

/** Requests Balans's own pages may make: its bundled files and, in development only, the local dev server. */
export function isRequestAllowed(url: string, appEntryUrl: string): boolean {
  let parsed: URL;
  let entry: URL;
  try {
    parsed = new URL(url);
    entry = new URL(appEntryUrl);
  } catch {
    return false;
  }
  if (parsed.protocol === 'devtools:' || parsed.protocol === 'data:') return true;
  if (parsed.protocol === 'file:') return entry.protocol === 'file:';
  return parsed.origin === entry.origin && (entry.hostname === 'localhost' || entry.hostname === '127.0.0.1');
}
