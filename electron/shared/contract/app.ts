import { z } from 'zod';
import { call, event } from './define.ts';
import type { Language } from '../i18n/languages.ts';

export interface AppInfo {
  name: string;
  version: string;
  /** 'electron' in the desktop app, 'web-host' when the UI runs in a browser for development and tests. */
  host: 'electron' | 'web-host';
  locale: string;
}

/** The language and zone in effect, resolved once in main ('system' choices become the computer's). */
export interface LocaleAndZone {
  locale: Language;
  /** An IANA zone name, never 'system'. */
  zone: string;
}

export interface AppNotice {
  level: 'info' | 'warning' | 'error';
  /** i18n key of the message; `values` fill its placeholders. */
  key: string;
  values?: Record<string, string | number>;
  /** A button the notice offers: 'quit' where there is no tray to quit from. */
  action?: 'quit';
}

export const appCalls = {
  getAppInfo: call<AppInfo>()(z.void()),
  /** Notices since start, oldest first: the window may open after they happened (settings recovered at launch). */
  getNotices: call<AppNotice[]>()(z.void()),
  /** Quits Balans as the tray's Quit does (the parent PIN is asked during family time, on the overlay). */
  quitApp: call<{ requested: true }>()(z.void()),
  /** The language and zone to show everything in; asked again when the settings change. */
  getLocaleAndZone: call<LocaleAndZone>()(z.void()),
};

export const appEvents = {
  /** Something the user should know that did not come from their own action (e.g. settings were recovered). */
  notice: event<AppNotice>(),
};
