// Launches the built app in real Electron with a throw-away data folder and
// checks what only the shell can get wrong: the window, the app:// page, the
// preload bridge, the database and log files, the single-instance lock.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { channelNames } from '../../main/contract/index.js';
import { electronBinary } from './electron-binary.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const executablePath = electronBinary(root);
const hasElectronBinary = executablePath !== null;

test.skip(
  !hasElectronBinary,
  'Electron binary not installed on this machine (download blocked); install it (npx install-electron) or set ELECTRON_OVERRIDE_DIST_PATH to run this test.',
);

let dataDir = '';
let app: ElectronApplication | null = null;

test.beforeEach(() => {
  for (const file of ['dist/main/index.cjs', 'dist/preload/index.cjs', 'dist/renderer/index.html']) {
    if (!fs.existsSync(path.join(root, file))) throw new Error(`${file} is missing: run \`npm run build\` first (npm run test:electron does).`);
  }
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'khoi-thi-dua-electron-'));
});

test.afterEach(async () => {
  await app?.close().catch(() => undefined);
  app = null;
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const env = () => ({ ...process.env, KHOI_THI_DUA_DATA_DIR: dataDir, ELECTRON_ENABLE_LOGGING: '1' });

async function launch(): Promise<ElectronApplication> {
  // Linux CI containers usually cannot use Chromium's own sandbox; Windows and macOS can.
  const args = process.platform === 'linux' && process.env.CI ? ['--no-sandbox', root] : [root];
  return electron.launch({ executablePath: executablePath!, args, cwd: root, env: env() });
}

test('opens the window on the welcome screen, with the contract bridge and nothing else', async () => {
  app = await launch();
  const page = await app.firstWindow();

  await expect(page.getByText('Mở dữ liệu mẫu')).toBeVisible();
  expect(page.url()).toMatch(/^app:\/\/renderer\//);
  const title = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle());
  expect(title).toBe('Khối Thi Đua');

  // One method per channel, no Node in the page.
  const bridge = await page.evaluate(() => {
    const api = (window as unknown as { khoiThiDua?: Record<string, unknown> }).khoiThiDua ?? {};
    return { keys: Object.keys(api).sort(), hasRequire: 'require' in window, hasProcess: 'process' in window };
  });
  expect(bridge.keys).toEqual([...channelNames].sort());
  expect(bridge).toMatchObject({ hasRequire: false, hasProcess: false });

  // A call goes through IPC to the services and answers a Result.
  const listed = await page.evaluate(() =>
    (window as unknown as { khoiThiDua: { 'blocs.list': (input: unknown) => Promise<unknown> } }).khoiThiDua['blocs.list']({}),
  );
  expect(listed).toMatchObject({ ok: true });

  expect(fs.existsSync(path.join(dataDir, 'khoi-thi-dua.sqlite'))).toBe(true);
  expect(fs.readFileSync(path.join(dataDir, 'khoi-thi-dua.log'), 'utf8')).toMatch(/\[INFO\] Starting Khối Thi Đua/);

  await app.close();
  app = null;
  expect(JSON.parse(fs.readFileSync(path.join(dataDir, 'window-state.json'), 'utf8'))).toMatchObject({ maximized: false });
});

test('a second launch on the same data leaves the first one alone and exits', async () => {
  app = await launch();
  const page = await app.firstWindow();
  await expect(page.getByText('Mở dữ liệu mẫu')).toBeVisible();

  const second = spawn(executablePath!, [root], { cwd: root, env: env(), stdio: 'ignore' });
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    const timer = setTimeout(() => {
      second.kill();
      reject(new Error('the second instance did not exit'));
    }, 20_000);
    second.on('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
  expect(exitCode).toBe(0);
  await expect(page.getByText('Mở dữ liệu mẫu')).toBeVisible();
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
});
