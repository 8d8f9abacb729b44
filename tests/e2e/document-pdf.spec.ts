// A document as PDF and on paper: the print stylesheet leaves the sheet alone, whole, with the Decree 30
// margins on every page (Chromium's print to PDF, as the desktop's "Lưu PDF" uses it); other screens print
// without the menu and buttons. Two rough edges of the documents screen: focus in the issue dialog, and the
// meeting picker after a reload.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, openDemo, openScreen, screen, settled, switchYear, test } from './fixtures.js';

test.use({ viewport: { width: 1366, height: 768 } });

const preview = (page: Page) => page.getByTestId('document-preview');
const MM = 72 / 25.4; // PDF points per millimetre

/** Opens a meeting of the shown year from "Hội nghị" and answers its id (from the address). */
async function openMeeting(page: Page, name: string): Promise<number> {
  await openScreen(page, 'Hội nghị');
  await page.getByRole('row', { name }).click();
  await expect(page.getByRole('heading', { name })).toBeVisible();
  return Number(new URL(page.url()).hash.match(/id=(\d+)/)![1]);
}

/** Each page's words with their boxes, from poppler's pdftotext -bbox. */
function wordsByPage(pdf: string): { width: number; height: number; words: { x: number; y: number; x2: number; y2: number; text: string }[] }[] {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
  return [...html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map(([, width, height, body]) => ({
    width: Number(width),
    height: Number(height),
    words: [...body!.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(([, x, y, x2, y2, text]) => ({
      x: Number(x),
      y: Number(y),
      x2: Number(x2),
      y2: Number(y2),
      text: text!,
    })),
  }));
}

test('a document prints alone: no menu, header or buttons, the sheet whole, Decree 30 margins on every PDF page', async ({ page }, info) => {
  await openDemo(page, 2018);
  await openMeeting(page, 'Hội nghị ký kết giao ước thi đua năm 2018');
  await page.getByRole('button', { name: 'Biên bản' }).click();
  await expect(preview(page)).toContainText('BIÊN BẢN');
  // Browser mode: the browser's print dialog saves the PDF; the desktop's own "Lưu PDF" is not offered.
  await expect(page.getByRole('button', { name: 'In / Lưu PDF' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Lưu PDF', exact: true })).toHaveCount(0);
  await screen(page, 'pdf-minutes-screen');

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Chức năng' })).toBeHidden();
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('button', { name: 'In / Lưu PDF' })).toBeHidden();
  await expect(page.locator('#root')).toBeHidden();
  const sheet = page.locator('.kt-print .kt-sheet');
  await expect(sheet).toBeVisible();
  await expect(sheet).toContainText('BIÊN BẢN');
  // The whole A4 width (210 mm at 96 px per inch), from the page's left edge, without a shadow.
  const box = (await sheet.boundingBox())!;
  expect(box.x).toBe(0);
  expect(box.width).toBeCloseTo((210 / 25.4) * 96, 0);
  expect(await sheet.evaluate((e) => getComputedStyle(e).boxShadow)).toBe('none');
  await screen(page, 'pdf-minutes-print');

  // Chromium's print to PDF with the desktop shell's options (main/shell/pdf.ts).
  const file = info.outputPath('bien-ban.pdf');
  await page.pdf({ path: file, format: 'A4', preferCSSPageSize: true, printBackground: true, margin: { top: '0', bottom: '0', left: '0', right: '0' } });
  const pages = wordsByPage(file);
  expect(pages.length).toBeGreaterThan(1);
  const text = pages.flatMap((p) => p.words.map((w) => w.text)).join(' ');
  expect(text).toContain('BIÊN');
  expect(text).not.toContain('Chức năng');
  expect(text).not.toContain('Lưu DOCX');
  for (const [i, { width, height, words }] of pages.entries()) {
    expect([Math.round(width), Math.round(height)], `page ${i + 1} is A4 portrait`).toEqual([595, 842]);
    expect(words.length, `page ${i + 1} has text`).toBeGreaterThan(0);
    // Decree 30: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm, on every page.
    expect(Math.min(...words.map((w) => w.y)), `page ${i + 1} top`).toBeGreaterThanOrEqual(20 * MM - 1);
    expect(height - Math.max(...words.map((w) => w.y2)), `page ${i + 1} bottom`).toBeGreaterThanOrEqual(20 * MM - 1);
    expect(Math.min(...words.map((w) => w.x)), `page ${i + 1} left`).toBeGreaterThanOrEqual(30 * MM - 1);
    expect(width - Math.max(...words.map((w) => w.x2)), `page ${i + 1} right`).toBeGreaterThanOrEqual(15 * MM - 1);
  }
  fs.copyFileSync(file, path.join('test-results', 'screens', 'pdf-minutes.pdf'));
});

test('a screen without a document prints its content alone, tables across the page', async ({ page }) => {
  await openDemo(page);
  await openScreen(page, 'Đơn vị');
  await expect(page.locator('.ant-table-row').first()).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Chức năng' })).toBeHidden();
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.locator('.ant-btn').filter({ visible: true })).toHaveCount(0);
  // Screen controls: the search box, the rows' checkboxes.
  await expect(page.getByRole('searchbox', { name: 'Tìm đơn vị' })).toBeHidden();
  await expect(page.getByRole('checkbox').filter({ visible: true })).toHaveCount(0);
  const table = page.locator('.ant-table table').first();
  await expect(table).toBeVisible();
  // The page's whole width (the menu's 220 px are gone), shared by the columns that print: a column marked
  // no-print (the actions) leaves no blank strip.
  expect((await table.boundingBox())!.width).toBe(1366);
  const printed = table.locator('thead th').filter({ visible: true });
  const widths = await printed.evaluateAll((cells) => cells.map((c) => c.getBoundingClientRect().right));
  expect(Math.max(...widths)).toBe(1366);
  await screen(page, 'pdf-units-print');
});

test('the issue dialog opens on its date, and a date typed over the default is the one issued', async ({ page }) => {
  await openDemo(page, 2018);
  await openMeeting(page, 'Hội nghị ký kết giao ước thi đua năm 2018');
  await page.getByRole('button', { name: 'Giấy mời' }).click();
  await expect(page.getByText('Văn bản đạt thể thức')).toBeVisible();
  await page.getByRole('button', { name: 'Ban hành', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Ban hành văn bản' });
  const field = dialog.getByLabel('Ngày ban hành');
  // Focus on the date (a week before the meeting), not on the close button; its text selected.
  await expect(field).toBeFocused();
  await expect(field).toHaveValue('02/03/2018');
  expect(await field.evaluate((input: HTMLInputElement) => [input.selectionStart, input.selectionEnd])).toEqual([0, 10]);
  await settled(page);
  await screen(page, 'pdf-issue-dialog-focus');

  // Typed as an officer does, the pointer still where "Ban hành" was clicked, then "Ban hành" without Enter:
  // no calendar opens under the pointer to rewrite the text, and the typed day is the one issued.
  await page.keyboard.type('05/03/2018', { delay: 30 });
  await expect(field).toHaveValue('05/03/2018');
  await dialog.getByRole('button', { name: 'Ban hành' }).click();
  await expect(page.getByText('Đã ban hành văn bản số 01/GM-KTĐVHXH')).toBeVisible();
  await expect(preview(page)).toContainText('Bắc Kạn, ngày 05 tháng 3 năm 2018');
});

test('a date that is not a day/month/year is refused in the issue dialog, not replaced by the default', async ({ page }) => {
  await openDemo(page, 2018);
  await openMeeting(page, 'Hội nghị ký kết giao ước thi đua năm 2018');
  await page.getByRole('button', { name: 'Biên bản' }).click();
  await expect(page.getByText('Văn bản đạt thể thức')).toBeVisible();
  await page.getByRole('button', { name: 'Ban hành', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Ban hành văn bản' });
  await expect(dialog.getByLabel('Ngày ban hành')).toHaveValue('09/03/2018');
  await page.keyboard.type('9/3/18');
  await dialog.getByRole('button', { name: 'Ban hành' }).click();
  await expect(dialog).toContainText('Ngày ban hành phải có dạng ngày/tháng/năm, ví dụ 09/03/2018.');
  await expect(dialog).toBeVisible();
});

test('after a reload the meeting picker shows the meeting, never its bare id', async ({ page }) => {
  await openDemo(page);
  const id = await openMeeting(page, 'Hội nghị tổng kết công tác thi đua, khen thưởng năm 2022');
  await page.getByRole('button', { name: 'Biên bản' }).click();
  await expect(preview(page)).toContainText('BIÊN BẢN');
  const picker = page.locator('.ant-form-item').filter({ hasText: 'Hội nghị' }).first().locator('.ant-select');

  // Reloaded on the address, the meetings list held back: a loading card, not the id.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/meetings.list', async (route) => {
    await held;
    await route.continue();
  });
  await page.reload();
  await expect(page.locator('.ant-card-loading')).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Hội nghị', exact: true })).toHaveCount(0);
  await screen(page, 'pdf-meeting-picker-loading');
  release();
  await expect(picker).toContainText('Hội nghị tổng kết công tác thi đua, khen thưởng năm 2022');
  await expect(preview(page)).toContainText('BIÊN BẢN');
  await page.unroute('**/api/meetings.list');
  await screen(page, 'pdf-meeting-picker-reloaded');

  // The same address in another year: that year has no such meeting, the picker asks for one.
  await switchYear(page, 2018);
  await expect(page.getByText('Chọn hội nghị để xem trước văn bản.')).toBeVisible();
  await expect(picker).toContainText('Chọn hội nghị');
  await expect(picker).not.toContainText(String(id));
});
