/**
 * The application id, the same as electron-builder's `appId`: Windows attributes notifications to it (the
 * installer's Start-menu shortcut carries it), so without `app.setAppUserModelId` toasts go missing or show as
 * "electron.app.Balans".
 */
export const APP_ID = 'org.balans.desktop';
