// A stand-in for the `electron` module, just enough for the main bundle to start
// under plain Node, so the shell's wiring can be tested where no Electron binary
// can run. It records what the shell asks of Electron.
import Module from 'node:module';

export interface FakeWindow {
  options: Record<string, unknown> & { webPreferences?: Record<string, unknown> };
  loadedUrl: string | null;
  emit(event: string, ...args: unknown[]): void;
}

/** A page's web contents, as the security guards see it: its events and its window-open handler. */
export interface FakeWebContents {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null;
  /** Emits `event` (will-navigate, will-redirect, will-attach-webview…) for `url`; true when a listener prevented it. */
  attempt(event: string, url?: string): boolean;
}

export interface FakeSession {
  permissionRequest: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | null;
  permissionCheck: ((contents: unknown, permission: string) => boolean) | null;
  beforeRequest: ((details: { url: string }, callback: (response: { cancel: boolean }) => void) => void) | null;
}

export interface FakeElectron {
  module: Record<string, unknown>;
  session: FakeSession;
  /** A new page's contents, announced as Electron does ('web-contents-created'). */
  createWebContents(): FakeWebContents;
  /** Starts the app: what `app.whenReady()` waits for. */
  ready(): void;
  ipc: Map<string, (event: unknown, input: unknown) => unknown>;
  protocolHandler: ((request: { url: string; method: string }) => Promise<Response>) | null;
  privilegedSchemes: unknown[];
  windows: FakeWindow[];
  appEvents: Map<string, ((...args: unknown[]) => void)[]>;
  errorBoxes: { title: string; content: string }[];
  menu: { label?: string; submenu?: { label?: string; role?: string }[] }[];
  calls: string[];
}

export function fakeElectron(userData: string, appPath: string): FakeElectron {
  let resolveReady: () => void = () => undefined;
  const whenReady = new Promise<void>((resolve) => (resolveReady = resolve));
  const fake: FakeElectron = {
    module: {},
    session: { permissionRequest: null, permissionCheck: null, beforeRequest: null },
    createWebContents: () => {
      const contents = new WebContents();
      for (const listener of fake.appEvents.get('web-contents-created') ?? []) listener({}, contents);
      return contents;
    },
    ready: () => resolveReady(),
    ipc: new Map(),
    protocolHandler: null,
    privilegedSchemes: [],
    windows: [],
    appEvents: new Map(),
    errorBoxes: [],
    menu: [],
    calls: [],
  };
  const record = (call: string) => fake.calls.push(call);
  const workArea = { x: 0, y: 0, width: 1920, height: 1040 };

  class WebContents implements FakeWebContents {
    windowOpenHandler: FakeWebContents['windowOpenHandler'] = null;
    private listeners = new Map<string, ((...args: unknown[]) => void)[]>();
    on(event: string, listener: (...args: unknown[]) => void) {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
      return this;
    }
    setWindowOpenHandler(handler: FakeWebContents['windowOpenHandler']) {
      this.windowOpenHandler = handler;
    }
    attempt(event: string, url?: string) {
      let prevented = false;
      for (const listener of this.listeners.get(event) ?? []) listener({ preventDefault: () => (prevented = true) }, url);
      return prevented;
    }
  }

  class BrowserWindow implements FakeWindow {
    loadedUrl: string | null = null;
    private listeners = new Map<string, ((...args: unknown[]) => void)[]>();
    webContents = {
      on: (event: string) => record(`webContents.on ${event}`),
      /** Chromium's print of the page: the options asked for, and a PDF's first bytes. */
      printToPDF: async (options: unknown) => {
        record(`webContents.printToPDF ${JSON.stringify(options)}`);
        return Buffer.from('%PDF-1.7 printed by the fake');
      },
    };
    constructor(public options: FakeWindow['options']) {
      fake.windows.push(this);
    }
    on(event: string, listener: (...args: unknown[]) => void) {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
      return this;
    }
    once(event: string, listener: (...args: unknown[]) => void) {
      return this.on(event, listener);
    }
    emit(event: string, ...args: unknown[]) {
      for (const listener of this.listeners.get(event) ?? []) listener(...args);
    }
    loadURL(url: string) {
      this.loadedUrl = url;
      return Promise.resolve();
    }
    getNormalBounds() {
      const { x, y, width, height } = this.options as Record<string, number>;
      return { x, y, width, height };
    }
    isMaximized = () => false;
    isMinimized = () => false;
    isDestroyed = () => false;
    maximize = () => record('maximize');
    show = () => record('show');
    focus = () => record('focus');
    restore = () => record('restore');
  }

  fake.module = {
    app: {
      getPath: () => userData,
      setPath: (name: string, value: string) => record(`app.setPath ${name} ${value}`),
      enableSandbox: () => record('app.enableSandbox'),
      requestSingleInstanceLock: () => true,
      quit: () => record('app.quit'),
      on: (event: string, listener: (...args: unknown[]) => void) =>
        fake.appEvents.set(event, [...(fake.appEvents.get(event) ?? []), listener]),
      whenReady: () => whenReady,
      getAppPath: () => appPath,
      getVersion: () => '0.0.0-test',
      isPackaged: false,
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => fake.privilegedSchemes.push(...schemes),
      handle: (_scheme: string, handler: FakeElectron['protocolHandler']) => (fake.protocolHandler = handler),
    },
    ipcMain: { handle: (name: string, handler: (event: unknown, input: unknown) => unknown) => fake.ipc.set(name, handler) },
    dialog: {
      showErrorBox: (title: string, content: string) => fake.errorBoxes.push({ title, content }),
      showMessageBox: async () => ({ response: 0 }),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: FakeSession['permissionRequest']) => {
          record('session.setPermissionRequestHandler');
          fake.session.permissionRequest = handler;
        },
        setPermissionCheckHandler: (handler: FakeSession['permissionCheck']) => {
          record('session.setPermissionCheckHandler');
          fake.session.permissionCheck = handler;
        },
        webRequest: {
          onBeforeRequest: (listener: FakeSession['beforeRequest']) => {
            record('session.webRequest.onBeforeRequest');
            fake.session.beforeRequest = listener;
          },
        },
      },
    },
    BrowserWindow,
    screen: { getPrimaryDisplay: () => ({ workArea }), getDisplayMatching: () => ({ workArea }) },
    Menu: {
      buildFromTemplate: (template: FakeElectron['menu']) => template,
      setApplicationMenu: (menu: FakeElectron['menu']) => (fake.menu = menu),
    },
    shell: { openPath: async () => '' },
  };
  return fake;
}

type Loader = (request: string, ...rest: unknown[]) => unknown;

/** Runs `load` with `require('electron')` answering the fake; restores the loader afterwards. */
export function withFakeElectron<T>(fake: FakeElectron, load: () => T): T {
  const moduleInternals = Module as unknown as { _load: Loader };
  const original = moduleInternals._load;
  moduleInternals._load = function (this: unknown, request, ...rest) {
    return request === 'electron' ? fake.module : original.call(this, request, ...rest);
  };
  try {
    return load();
  } finally {
    moduleInternals._load = original;
  }
}

let mocked: FakeElectron | null = null;

/**
 * For `vi.mock('electron', …)` in a unit test: a fresh fake whose module stands in for `electron`; the test
 * reaches it with `mockedElectron()`.
 */
export function mockElectronModule(): FakeElectron['module'] {
  mocked = fakeElectron('/nowhere', '/nowhere');
  return mocked.module;
}

export function mockedElectron(): FakeElectron {
  if (!mocked) throw new Error("vi.mock('electron', () => mockElectronModule()) has not run");
  return mocked;
}
