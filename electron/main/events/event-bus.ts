import type { EventName, EventPayload } from '../../shared/contract/index.ts';

export type EventListener = <E extends EventName>(name: E, payload: EventPayload<E>) => void;

/** Fans pushed events out to whoever shows the UI: Electron windows, or the development host's browser pages. */
export function createEventBus() {
  const listeners = new Set<EventListener>();
  return {
    emit<E extends EventName>(name: E, payload: EventPayload<E>): void {
      for (const listener of listeners) listener(name, payload);
    },
    /** Adds a listener; returns its removal. */
    listen(listener: EventListener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type EventBus = ReturnType<typeof createEventBus>;
