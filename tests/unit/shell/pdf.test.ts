// "Lưu PDF" in the shell (main/shell/pdf.ts) through a fake `electron`: the window's own page is printed, on A4,
// with the sizes and margins the page's print stylesheet sets, and no header or footer of Chromium's.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { mockedElectron } from '../../electron/fake-electron.js';

vi.mock('electron', async () => (await import('../../electron/fake-electron.js')).mockElectronModule());

const { createMainWindow } = await import('../../../main/shell/window.js');
const { printWindowToPdf } = await import('../../../main/shell/pdf.js');

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ktd-pdf-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

const window = () => createMainWindow({ dataDir, preload: '/app/dist/preload/index.cjs', onStateSaveError: () => undefined });

describe('printWindowToPdf', () => {
  it("prints the window's page as the print stylesheet lays it out: A4, the CSS page size, no margins added", async () => {
    const pdf = await printWindowToPdf(window());
    expect(Buffer.from(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    const printed = mockedElectron().calls.filter((c) => c.startsWith('webContents.printToPDF '));
    expect(printed.map((c) => JSON.parse(c.slice('webContents.printToPDF '.length)))).toEqual([
      {
        pageSize: 'A4',
        // A landscape score summary sets `@page { size: A4 landscape }`: that wins over pageSize.
        preferCSSPageSize: true,
        printBackground: true,
        displayHeaderFooter: false,
        // The Decree 30 margins are the sheet's own, repeated on every page (preview.css).
        margins: { top: 0, bottom: 0, left: 0, right: 0 },
      },
    ]);
  });

  it('says so in Vietnamese when the window is gone', async () => {
    const closed = window();
    closed.isDestroyed = () => true;
    await expect(printWindowToPdf(closed)).rejects.toThrow('Cửa sổ văn bản đã đóng, không thể lưu PDF.');
    await expect(printWindowToPdf(null)).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});
