// The IPC door (main/shell/ipc.ts) through a fake `electron`: exactly the contract's channels,
// and each one answers only the app's own pages; any other sender is refused before the services.
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { channelNames } from '../../../main/contract/index.js';
import { mockedElectron } from '../../electron/fake-electron.js';

vi.mock('electron', async () => (await import('../../electron/fake-electron.js')).mockElectronModule());

const { registerIpc } = await import('../../../main/shell/ipc.js');

const dispatch = vi.fn(async (channel: string, input: unknown) => ({ ok: true as const, data: { channel, input } }));
const rejected: string[] = [];
const call = (channel: string, senderFrame: unknown, input: unknown = {}) => mockedElectron().ipc.get(channel)!({ senderFrame }, input);

beforeAll(() => registerIpc(dispatch, (url) => rejected.push(url)));
beforeEach(() => {
  dispatch.mockClear();
  rejected.length = 0;
});

describe('registerIpc', () => {
  it('registers exactly the contract: one handler per channel and nothing else', () => {
    expect([...mockedElectron().ipc.keys()].sort()).toEqual([...channelNames].sort());
  });

  it("passes calls from the app's own pages to the services, untouched", async () => {
    for (const url of ['app://renderer/index.html', 'app://renderer/index.html#/units', 'APP://RENDERER/']) {
      expect(await call('blocs.list', { url }, { x: 1 }), url).toEqual({ ok: true, data: { channel: 'blocs.list', input: { x: 1 } } });
    }
    expect(dispatch).toHaveBeenCalledTimes(3);
    expect(rejected).toEqual([]);
  });

  it('refuses every other sender on every channel, without reaching the services', async () => {
    const strangers = [
      'https://example.com/',
      'http://127.0.0.1:4000/?token=x',
      'file:///C:/Users/Public/index.html',
      'app://evil/index.html',
      'app://renderer.evil.com/',
      'app://user@renderer/index.html',
      'app://renderer:8080/index.html',
      'devtools://devtools/bundled/inspector.html',
      'about:blank',
      'data:text/html,x',
      '',
    ];
    for (const channel of channelNames) {
      for (const url of strangers) {
        expect(await call(channel, { url }), `${channel} from ${url}`).toEqual({
          ok: false,
          code: 'FORBIDDEN',
          message: 'Yêu cầu không đến từ cửa sổ của phần mềm nên đã bị từ chối.',
        });
      }
    }
    expect(dispatch).not.toHaveBeenCalled();
    expect(rejected).toHaveLength(channelNames.length * strangers.length);
    expect(rejected).toContain('https://example.com/');
  });

  it('refuses a call whose frame is gone (navigated away or destroyed)', async () => {
    expect(await call('blocs.list', null)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await call('blocs.list', undefined)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(dispatch).not.toHaveBeenCalled();
    expect(rejected).toEqual(['(unknown frame)', '(unknown frame)']);
  });
});
