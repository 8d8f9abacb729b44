// "Lưu PDF" on the desktop: Chromium prints the window's page to PDF as it would on paper. The page's print
// stylesheet (renderer/app/print.css, renderer/documents/preview/preview.css) leaves only the document sheet,
// sets A4 and its orientation with @page, and keeps the Decree 30 margins as the sheet's padding on every
// page (20 mm top and bottom, 30 mm left, 15 mm right): so Chromium adds no margin, header or footer of its own.
import type { BrowserWindow } from 'electron';
import { ServiceError } from '../common/errors.js';

export const PDF_OPTIONS: Electron.PrintToPDFOptions = {
  pageSize: 'A4',
  preferCSSPageSize: true,
  printBackground: true,
  displayHeaderFooter: false,
  margins: { top: 0, bottom: 0, left: 0, right: 0 },
};

/** The window's page as PDF; refused (in Vietnamese) when the window is gone. */
export async function printWindowToPdf(window: BrowserWindow | null): Promise<Uint8Array> {
  if (!window || window.isDestroyed()) throw new ServiceError('CONFLICT', 'Cửa sổ văn bản đã đóng, không thể lưu PDF.');
  return window.webContents.printToPDF(PDF_OPTIONS);
}
