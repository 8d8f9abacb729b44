// The app:// scheme (main/shell/protocol.ts) through a fake `electron`: its privileges, and the
// handler that serves the renderer folder (serveAppFile, tested in static-response.test.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../main/static/csp.js';
import { mockedElectron } from '../../electron/fake-electron.js';

vi.mock('electron', async () => (await import('../../electron/fake-electron.js')).mockElectronModule());

const { handleAppProtocol, registerAppScheme } = await import('../../../main/shell/protocol.js');

const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'ktd-protocol-'));
const root = path.join(parent, 'renderer');
fs.mkdirSync(root);
fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Khối Thi Đua</title>');
fs.writeFileSync(path.join(parent, 'package.json'), '{}');
afterAll(() => fs.rmSync(parent, { recursive: true, force: true }));

describe('the app:// scheme', () => {
  it('is standard and secure, and has no privilege that would weaken the page (no bypassCSP, no service workers)', () => {
    registerAppScheme();
    expect(mockedElectron().privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } },
    ]);
  });

  it('serves the renderer folder with the CSP, and nothing beside it', async () => {
    handleAppProtocol(root);
    const handler = mockedElectron().protocolHandler!;
    const page = await handler({ url: 'app://renderer/index.html', method: 'GET' });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Khối Thi Đua');
    for (const url of ['app://renderer/..%2fpackage.json', 'app://renderer/..%5cpackage.json', 'app://renderer/%2e%2e/package.json']) {
      const response = await handler({ url, method: 'GET' });
      expect(response.status, url).toBe(404);
      expect(response.headers.get('content-security-policy'), url).toBe(CONTENT_SECURITY_POLICY);
    }
    expect((await handler({ url: 'app://renderer/index.html', method: 'PUT' })).status).toBe(405);
  });
});
