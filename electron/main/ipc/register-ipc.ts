import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { callChannel, callNames } from '../../shared/contract/index.ts';
import { failure } from '../../shared/result.ts';
import type { Dispatch } from './handler-table.ts';

/**
 * Registers every contract call on ipcMain through one wrapper: refuse foreign senders, then dispatch
 * (parse → handler → typed result). Returns the unregistration.
 */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  dispatch: Dispatch,
  isTrustedSender: (event: IpcMainInvokeEvent) => boolean,
): () => void {
  for (const name of callNames) {
    ipcMain.handle(callChannel(name), (event, input: unknown) => {
      if (!isTrustedSender(event)) return failure('forbidden-sender', 'This window may not call Balans.');
      return dispatch(name, input);
    });
  }
  return () => callNames.forEach((name) => ipcMain.removeHandler(callChannel(name)));
}
