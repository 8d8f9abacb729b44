// The built main bundle (dist/main/index.cjs) started under plain Node with a fake
// `electron`: checks the shell's wiring (IPC, app:// protocol, window options,
// guards, menu, data files, start-up failure) on machines without the Electron
// binary. The real-window check is launch.spec.ts.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import Database from 'better-sqlite3';
import { channelNames } from '../../main/contract/index.js';
import { CONTENT_SECURITY_POLICY } from '../../main/static/csp.js';
import { fakeElectron, withFakeElectron, type FakeElectron } from './fake-electron.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bundle = path.join(root, 'dist', 'main', 'index.cjs');
const require = createRequire(import.meta.url);
const fromApp = { senderFrame: { url: 'app://renderer/index.html' } };

let dataDir = '';
let fake: FakeElectron;

test.beforeEach(() => {
  if (!fs.existsSync(bundle)) throw new Error('dist/main/index.cjs is missing: run `npm run build` first.');
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'khoi-thi-dua-shell-'));
});

test.afterEach(async () => {
  // Quit as Electron does: an app with its database open holds the quit, closes the database, then quits again.
  const quits = () => fake.calls.filter((call) => call === 'app.quit').length;
  const before = quits();
  let held = false;
  for (const listener of fake.appEvents.get('will-quit') ?? []) listener({ preventDefault: () => (held = true) });
  if (held) await expect.poll(quits).toBeGreaterThan(before);
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** Loads a fresh copy of the main bundle against the fake and lets it get ready. */
async function start(): Promise<void> {
  fake = fakeElectron(dataDir, root);
  delete require.cache[bundle];
  withFakeElectron(fake, () => require(bundle));
  fake.ready();
  await expect.poll(() => fake.windows.length + fake.errorBoxes.length).toBe(1);
}

test('wires every channel, serves app://, and opens a locked-down window', async () => {
  await start();

  expect(fake.privilegedSchemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } }]);
  expect(fake.calls).toEqual(
    expect.arrayContaining([
      'app.enableSandbox',
      'session.setPermissionRequestHandler',
      'session.setPermissionCheckHandler',
      'session.webRequest.onBeforeRequest',
    ]),
  );
  expect(fake.appEvents.has('web-contents-created')).toBe(true);
  expect(fake.appEvents.has('second-instance')).toBe(true);

  // IPC: exactly the contract, answered only for our own pages.
  expect([...fake.ipc.keys()].sort()).toEqual([...channelNames].sort());
  const blocsList = fake.ipc.get('blocs.list')!;
  expect(await blocsList(fromApp, {})).toEqual({ ok: true, data: [] });
  expect(await blocsList({ senderFrame: { url: 'https://example.com/' } }, {})).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  expect(await blocsList({ senderFrame: null }, {})).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  expect(await fake.ipc.get('years.get')!(fromApp, { yearId: 'x' })).toMatchObject({ ok: false, code: 'VALIDATION' });

  // app:// serves dist/renderer with the CSP, and nothing outside it.
  const page = await fake.protocolHandler!({ url: 'app://renderer/index.html', method: 'GET' });
  expect(page.status).toBe(200);
  expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  expect((await fake.protocolHandler!({ url: 'app://renderer/..%2f..%2fpackage.json', method: 'GET' })).status).toBe(404);

  // The window.
  const [window] = fake.windows;
  expect(window!.loadedUrl).toBe('app://renderer/index.html');
  expect(window!.options.title).toBe('Khối Thi Đua');
  // Exactly these: anything added (nodeIntegrationInWorker, webviewTag, …) or turned off fails.
  expect(window!.options.webPreferences).toEqual({
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    webSecurity: true,
    preload: path.join(root, 'dist', 'preload', 'index.cjs'),
    spellcheck: false,
    disableBlinkFeatures: 'Auxclick',
  });
  window!.emit('close');
  expect(JSON.parse(fs.readFileSync(path.join(dataDir, 'window-state.json'), 'utf8'))).toEqual({
    bounds: { x: 320, y: 120, width: 1280, height: 800 },
    maximized: false,
  });

  expect(fake.menu.map((item) => item.label)).toEqual(['Tệp', 'Sửa', 'Xem', 'Trợ giúp']);
  expect(fake.menu[3]!.submenu!.map((item) => item.label)).toContain('Mở thư mục dữ liệu');

  expect(fs.existsSync(path.join(dataDir, 'khoi-thi-dua.sqlite'))).toBe(true);
  const log = fs.readFileSync(path.join(dataDir, 'khoi-thi-dua.log'), 'utf8');
  expect(log).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z \[INFO\] Starting Khối Thi Đua/);
  expect(log).toContain('[WARN] Rejected IPC call from https://example.com/');
});

test('the running shell guards every page: navigation, new windows, permissions, requests, app:// files', async () => {
  await start();

  const contents = fake.createWebContents();
  expect(contents.attempt('will-navigate', 'app://renderer/index.html#/units')).toBe(false);
  expect(contents.attempt('will-navigate', 'https://example.com/')).toBe(true);
  expect(contents.attempt('will-redirect', 'file:///C:/Windows/win.ini')).toBe(true);
  expect(contents.attempt('will-attach-webview')).toBe(true);
  expect(contents.windowOpenHandler!({ url: 'https://example.com/' })).toEqual({ action: 'deny' });

  const granted: boolean[] = [];
  fake.session.permissionRequest!({}, 'media', (answer) => granted.push(answer));
  expect(granted).toEqual([false]);
  expect(fake.session.permissionCheck!({}, 'notifications')).toBe(false);
  const cancels = (url: string) => {
    let cancel: boolean | undefined;
    fake.session.beforeRequest!({ url }, (response) => (cancel = response.cancel));
    return cancel;
  };
  expect(cancels('https://fonts.googleapis.com/css')).toBe(true);
  expect(cancels('app://renderer/index.html')).toBe(false);

  // The traversal guard, Windows forms included, in front of the real dist/renderer.
  for (const url of ['app://renderer/..%5c..%5cpackage.json', 'app://renderer/C:%5cWindows%5cwin.ini', 'app://renderer/%5c%5cserver%5cshare']) {
    const response = await fake.protocolHandler!({ url, method: 'GET' });
    expect(response.status, url).toBe(404);
    expect(response.headers.get('content-security-policy'), url).toBe(CONTENT_SECURITY_POLICY);
  }
  // The built page lives with its CSP: no inline script, nothing remote, every script and style the app's own.
  const html = await (await fake.protocolHandler!({ url: 'app://renderer/index.html', method: 'GET' })).text();
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  expect(scripts.length).toBeGreaterThan(0);
  for (const [, attributes, body] of scripts) {
    expect(body!.trim(), 'an inline script').toBe('');
    expect(attributes).toMatch(/\bsrc="\.\/assets\/[\w.-]+\.js"/);
  }
  expect(html).not.toMatch(/(?:src|href)="(?:https?:|\/\/)/);
  for (const [, asset] of html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+)"/g)) {
    expect((await fake.protocolHandler!({ url: `app://renderer/${asset}`, method: 'GET' })).status, asset).toBe(200);
  }

  const log = fs.readFileSync(path.join(dataDir, 'khoi-thi-dua.log'), 'utf8');
  expect(log).toContain('[WARN] Blocked navigation to https://example.com/');
  expect(log).toContain('[WARN] Blocked permission media');
});

test('data from a newer version: a Vietnamese error box, then quit, nothing migrated', async () => {
  const file = path.join(dataDir, 'khoi-thi-dua.sqlite');
  const db = new Database(file);
  db.exec('CREATE TABLE kysely_migration (name varchar PRIMARY KEY, timestamp varchar)');
  db.prepare('INSERT INTO kysely_migration VALUES (?, ?)').run('9999_from_the_future', 'x');
  db.close();

  await start();

  expect(fake.windows).toHaveLength(0);
  expect(fake.errorBoxes).toEqual([
    { title: 'Không mở được dữ liệu', content: expect.stringContaining('phiên bản mới hơn của phần mềm Khối Thi Đua') },
  ]);
  expect(fake.calls).toContain('app.quit');
  // Nothing migrated: the same single table and row. (The journal mode switch to WAL does touch the header.)
  const after = new Database(file, { readonly: true });
  expect(after.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all()).toEqual(['kysely_migration']);
  expect(after.prepare('SELECT name FROM kysely_migration').pluck().all()).toEqual(['9999_from_the_future']);
  after.close();
  expect(fs.readFileSync(path.join(dataDir, 'khoi-thi-dua.log'), 'utf8')).toContain('[ERROR] Could not open the database');
});
