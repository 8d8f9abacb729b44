import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../main/static/csp.js';
import { resolveStaticFile } from '../../../main/static/files.js';
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

  it('sends the CSP and the other security headers on every kind of answer', async () => {
    const answers = [
      ['app://renderer/index.html', 'GET', 200],
      ['app://renderer/index.html', 'HEAD', 200],
      ['app://renderer/assets/app.js', 'GET', 200],
      ['app://renderer/missing.js', 'GET', 404],
      ['app://renderer/..%5csecret.txt', 'GET', 404],
      ['app://other/index.html', 'GET', 404],
      ['not a url', 'GET', 404],
      ['app://renderer/index.html', 'POST', 405],
    ] as const;
    for (const [url, method, status] of answers) {
      const response = await serveAppFile(root, url, method);
      expect(response.status, `${method} ${url}`).toBe(status);
      expect(response.headers.get('content-security-policy'), `${method} ${url}`).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('x-content-type-options'), `${method} ${url}`).toBe('nosniff');
      expect(response.headers.get('referrer-policy'), `${method} ${url}`).toBe('no-referrer');
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

// Windows, where the app runs, reads `\` as a separator, `C:` as a drive and `\\server` as another
// machine. The guard refuses them on every platform, so these fail here on Linux if it ever stops.
describe('resolveStaticFile (the traversal guard), Windows paths included', () => {
  const base = '/srv/app/renderer';

  it('finds the files of the renderer folder', () => {
    expect(resolveStaticFile(base, '/')).toBe(path.join(base, 'index.html'));
    expect(resolveStaticFile(base, '/assets/index-DKY7M0Jy.js?v=1#x')).toBe(path.join(base, 'assets', 'index-DKY7M0Jy.js'));
    expect(resolveStaticFile(base, '/assets/font%20name.woff2')).toBe(path.join(base, 'assets', 'font name.woff2'));
  });

  it('refuses every way out of it', () => {
    for (const urlPath of [
      // Parent segments, plain or encoded.
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/%2E%2E%2Fsecret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/assets/%2e%2e/%2e%2e/secret.txt',
      // Windows separators.
      '/..\\secret.txt',
      '/..%5csecret.txt',
      '/%2e%2e%5csecret.txt',
      '/assets%5c..%5c..%5csecret.txt',
      // Drive letters, drive-relative paths and file streams.
      '/C:/Windows/win.ini',
      '/C:%5cWindows%5cwin.ini',
      '/c%3a%5cwindows%5cwin.ini',
      '/C:index.html',
      '/index.html::$DATA',
      // UNC and device paths.
      '/\\\\server\\share\\file.txt',
      '/%5c%5cserver%5cshare%5cfile.txt',
      '/%5c%5c%3f%5cC:%5cWindows',
      '/%5c%5c.%5cC:',
      // Segments Windows trims to `.` or `..`, and a NUL.
      '/.%20/secret.txt',
      '/..%20/secret.txt',
      '/.../secret.txt',
      '/%00index.html',
      // Not valid percent-encoding.
      '/%E0%A4%A',
    ]) {
      expect(resolveStaticFile(base, urlPath), urlPath).toBeNull();
    }
  });

  it('reads a doubled slash as a path inside the folder, never as a network share', () => {
    expect(resolveStaticFile(base, '//server/share/file.txt')).toBe(path.join(base, 'server', 'share', 'file.txt'));
  });
});

describe('the Content-Security-Policy itself', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((part) => {
      const [name, ...sources] = part.trim().split(/\s+/);
      return [name!, sources];
    }),
  );

  it('loads only from the app itself: no remote source, no inline or eval script', () => {
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    for (const [name, sources] of directives) {
      for (const source of sources) {
        expect(source, `${name} ${source}`).not.toMatch(/^(?:\*|https?:|wss?:|'unsafe-eval'|'unsafe-hashes'|'strict-dynamic')/);
        // antd writes its CSS-in-JS into <style> tags: inline styles only, never inline scripts.
        if (source === "'unsafe-inline'") expect(name).toBe('style-src');
      }
    }
  });

  it('closes plugins, <base>, form posts and framing', () => {
    for (const name of ['object-src', 'base-uri', 'form-action', 'frame-ancestors']) expect(directives.get(name), name).toEqual(["'none'"]);
  });
});
