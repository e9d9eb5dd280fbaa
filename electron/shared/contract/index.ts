import type { z } from 'zod';
import type { CallSpec, EventSpec } from './define.ts';
import type { Result } from '../result.ts';
import { appCalls, appEvents } from './app.ts';
import { todayCalls } from './today.ts';
import { reportCalls } from './reports.ts';
import { privacyCalls } from './privacy.ts';
import { settingsCalls, settingsEvents } from './settings.ts';
import { trackingCalls, trackingEvents } from './tracking.ts';
import { boundaryCalls, boundaryEvents } from './boundaries.ts';
import { ruleCalls } from './rules.ts';
import { parentLockCalls } from './parent-lock.ts';
import { preferenceCalls } from './preferences.ts';
import { viewCalls, viewEvents } from './views.ts';

/** Every call the renderer can make, declared once. Feature modules add theirs here. */
export const calls = {
  ...appCalls,
  ...todayCalls,
  ...reportCalls,
  ...privacyCalls,
  ...settingsCalls,
  ...trackingCalls,
  ...boundaryCalls,
  ...parentLockCalls,
  ...ruleCalls,
  ...preferenceCalls,
  ...viewCalls,
} as const;

/** Every event main can push to the renderer. */
export const events = {
  ...appEvents,
  ...settingsEvents,
  ...trackingEvents,
  ...boundaryEvents,
  ...viewEvents,
} as const;

export type Calls = typeof calls;
export type CallName = keyof Calls;
export type Events = typeof events;
export type EventName = keyof Events;

export type CallInput<K extends CallName> = z.input<Calls[K]['input']>;
export type ParsedInput<K extends CallName> = z.output<Calls[K]['input']>;
export type CallOutput<K extends CallName> = Calls[K] extends CallSpec<z.ZodType, infer O> ? O : never;
export type EventPayload<E extends EventName> = Events[E] extends EventSpec<infer P> ? P : never;

/** The object the renderer sees as `window.balans`: one named function per call, plus `on`. */
export type BalansApi = {
  [K in CallName]: (input: CallInput<K>) => Promise<Result<CallOutput<K>>>;
} & {
  /** Subscribes to a pushed event; returns the unsubscribe function. */
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
};

export const callNames = Object.keys(calls) as CallName[];
export const eventNames = Object.keys(events) as EventName[];

export const isCallName = (name: string): name is CallName => Object.hasOwn(calls, name);
export const isEventName = (name: string): name is EventName => Object.hasOwn(events, name);

/** The IPC channel that carries a call; prefixed so no other ipcMain user can collide with it. */
export const callChannel = (name: CallName): string => `balans:call:${name}`;
export const eventChannel = (name: EventName): string => `balans:event:${name}`;
