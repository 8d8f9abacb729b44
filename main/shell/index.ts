// Electron main process: a thin shell around the services. It owns the one
// database connection, serves the renderer from app://, and answers the contract's
// channels over IPC. Everything else (validation, rules, messages) lives in the services.
import fs from 'node:fs';
import path from 'node:path';
import { app, dialog, shell, type BrowserWindow } from 'electron';
import { openDatabase, type OpenedDatabase } from '../../db/connection.js';
import { dailyIntegrityCheck } from '../../db/integrity.js';
import { databaseFile, dataDirectory } from '../../db/location.js';
import { createDispatcher, createHandlers, optionsFor, type DesktopPort } from '../services/index.js';
import { openOrRecover } from './startup.js';
import { registerIpc } from './ipc.js';
import { printWindowToPdf } from './pdf.js';
import { saveFilters } from './save-filters.js';
import { createLogger, type Logger } from './logger.js';
import { installMenu } from './menu.js';
import { handleAppProtocol, registerAppScheme } from './protocol.js';
import { applySecurityGuards } from './security.js';
import { createMainWindow, focusWindow } from './window.js';

// Both must happen before `ready`.
registerAppScheme();
app.enableSandbox(); // Every renderer sandboxed, not only the ones we remember to configure.

const dataDir = dataDirectory(app.getPath('userData'));
// With an explicit data folder (tests, a second bloc's data), keep Chromium's
// profile there too: the single-instance lock lives in userData, so the lock is
// then per data folder, which is exactly what must not be opened twice.
if (dataDir !== app.getPath('userData')) app.setPath('userData', dataDir);

if (!app.requestSingleInstanceLock()) {
  // Another process already has this data open; it focuses its window (see 'second-instance').
  app.quit();
} else {
  start(createLogger(dataDir));
}

function start(logger: Logger): void {
  let mainWindow: BrowserWindow | null = null;
  let database: OpenedDatabase | null = null;
  let databaseClosed = false;

  process.on('uncaughtException', (error) => logger.error('Uncaught exception', error));
  process.on('unhandledRejection', (reason) => logger.error('Unhandled promise rejection', reason));

  app.on('second-instance', () => focusWindow(mainWindow));
  app.on('window-all-closed', () => app.quit());
  // Close the database before exiting so WAL is checkpointed and the file is whole; a copy is kept when
  // anything changed in this session.
  app.on('will-quit', (event) => {
    if (!database || databaseClosed) return;
    event.preventDefault();
    const closing = database.close({ exitBackup: true }).catch((error: unknown) => logger.error('Closing the database failed', error));
    void closing.finally(() => {
      databaseClosed = true;
      app.quit();
    });
  });

  const ready = async () => {
    fs.mkdirSync(dataDir, { recursive: true });
    logger.info(`Starting Khối Thi Đua ${app.getVersion()} (Electron ${process.versions.electron}), data in ${dataDir}`);

    const file = databaseFile(dataDir);
    database = await openOrRecover(file, logger, {
      open: () => openDatabase(file),
      ask: async (options) => (await dialog.showMessageBox(options)).response,
      showError: (title, message) => dialog.showErrorBox(title, message),
      openFolder: (folder) => void shell.openPath(folder),
    });
    if (!database) {
      app.quit();
      return;
    }
    if (database.backupFile) logger.info(`Backed up before upgrading the data: ${database.backupFile}`);

    const appRoot = app.getAppPath();
    applySecurityGuards((what) => logger.warn(`Blocked ${what}`));
    handleAppProtocol(path.join(appRoot, 'dist', 'renderer'));
    const dispatch = createDispatcher(
      createHandlers(database.db, optionsFor(database, { desktop: desktopPort(() => mainWindow, logger) })),
      (error) => logger.error('Service error', error),
      dataDir,
    );
    registerIpc(dispatch, (url) => logger.warn(`Rejected IPC call from ${url}`));
    installMenu({ dataDir, getWindow: () => mainWindow });

    const icon = path.join(appRoot, 'assets', 'icons', 'icon.png');
    mainWindow = createMainWindow({
      dataDir,
      preload: path.join(appRoot, 'dist', 'preload', 'index.cjs'),
      // Installed, the window takes the executable's icon; from source, the PNG.
      ...(fs.existsSync(icon) && { icon }),
      onStateSaveError: (error) => logger.warn('Could not save the window position', error),
    });
    mainWindow.on('closed', () => (mainWindow = null));
    mainWindow.webContents.on('render-process-gone', (_event, details) =>
      logger.error(`Renderer process gone: ${details.reason} (exit code ${details.exitCode})`),
    );
    // The full check runs on a worker thread, at most once a day; damage found is said at once.
    void dailyIntegrityCheck(file).then((result) => {
      if (!result || result.ok) return;
      logger.error(`Daily integrity check failed: ${result.detail}`);
      dialog.showErrorBox(
        'Phát hiện lỗi trong tệp dữ liệu',
        `Kiểm tra hằng ngày phát hiện tệp dữ liệu bị hỏng (${result.detail}). Hãy ngừng nhập liệu và mở mục ` +
          '"Sao lưu và khôi phục" để khôi phục bản sao lưu gần nhất.',
      );
    }, (error: unknown) => logger.error('Daily integrity check could not run', error));
  };

  app.whenReady().then(ready).catch((error: unknown) => {
    logger.error('Start-up failed', error);
    dialog.showErrorBox('Không khởi động được Khối Thi Đua', `Đã xảy ra lỗi khi khởi động. Chi tiết được ghi trong tệp nhật ký:\n${logger.file}`);
    app.quit();
  });
}

/** What the services may ask of the desktop: the dialogs, opening a file, showing it in its folder, printing the page to PDF. */
function desktopPort(getWindow: () => BrowserWindow | null, logger: Logger): DesktopPort {
  return {
    chooseSavePath: async (defaultPath) => {
      const options = { defaultPath, filters: saveFilters(defaultPath) };
      const window = getWindow();
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    openPath: async (file) => {
      const error = await shell.openPath(file);
      if (error) logger.warn(`Could not open ${file}: ${error}`);
    },
    showItemInFolder: (file) => shell.showItemInFolder(file),
    chooseOpenPath: async (name, extensions) => {
      const options = { properties: ['openFile' as const], filters: [{ name, extensions }] };
      const window = getWindow();
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    chooseFolder: async () => {
      const options = { properties: ['openDirectory' as const, 'createDirectory' as const] };
      const window = getWindow();
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    // One window: the one whose "Lưu PDF" asked is the one showing the preview.
    printToPdf: () => printWindowToPdf(getWindow()),
  };
}
