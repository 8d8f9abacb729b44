// The register after the conference: the 2022 pledge's signed scan attached to its entry, tagged "Đã có bản
// ký", found by the filter, opened (a download in browser mode); the register exported as a workbook and
// printable. Screens at 1366×768.
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { expect, openDemo, openScreen, screen, settled, test } from './fixtures.js';

test.use({ viewport: { width: 1366, height: 768 } });

/** A small PNG (2×2, grey): what the scanner or the phone gives, as far as the checks go. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAAAAABX3VL4AAAADklEQVR4nGNgYGBgYAAAAAUAAXpeqz8AAAAASUVORK5CYII=',
  'base64',
);

test('the 2022 pledge: its signed scan attached, tagged, filtered, opened; the register exported and printable', async ({ page }, testInfo) => {
  await openDemo(page);
  // The pledge is issued first, as after the signing conference.
  await openScreen(page, 'Giao ước thi đua');
  await expect(page.getByRole('heading', { name: 'Giao ước thi đua năm 2022' })).toBeVisible();
  // The demo's 2022 pledge is the bloc's template, not saved yet.
  await page.getByRole('button', { name: 'Lưu và xem trước' }).click();
  await expect(page.getByText('Văn bản đạt thể thức')).toBeVisible();
  await page.getByRole('button', { name: 'Ban hành', exact: true }).click();
  const issue = page.getByRole('dialog', { name: 'Ban hành văn bản' });
  const date = issue.getByLabel('Ngày ban hành');
  if ((await date.inputValue()) === '') {
    await date.fill('15/03/2022');
    await date.press('Enter');
  }
  await issue.getByRole('button', { name: 'Ban hành' }).click();
  await expect(page.getByText('Đã ban hành văn bản (không số)')).toBeVisible();

  await openScreen(page, 'Sổ văn bản');
  const pledge = page.locator('.ant-table-row').filter({ hasText: 'Bản giao ước thi đua năm 2022' });
  await expect(pledge).toHaveCount(1);
  await expect(pledge).not.toContainText('Đã có bản ký');
  await pledge.getByRole('button', { name: /^Bản ký của văn bản không số/ }).click();
  const dialog = page.getByRole('dialog', { name: /^Bản ký của văn bản không số/ });
  await expect(dialog).toContainText('quét bản đã ký và đóng dấu');
  await settled(page);
  await screen(page, 'register-signed-copy-empty');

  // A Word file is refused with the service's words; nothing is attached.
  await dialog.locator('input[type=file]').setInputFiles({ name: 'giao-uoc.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK') });
  await expect(page.getByText('Tệp “giao-uoc.docx” không nhận làm bản ký: bản ký là bản quét PDF, hoặc ảnh chụp JPG hay PNG.')).toBeVisible();
  await expect(pledge).not.toContainText('Đã có bản ký');

  await dialog.locator('input[type=file]').setInputFiles({ name: 'giao-uoc-2022-da-ky.png', mimeType: 'image/png', buffer: PNG });
  await expect(page.getByText('Đã đính kèm bản ký của văn bản không số')).toBeVisible();
  await expect(dialog).toContainText('giao-uoc-2022-da-ky.png');
  await expect(dialog.getByRole('button', { name: 'Thay bản ký…' })).toBeVisible();
  await settled(page);
  await screen(page, 'register-signed-copy');

  // Opened: browser mode hands the very file over as a download.
  const opened = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Mở giao-uoc-2022-da-ky.png' }).click();
  const download = await opened;
  expect(download.suggestedFilename()).toBe('giao-uoc-2022-da-ky.png');
  const saved = testInfo.outputPath('ban-ky.png');
  await download.saveAs(saved);
  expect(fs.readFileSync(saved).equals(PNG)).toBe(true);
  await dialog.getByRole('button', { name: 'Đóng' }).click();
  await expect(dialog).toBeHidden();

  await expect(pledge).toContainText('Đã có bản ký');
  // The messages have faded: the screen as the officer reads it.
  await expect(page.locator('.ant-message-notice')).toHaveCount(0, { timeout: 15_000 });
  await screen(page, 'register-signed-tag');

  // The filter: only entries with a signed copy, or only those still without one.
  const filter = page.getByRole('combobox', { name: 'Lọc theo bản ký' });
  await filter.click();
  await page.locator('.ant-select-item-option').filter({ hasText: 'Chưa có bản ký' }).click();
  await expect(pledge).toHaveCount(0);
  await filter.click();
  await page.locator('.ant-select-item-option').filter({ hasText: 'Đã có bản ký' }).click();
  await expect(page.locator('.ant-table-row')).toHaveCount(1);
  await expect(page.getByText('Tìm thấy 1 trên 1 văn bản')).toBeVisible();
  await screen(page, 'register-filter-signed');

  // Exported: the year's register as a workbook, the signed copy said.
  const exported = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất Excel' }).click();
  await page.getByRole('menuitem', { name: 'Sổ văn bản năm 2022' }).click();
  const workbook = await exported;
  expect(workbook.suggestedFilename()).toBe('So-van-ban-2022.xlsx');
  const file = testInfo.outputPath('so-van-ban.xlsx');
  await workbook.saveAs(file);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet('Sổ văn bản')!;
  expect(ws.getRow(3).values).toEqual([undefined, 'STT', 'Số, ký hiệu', 'Ngày ban hành', 'Loại văn bản', 'Trích yếu', 'Nơi nhận', 'Trạng thái', 'Bản ký']);
  expect(ws.getCell('B4').value).toBe('Không số');
  expect(ws.getCell('E4').value).toBe('Bản giao ước thi đua năm 2022');
  expect(ws.getCell('H4').value).toBe('Có');

  // Printable: the print stylesheet leaves the register's table, without the buttons and the actions column.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'In sổ' })).toBeHidden();
  await expect(page.getByRole('columnheader', { name: 'Thao tác' })).toBeHidden();
  await expect(page.locator('.kt-print-only')).toHaveText('Khối thi đua Văn hóa - Xã hội');
  await expect(pledge).toContainText('Đã có bản ký');
  await screen(page, 'register-print');
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('.kt-print-only')).toBeHidden();
});
