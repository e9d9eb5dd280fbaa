// Sandboxed preload (bundled to one CommonJS file): exposes exactly the contract's API as window.balans.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { buildBalansApi, type Transport } from '../shared/contract/api-builder.ts';
import type { BalansApi } from '../shared/contract/index.ts';

const ipcTransport: Transport = {
  invoke: (channel, input) => ipcRenderer.invoke(channel, input),
  subscribe: (channel, listener) => {
    const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(channel, forward);
    return () => {
      ipcRenderer.removeListener(channel, forward);
    };
  },
};

const api = buildBalansApi(ipcTransport) satisfies BalansApi;

contextBridge.exposeInMainWorld('balans', api);
