import type { IpcMainInvokeEvent, Session, WebContents } from 'electron';
import { decidePermission, isNavigationAllowed, isRequestAllowed, isTrustedSender } from './policy.ts';

/** Refuses navigation away from the app, new windows and webviews for one web contents. */
export function hardenContents(contents: WebContents, appEntryUrl: string): void {
  const refuseForeign = (event: { preventDefault(): void }, url: string) => {
    if (!isNavigationAllowed(url, appEntryUrl)) event.preventDefault();
  };
  contents.on('will-navigate', (event) => refuseForeign(event, event.url));
  contents.on('will-frame-navigate', (event) => refuseForeign(event, event.url));
  contents.on('will-redirect', (event) => refuseForeign(event, event.url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Denies every permission request and check, and cancels any request that is not Balans's own. */
export function hardenSession(session: Session, appEntryUrl: string): void {
  session.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(decidePermission(permission)),
  );
  session.setPermissionCheckHandler((_contents, permission) => decidePermission(permission));
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isRequestAllowed(details.url, appEntryUrl) });
  });
}

/** The sender check for registerIpc, reading the facts from a real IPC event. */
export function trustedSenderCheck(windowIds: ReadonlySet<number>, appEntryUrl: string) {
  return (event: IpcMainInvokeEvent): boolean => {
    const frame = event.senderFrame;
    return isTrustedSender(
      {
        webContentsId: event.sender.id,
        frameUrl: frame?.url,
        isMainFrame: frame !== null && frame === event.sender.mainFrame,
      },
      { windowIds, appEntryUrl },
    );
  };
}
