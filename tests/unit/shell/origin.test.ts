import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, isAppUrl, isRemoteRequest } from '../../../main/shell/origin.js';

describe('isAppUrl (who may call IPC and where the window may go)', () => {
  it('accepts our own pages', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('app://renderer/')).toBe(true);
    expect(isAppUrl('app://renderer/index.html#/units?year=2022')).toBe(true);
    expect(isAppUrl('APP://RENDERER/index.html')).toBe(true);
  });

  it('rejects everything else', () => {
    for (const url of [
      undefined,
      null,
      '',
      'not a url',
      'about:blank',
      'file:///C:/Windows/index.html',
      'http://renderer/index.html',
      'https://example.com/',
      'app://evil/index.html',
      'app://renderer.evil.com/index.html',
      'app://user:pass@renderer/index.html',
      'app://renderer:8080/index.html',
      'devtools://devtools/bundled/inspector.html',
      'data:text/html,<h1>hi</h1>',
    ]) {
      expect(isAppUrl(url), String(url)).toBe(false);
    }
  });
});

describe('isRemoteRequest (the app stays offline)', () => {
  it('cancels the network and the disk', () => {
    for (const url of ['http://example.com/x.js', 'https://fonts.googleapis.com/css', 'wss://x/', 'ftp://x/', 'file:///etc/passwd']) {
      expect(isRemoteRequest(url), url).toBe(true);
    }
  });

  it('lets our own and inline resources through', () => {
    for (const url of ['app://renderer/assets/index.js', 'data:image/png;base64,AAAA', 'blob:app://renderer/1234', 'devtools://devtools/x']) {
      expect(isRemoteRequest(url), url).toBe(false);
    }
  });

  it('cancels what it cannot parse', () => {
    expect(isRemoteRequest('::::')).toBe(true);
  });
});
