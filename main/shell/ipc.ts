// Every channel of the contract, registered in one loop, so the window can reach
// exactly the contract and nothing else. Validation and error messages live in the
// dispatcher, shared with browser mode.
import { ipcMain } from 'electron';
import { channelNames, type Result } from '../contract/index.js';
import type { Dispatch } from '../services/index.js';
import { isAppUrl } from './origin.js';

const FORBIDDEN: Result<never> = {
  ok: false,
  code: 'FORBIDDEN',
  message: 'Yêu cầu không đến từ cửa sổ của phần mềm nên đã bị từ chối.',
};

export function registerIpc(dispatch: Dispatch, onRejected: (url: string) => void): void {
  for (const name of channelNames) {
    ipcMain.handle(name, (event, input: unknown) => {
      // Only our own pages may call: a frame that somehow loaded other content must not reach the data.
      const url = event.senderFrame?.url;
      if (!isAppUrl(url)) {
        onRejected(url ?? '(unknown frame)');
        return FORBIDDEN;
      }
      return dispatch(name, input);
    });
  }
}
