import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../main/static/csp.js';
import { serveAppFile } from '../../../main/shell/static-response.js';

let parent = '';
let root = '';
beforeAll(() => {
  parent = fs.mkdtempSync(path.join(os.tmpdir(), 'ktd-static-'));
  root = path.join(parent, 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Khối Thi Đua</title>');
  fs.writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(parent, 'secret.txt'), 'secret');
});
afterAll(() => fs.rmSync(parent, { recursive: true, force: true }));

describe('serveAppFile (the app:// protocol)', () => {
  it('serves index.html and assets with the CSP header and their type', async () => {
    const page = await serveAppFile(root, 'app://renderer/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toContain('Khối Thi Đua');

    const script = await serveAppFile(root, 'app://renderer/assets/app.js?v=1');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves index.html for the root', async () => {
    expect((await serveAppFile(root, 'app://renderer/')).status).toBe(200);
  });

  it('answers 404, with the CSP header, for files outside the renderer folder', async () => {
    for (const url of [
      'app://renderer/%2e%2e/secret.txt',
      'app://renderer/..%2fsecret.txt',
      'app://renderer/..%5csecret.txt',
      'app://renderer/assets/%2e%2e/%2e%2e/secret.txt',
      'app://renderer/%00index.html',
      'app://renderer/%E0%A4%A',
    ]) {
      const response = await serveAppFile(root, url);
      expect(response.status, url).toBe(404);
      expect(response.headers.get('content-security-policy'), url).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('answers 404 for missing files, folders and other hosts', async () => {
    expect((await serveAppFile(root, 'app://renderer/missing.js')).status).toBe(404);
    expect((await serveAppFile(root, 'app://renderer/assets')).status).toBe(404);
    expect((await serveAppFile(root, 'app://other/index.html')).status).toBe(404);
    expect((await serveAppFile(root, 'not a url')).status).toBe(404);
  });

  it('only reads', async () => {
    expect((await serveAppFile(root, 'app://renderer/index.html', 'POST')).status).toBe(405);
    const head = await serveAppFile(root, 'app://renderer/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
