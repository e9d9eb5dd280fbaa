import type { SQLOutputValue } from 'node:sqlite';
import type { Observation, StoredEvent } from '../../../shared/domain/usage.ts';
import { decode, KIND_CODES, PRESENCE_CODES, SCOPE_CODES } from './codes.ts';
import type { StringDictionary } from './string-dictionary.ts';

/** Columns in the order EVENT_COLUMNS lists them (kind..extra); the id is handled separately. */
export type EventValues = [
  kind: number,
  start: number,
  duration: number,
  app: number | null,
  title: number | null,
  site: number | null,
  executable: number | null,
  code: number | null,
  extra: string | null,
  profile: number | null,
];

export const EVENT_COLUMNS =
  'id, kind, start, duration, app, title, site, executable, code, extra, profile, key';

/** A positive integer id in canonical decimal form is stored as the rowid itself: no extra bytes per event. */
export function numericId(id: string): number | null {
  if (!/^[1-9]\d{0,15}$/.test(id)) return null;
  const n = Number(id);
  return Number.isSafeInteger(n) ? n : null;
}

/** The column values for an event; strings are interned. */
export function toValues(event: StoredEvent, strings: StringDictionary): EventValues {
  const intern = (s: string | undefined) => (s === undefined ? null : strings.intern(s));
  const base = [KIND_CODES[event.kind], Math.round(event.start), Math.round(event.duration)] as const;
  switch (event.kind) {
    case 'window':
      return [
        ...base,
        intern(event.data.app),
        intern(event.data.title),
        intern(event.data.site),
        intern(event.data.executable),
        null,
        null,
        intern(event.data.profileId),
      ];
    case 'presence':
      return [...base, null, null, null, null, PRESENCE_CODES[event.data.state], null, null];
    case 'running':
    case 'clock':
      return [...base, null, null, null, null, null, null, null];
    case 'pause': {
      const { scope, ...details } = event.data;
      const extra = Object.keys(details).length > 0 ? JSON.stringify(details) : null;
      return [...base, null, null, null, null, SCOPE_CODES[scope], extra, null];
    }
  }
}

/** Rebuilds an event from a row read as an array in EVENT_COLUMNS order. */
export function fromRow(row: readonly SQLOutputValue[], strings: StringDictionary): StoredEvent {
  const [id, kindCode, start, duration, app, title, site, executable, code, extra, profile, key] = row;
  const common = {
    id: key === null ? String(id) : String(key),
    start: Number(start),
    duration: Number(duration),
  };
  const kind = decode(KIND_CODES, Number(kindCode));
  switch (kind) {
    case 'window': {
      const data: Observation = { app: strings.value(Number(app)) };
      if (title !== null) data.title = strings.value(Number(title));
      if (site !== null) data.site = strings.value(Number(site));
      if (executable !== null) data.executable = strings.value(Number(executable));
      if (profile !== null) data.profileId = strings.value(Number(profile));
      return { ...common, kind, data };
    }
    case 'presence':
      return { ...common, kind, data: { state: decode(PRESENCE_CODES, Number(code)) } };
    case 'running':
    case 'clock':
      return { ...common, kind, data: {} };
    case 'pause': {
      const details =
        extra === null ? {} : (JSON.parse(String(extra)) as { reason?: string; profileId?: string });
      return { ...common, kind, data: { scope: decode(SCOPE_CODES, Number(code)), ...details } };
    }
  }
}
