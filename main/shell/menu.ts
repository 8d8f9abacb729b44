// The application menu, in Vietnamese. Standard roles do the work; labels are
// set explicitly because Electron's built-in labels are English.
import { app, dialog, Menu, shell, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { WINDOW_TITLE } from './window.js';

export interface MenuOptions {
  dataDir: string;
  getWindow: () => BrowserWindow | null;
}

export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    { label: 'Tải lại', role: 'reload' },
    { type: 'separator' },
    { label: 'Phóng to', role: 'zoomIn' },
    { label: 'Thu nhỏ', role: 'zoomOut' },
    { label: 'Kích thước thực', role: 'resetZoom' },
    { type: 'separator' },
    { label: 'Toàn màn hình', role: 'togglefullscreen' },
  ];
  // Developer tools only when running from source, not in the installed app.
  if (!app.isPackaged) view.push({ type: 'separator' }, { label: 'Công cụ nhà phát triển', role: 'toggleDevTools' });

  return [
    { label: 'Tệp', submenu: [{ label: 'Thoát', role: 'quit', accelerator: 'CmdOrCtrl+Q' }] },
    {
      label: 'Sửa',
      submenu: [
        { label: 'Hoàn tác', role: 'undo' },
        { label: 'Làm lại', role: 'redo' },
        { type: 'separator' },
        { label: 'Cắt', role: 'cut' },
        { label: 'Sao chép', role: 'copy' },
        { label: 'Dán', role: 'paste' },
        { label: 'Chọn tất cả', role: 'selectAll' },
      ],
    },
    { label: 'Xem', submenu: view },
    {
      label: 'Trợ giúp',
      submenu: [
        { label: 'Mở thư mục dữ liệu', click: () => void openDataFolder(options) },
        { type: 'separator' },
        { label: 'Giới thiệu', click: () => void showAbout(options) },
      ],
    },
  ];
}

export function installMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(options)));
}

async function openDataFolder(options: MenuOptions): Promise<void> {
  // openPath answers an error string rather than throwing.
  const error = await shell.openPath(options.dataDir);
  if (error) dialog.showErrorBox('Không mở được thư mục dữ liệu', `${options.dataDir}\n\n${error}`);
}

async function showAbout(options: MenuOptions): Promise<void> {
  const message = {
    type: 'info' as const,
    title: 'Giới thiệu',
    message: `${WINDOW_TITLE} — phiên bản ${app.getVersion()}`,
    detail: `Phần mềm thư ký Khối thi đua, hoạt động không cần mạng.\n\nThư mục dữ liệu:\n${options.dataDir}`,
    buttons: ['Đóng'],
  };
  const window = options.getWindow();
  await (window && !window.isDestroyed() ? dialog.showMessageBox(window, message) : dialog.showMessageBox(message));
}
