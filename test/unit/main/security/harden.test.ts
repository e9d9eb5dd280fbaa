import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import type { Session, WebContents } from 'electron';
import { hardenContents, hardenSession } from '../../../../electron/main/security/harden.ts';

const entry = 'file:///app/out/renderer/index.html';

/** A web contents that emits like Electron's: an event object whose default can be prevented. */
function fakeContents() {
  const emitter = new EventEmitter();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = Object.assign(emitter, {
    setWindowOpenHandler: (handler: typeof openHandler) => (openHandler = handler),
  });
  const fire = (name: string, url: string) => {
    const event = {
      url,
      defaultPrevented: false,
      preventDefault() {
        this.defaultPrevented = true;
      },
    };
    emitter.emit(name, event);
    return event.defaultPrevented;
  };
  return {
    contents: contents as unknown as WebContents,
    fire,
    open: (url: string) => openHandler?.({ url }),
  };
}

describe('hardenContents', () => {
  it('stops navigation and redirects away from the app, lets in-app routes through', () => {
    const { contents, fire } = fakeContents();
    hardenContents(contents, entry);
    expect(fire('will-navigate', 'https://evil.example/')).toBe(true);
    expect(fire('will-frame-navigate', 'file:///etc/passwd')).toBe(true);
    expect(fire('will-redirect', 'http://127.0.0.1:9/')).toBe(true);
    expect(fire('will-navigate', `${entry}#/week`)).toBe(false);
  });

  it('refuses webviews and every new window', () => {
    const { contents, fire, open } = fakeContents();
    hardenContents(contents, entry);
    expect(fire('will-attach-webview', 'https://evil.example/')).toBe(true);
    expect(open('https://example.org/')).toEqual({ action: 'deny' });
    expect(open(`${entry}#/today`)).toEqual({ action: 'deny' });
  });
});

describe('hardenSession', () => {
  it('answers every permission request and check with no, and cancels foreign requests', () => {
    let request: ((c: unknown, permission: string, callback: (granted: boolean) => void) => void) | undefined;
    let check: ((c: unknown, permission: string) => boolean) | undefined;
    let beforeRequest:
      ((details: { url: string }, callback: (r: { cancel: boolean }) => void) => void) | undefined;
    const session = {
      setPermissionRequestHandler: (h: typeof request) => (request = h),
      setPermissionCheckHandler: (h: typeof check) => (check = h),
      webRequest: { onBeforeRequest: (h: typeof beforeRequest) => (beforeRequest = h) },
    } as unknown as Session;
    hardenSession(session, entry);

    const answers: boolean[] = [];
    for (const permission of ['media', 'notifications', 'geolocation'])
      request?.(null, permission, (g) => answers.push(g));
    expect(answers).toEqual([false, false, false]);
    expect(check?.(null, 'clipboard-sanitized-write')).toBe(false);

    const cancelled: boolean[] = [];
    beforeRequest?.({ url: 'https://cdn.example/x.js' }, (r) => cancelled.push(r.cancel));
    beforeRequest?.({ url: 'file:///app/out/renderer/assets/a.js' }, (r) => cancelled.push(r.cancel));
    expect(cancelled).toEqual([true, false]);
  });
});
