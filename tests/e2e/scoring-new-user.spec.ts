// The scoring half of a year as a new user meets it: a small scale built by hand, figures typed with the
// keyboard only, a unit's workbook sent, filled in and returned, the ranking after each step.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { expect, openDemo, openScreen, screen, test } from './fixtures.js';

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });
const grid = (page: Page) => page.getByRole('grid', { name: 'Bảng chấm điểm' });
const row = (page: Page, unit: string) => grid(page).locator('tbody tr').filter({ has: page.getByRole('rowheader', { name: unit }) });
async function standing(page: Page, unit: string, what: 'total' | 'rank') {
  const id = await row(page, unit).locator('td[data-unit-id]').first().getAttribute('data-unit-id');
  return page.getByTestId(`${what}-${id}`);
}

test('a new user builds a small scale, scores with the keyboard, sends a workbook and takes it back', async ({ page }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'khoi-thi-dua-new-user-'));
  try {
    // The demo's 2020 has ten members and no scale yet.
    await openDemo(page, 2020);
    await openScreen(page, 'Thang điểm');
    await page.getByRole('button', { name: 'Bắt đầu trống' }).click();
    await field(page, 'Tổng điểm chuẩn').fill('10');
    await field(page, 'Tên nhóm I').fill('Thực hiện nhiệm vụ chuyên môn');
    await field(page, 'Điểm tối đa nhóm I').fill('10');
    for (const [code, name, max] of [
      ['1.1', 'Hoàn thành kế hoạch năm', '6'],
      ['1.2', 'Báo cáo đúng hạn', '4'],
    ] as const) {
      await page.getByRole('button', { name: '+ Thêm tiêu chí vào nhóm I' }).click();
      await field(page, `Tên tiêu chí ${code}`).fill(name);
      await field(page, `Điểm tối đa tiêu chí ${code}`).fill(max);
    }
    await expect(page.getByTestId('scale-summary')).toContainText('Tổng điểm chuẩn 10 · Nhóm I 10/10');
    await page.getByRole('button', { name: 'Khóa thang điểm' }).click();
    await page.getByRole('dialog').getByRole('button', { name: /Khóa/ }).click();
    await expect(page.getByText('Đã khóa', { exact: true })).toBeVisible();

    // Scores with the keyboard only: one click, then figures, Enter going down the column.
    await openScreen(page, 'Chấm điểm');
    await expect(grid(page).locator('tbody tr')).toHaveCount(10);
    const units = await grid(page).getByRole('rowheader').allInnerTexts();
    await row(page, units[0]!).locator('td[data-item-key][data-side="self"]').first().click();
    for (const figure of ['5', '6', '4,5']) {
      await page.keyboard.type(figure);
      await page.keyboard.press('Enter');
    }
    await expect(await standing(page, units[1]!, 'total')).toHaveText('6');
    await expect(await standing(page, units[1]!, 'rank')).toHaveText('1');
    await expect(await standing(page, units[0]!, 'rank')).toHaveText('2');
    // The third unit's 1.2 by keyboard too: it overtakes the second.
    await row(page, units[2]!).locator('td[data-item-key][data-side="self"]').first().click();
    await page.keyboard.press('Tab'); // to the bloc's figure of 1.1
    await page.keyboard.press('Tab'); // to the unit's figure of 1.2
    await page.keyboard.type('4');
    await page.keyboard.press('Enter');
    await expect(await standing(page, units[2]!, 'total')).toHaveText('8,5');
    await expect(await standing(page, units[2]!, 'rank')).toHaveText('1');
    await screen(page, 'new-user-grid');

    // The fourth unit's workbook goes out, comes back filled in, is previewed, then imported.
    await page.getByRole('tab', { name: 'Bảng tự chấm (Excel)' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: `Tải bảng tự chấm của ${units[3]}` }).click(),
    ]);
    const sent = path.join(dir, download.suggestedFilename());
    await download.saveAs(sent);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(sent);
    const sheet = workbook.getWorksheet('Tự chấm')!;
    sheet.eachRow((r) => {
      const figure = { '1.1': 6, '1.2': 4 }[String(r.getCell(1).value)];
      if (figure !== undefined) r.getCell(5).value = figure;
    });
    await workbook.xlsx.writeFile(sent);
    await page.locator('.ant-card').filter({ hasText: 'Nhận bảng tự chấm đơn vị gửi lại' }).locator('input[type="file"]').setInputFiles(sent);
    await expect(page.getByTestId('import-preview-item')).toContainText(`${units[3]}: 2 tiêu chí, tổng 10`);
    await page.getByRole('button', { name: 'Nhập 1 tệp hợp lệ' }).click();
    await expect(page.getByText(`Đã nhập 1 tệp: ${path.basename(sent)}`)).toBeVisible();

    await openScreen(page, 'Xếp hạng');
    const first = page.locator('.ant-table-tbody tr.ant-table-row').first();
    await expect(first).toContainText(units[3]!);
    await expect(first.locator('td').first()).toHaveText('1');
    await screen(page, 'new-user-ranking');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
