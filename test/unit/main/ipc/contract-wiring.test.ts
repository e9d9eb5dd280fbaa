// Preload and main built from the one contract, joined by an in-process stand-in for Electron's IPC, so a call
// travels the real path: window.balans → ipcRenderer.invoke → ipcMain handler → sender check → dispatch.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { callChannel, callNames, type BalansApi } from '../../../../electron/shared/contract/index.ts';
import { createDispatch } from '../../../../electron/main/ipc/handler-table.ts';
import { createHandlers } from '../../../../electron/main/ipc/handlers.ts';
import { registerIpc } from '../../../../electron/main/ipc/register-ipc.ts';
import { composeHostApp } from '../../../host/compose-host.ts';

type MainHandler = (event: { trusted: boolean }, input: unknown) => unknown;
const mainHandlers = new Map<string, MainHandler>();
let senderTrusted = true;
const exposed: Record<string, unknown> = {};

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
  ipcRenderer: {
    invoke: async (channel: string, input: unknown) => {
      const handler = mainHandlers.get(channel);
      if (!handler) throw new Error(`No handler registered for '${channel}'`);
      // Electron structured-clones arguments and results; so does this stand-in.
      return structuredClone(await handler({ trusted: senderTrusted }, structuredClone(input)));
    },
    on: () => undefined,
    removeListener: () => undefined,
  },
}));

let api: BalansApi;
const app = composeHostApp({ events: [] });
afterAll(() => app.close());

beforeAll(async () => {
  const dispatch = createDispatch(createHandlers(app.services));
  registerIpc(
    {
      handle: (channel, listener) => mainHandlers.set(channel, listener as unknown as MainHandler),
      removeHandler: (c) => mainHandlers.delete(c),
    },
    dispatch,
    (event) => (event as unknown as { trusted: boolean }).trusted,
  );
  await import('../../../../electron/preload/index.ts');
  api = exposed.balans as BalansApi;
});

describe('the contract, preload and main agree', () => {
  it('preload exposes exactly one named function per declared call, plus on()', () => {
    expect(Object.keys(api).sort()).toEqual([...callNames, 'on'].sort());
    for (const name of callNames) expect(typeof api[name]).toBe('function');
  });

  it('main registers a handler for every declared call', () => {
    expect([...mainHandlers.keys()].sort()).toEqual(callNames.map(callChannel).sort());
  });

  it('a valid call makes the round trip and returns data', async () => {
    const result = await api.getDayTotals({ date: '2026-11-20' });
    expect(result).toMatchObject({ ok: true, data: { date: '2026-11-20', totalMs: 0 } });
  });

  it.each([
    ['a wrong type', { date: 20261120 }],
    ['a malformed date', { date: '20-11-2026' }],
    ['an unknown field', { date: '2026-11-20', evil: true }],
    ['a string instead of an object', 'today'],
  ])('malformed input (%s) gets a typed invalid-input error', async (_label, input) => {
    const result = await (api.getDayTotals as (input: unknown) => Promise<unknown>)(input);
    expect(result).toMatchObject({ ok: false, code: 'invalid-input' });
    expect((result as { issues: string[] }).issues.length).toBeGreaterThan(0);
  });

  it('refuses a sender that is not a Balans window', async () => {
    senderTrusted = false;
    try {
      expect(await api.getAppInfo(undefined)).toMatchObject({ ok: false, code: 'forbidden-sender' });
    } finally {
      senderTrusted = true;
    }
  });

  it('every call schema rejects a prototype-polluting payload without crashing', async () => {
    for (const name of callNames) {
      const result = await (api[name] as (input: unknown) => Promise<{ ok: boolean; code?: string }>)(
        JSON.parse('{"__proto__": {"polluted": true}}'),
      );
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      if (!result.ok) expect(result.code).toBe('invalid-input');
    }
  });
});
