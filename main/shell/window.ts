// The one application window: sandboxed, isolated, no Node in the page; it
// reopens where the officer left it.
import { BrowserWindow, dialog, screen } from 'electron';
import { APP_ENTRY_URL } from './origin.js';
import {
  MIN_HEIGHT,
  MIN_WIDTH,
  defaultBounds,
  fitToWorkArea,
  readWindowState,
  writeWindowState,
  type WindowState,
} from './window-state.js';

export const WINDOW_TITLE = 'Khối Thi Đua';

export interface WindowOptions {
  dataDir: string;
  preload: string;
  icon?: string;
  onStateSaveError: (error: unknown) => void;
}

export function createMainWindow(options: WindowOptions): BrowserWindow {
  const saved = readWindowState(options.dataDir);
  const bounds = saved
    ? // The display nearest to where it was; a vanished monitor falls back to the closest one.
      fitToWorkArea(saved.bounds, screen.getDisplayMatching(saved.bounds).workArea)
    : defaultBounds(screen.getPrimaryDisplay().workArea);

  const window = new BrowserWindow({
    ...bounds,
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    title: WINDOW_TITLE,
    show: false, // Shown once painted, so no white flash.
    backgroundColor: '#ffffff',
    ...(options.icon && { icon: options.icon }),
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      preload: options.preload,
      spellcheck: false, // The spellchecker would download dictionaries.
      disableBlinkFeatures: 'Auxclick', // A middle click opens nothing, not even a denied window.
    },
  });

  // Keep the product name in the title bar whatever the page calls itself.
  window.on('page-title-updated', (event) => event.preventDefault());
  window.once('ready-to-show', () => {
    if (saved?.maximized) window.maximize();
    window.show();
  });
  // A screen with unsaved edits refuses to unload (beforeunload); Electron then shows nothing by itself, so
  // closing or reloading the window would silently do nothing: the officer is asked here instead.
  window.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(window, {
      type: 'question',
      title: WINDOW_TITLE,
      message: 'Bỏ các thay đổi chưa lưu?',
      detail: 'Màn hình đang mở có thay đổi chưa lưu. Ở lại để lưu, hoặc bỏ các thay đổi và đóng.',
      buttons: ['Ở lại', 'Bỏ thay đổi'],
      defaultId: 0,
      cancelId: 0,
    });
    if (choice === 1) event.preventDefault();
  });
  window.on('close', () => {
    const state: WindowState = { bounds: window.getNormalBounds(), maximized: window.isMaximized() };
    try {
      writeWindowState(options.dataDir, state);
    } catch (error) {
      options.onStateSaveError(error); // Only the window's place is lost; never block closing.
    }
  });

  void window.loadURL(APP_ENTRY_URL);
  return window;
}

/** Brings the existing window forward, e.g. when the officer launches the app a second time. */
export function focusWindow(window: BrowserWindow | null): void {
  if (!window || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
