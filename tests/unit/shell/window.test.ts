// The window's web preferences (main/shell/window.ts) through a fake `electron`: the page is
// isolated, sandboxed and Node-free, and loads the app's own entry page.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { APP_ENTRY_URL } from '../../../main/shell/origin.js';
import { mockedElectron } from '../../electron/fake-electron.js';

vi.mock('electron', async () => (await import('../../electron/fake-electron.js')).mockElectronModule());

const { createMainWindow } = await import('../../../main/shell/window.js');

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ktd-window-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('createMainWindow', () => {
  it('locks the page down: exactly these web preferences, nothing loosened', () => {
    createMainWindow({ dataDir, preload: '/app/dist/preload/index.cjs', onStateSaveError: () => undefined });
    const [window] = mockedElectron().windows;
    // Exact equality: adding nodeIntegrationInWorker, webviewTag, allowRunningInsecureContent,
    // experimentalFeatures, enableBlinkFeatures… or turning any of these off fails here.
    expect(window!.options.webPreferences).toEqual({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      preload: '/app/dist/preload/index.cjs',
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(window!.loadedUrl).toBe(APP_ENTRY_URL);
    expect(APP_ENTRY_URL).toBe('app://renderer/index.html');
  });
});
