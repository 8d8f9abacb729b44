// The guards every page gets (main/shell/security.ts), exercised through a fake `electron`:
// where a page may go, what it may open, which permissions it gets and what it may load.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { mockedElectron, type FakeElectron } from '../../electron/fake-electron.js';

vi.mock('electron', async () => (await import('../../electron/fake-electron.js')).mockElectronModule());

const { applySecurityGuards } = await import('../../../main/shell/security.js');

const OUTSIDE = [
  'https://example.com/',
  'http://127.0.0.1:5173/',
  'file:///C:/Users/Public/index.html',
  'app://evil/index.html',
  'app://renderer.evil.com/index.html',
  'about:blank',
  'data:text/html,<script>alert(1)</script>',
  'javascript:alert(1)',
];
const INSIDE = ['app://renderer/index.html', 'app://renderer/index.html#/years/2022', 'APP://RENDERER/'];

let fake: FakeElectron;
let blocked: string[];

beforeEach(() => {
  fake = mockedElectron();
  fake.appEvents.clear();
  blocked = [];
  applySecurityGuards((what) => blocked.push(what));
});

describe('navigation', () => {
  for (const event of ['will-navigate', 'will-redirect']) {
    it(`${event}: stays on app://renderer, anything else is prevented and logged`, () => {
      const contents = fake.createWebContents();
      for (const url of INSIDE) expect(contents.attempt(event, url), url).toBe(false);
      expect(blocked).toEqual([]);
      for (const url of OUTSIDE) expect(contents.attempt(event, url), url).toBe(true);
      expect(blocked).toEqual(OUTSIDE.map((url) => `navigation to ${url}`));
    });
  }

  it('guards every page created later, not only the first', () => {
    fake.createWebContents();
    const later = fake.createWebContents();
    expect(later.attempt('will-navigate', 'https://example.com/')).toBe(true);
  });

  it('refuses any <webview>', () => {
    expect(fake.createWebContents().attempt('will-attach-webview')).toBe(true);
    expect(blocked).toEqual(['a <webview>']);
  });
});

describe('new windows', () => {
  it('are denied, even for our own pages', () => {
    const contents = fake.createWebContents();
    for (const url of [...INSIDE, ...OUTSIDE]) expect(contents.windowOpenHandler!({ url }), url).toEqual({ action: 'deny' });
    expect(blocked).toContain('new window for https://example.com/');
  });
});

describe('permissions', () => {
  const PERMISSIONS = ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'fileSystem', 'unknown'];

  it('every request is answered no', () => {
    for (const permission of PERMISSIONS) {
      const answers: boolean[] = [];
      fake.session.permissionRequest!({}, permission, (granted) => answers.push(granted));
      expect(answers, permission).toEqual([false]);
    }
    expect(blocked).toEqual(PERMISSIONS.map((p) => `permission ${p}`));
  });

  it('every check is answered no', () => {
    for (const permission of PERMISSIONS) expect(fake.session.permissionCheck!({}, permission), permission).toBe(false);
  });
});

describe('requests', () => {
  const answer = (url: string) => {
    let response: { cancel: boolean } | null = null;
    fake.session.beforeRequest!({ url }, (r) => (response = r));
    return response;
  };

  it('cancels the network and the disk, and logs it', () => {
    for (const url of ['https://fonts.googleapis.com/css', 'http://192.0.2.1/x.js', 'ws://127.0.0.1:1/', 'file:///C:/Windows/win.ini', 'not a url']) {
      expect(answer(url), url).toEqual({ cancel: true });
    }
    expect(blocked[0]).toBe('request to https://fonts.googleapis.com/css');
  });

  it("lets the app's own files, data: and blob: through", () => {
    for (const url of ['app://renderer/assets/index.js', 'data:image/png;base64,AAAA', 'blob:app://renderer/1234']) {
      expect(answer(url), url).toEqual({ cancel: false });
    }
    expect(blocked).toEqual([]);
  });
});
