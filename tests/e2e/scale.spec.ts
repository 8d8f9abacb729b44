import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { closeYear, expect, openScreen, screen, test } from './fixtures.js';

const thisYear = new Date().getFullYear();

async function createBloc(page: Page) {
  await page.getByRole('button', { name: 'Tạo khối thi đua mới' }).click();
  await page.getByLabel('Tên khối thi đua').fill('Khối thi đua Văn hóa - Xã hội');
  await page.getByLabel(/Cơ quan chủ quản/).fill('UBND TỈNH BẮC KẠN');
  await page.getByLabel('Địa danh').fill('Bắc Kạn');
  await page.getByLabel('Cơ quan thường trực cấp tỉnh').fill('Ban Thi đua - Khen thưởng tỉnh Bắc Kạn');
  await page.getByRole('button', { name: 'Tạo khối thi đua', exact: true }).click();
  await expect(page.getByRole('heading', { name: `Tổng quan năm ${thisYear}` })).toBeVisible();
}

/** The criteria of group I, top to bottom, as their rows are named. */
const groupOne = (page: Page) =>
  page.locator('[data-row][aria-label^="Tiêu chí 1."]').evaluateAll((rows) => rows.map((r) => r.getAttribute('aria-label')));

/** A field by its exact label. */
const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });
const summary = (page: Page) => page.getByTestId('scale-summary');
const lockButton = (page: Page) => page.getByRole('button', { name: 'Khóa thang điểm' });

test('a new bloc starts its scale from the template, sees the sums, cannot lock it unbalanced, reorders, copies and locks it', async ({ page }) => {
  await createBloc(page);
  await openScreen(page, 'Thang điểm');
  await expect(page.getByText(`Năm ${thisYear} chưa có thang điểm`)).toBeVisible();
  await screen(page, 'scale-empty');

  // The bloc's template: three groups adding up to the base of 100, bonus capped at 10.
  await page.getByRole('button', { name: 'Bắt đầu từ mẫu của khối' }).click();
  await expect(page.getByRole('heading', { name: `Thang điểm năm ${thisYear}` })).toBeVisible();
  await expect(page.getByText('Nháp', { exact: true })).toBeVisible();
  await expect(summary(page)).toHaveText('Tổng điểm chuẩn 100 · Nhóm I 60/60 · II 20/20 · III 20/20 · Thưởng tối đa 10');
  await expect(page.getByText(/Thang điểm hợp lệ/)).toBeVisible();
  await expect(lockButton(page)).toBeEnabled();

  // A criterion's maximum lowered: the group no longer adds up and the scale cannot be locked.
  await field(page, 'Điểm tối đa tiêu chí 1.1').fill('28');
  await expect(page.getByTestId('group-sum').first()).toHaveText('Tổng tối đa các tiêu chí: 58/60 — chưa khớp');
  await expect(summary(page)).toContainText('Nhóm I 58/60');
  await expect(page.getByRole('list', { name: 'Cần sửa trước khi khóa' })).toContainText('Các tiêu chí của nhóm I cộng lại 58 điểm, chưa bằng điểm tối đa của nhóm 60');
  await expect(lockButton(page)).toBeDisabled();
  await screen(page, 'scale-editor-problem');

  // "Sửa" goes to the field; fixed, the scale is valid again.
  await page.getByRole('button', { name: /Đến chỗ cần sửa: Các tiêu chí của nhóm I/ }).click();
  await expect(field(page, 'Điểm tối đa nhóm I')).toBeFocused();
  await field(page, 'Điểm tối đa tiêu chí 1.1').fill('30');
  await expect(page.getByTestId('group-sum').first()).toHaveText('Tổng tối đa các tiêu chí: 60/60 ✓');
  await expect(lockButton(page)).toBeEnabled();

  // Alt+↓ in a row moves it down; the focus stays in the moved row.
  expect(await groupOne(page)).toEqual(['Tiêu chí 1.1', 'Tiêu chí 1.2', 'Tiêu chí 1.3', 'Tiêu chí 1.4']);
  await field(page, 'Tên tiêu chí 1.1').focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect.poll(() => groupOne(page)).toEqual(['Tiêu chí 1.2', 'Tiêu chí 1.1', 'Tiêu chí 1.3', 'Tiêu chí 1.4']);
  await expect(field(page, 'Tên tiêu chí 1.1')).toBeFocused();
  // "Đánh số lại": the codes follow the new order.
  await page.getByRole('button', { name: 'Đánh số lại' }).click();
  await expect(field(page, 'Tên tiêu chí 1.1')).toHaveValue('Thực hiện nhiệm vụ đột xuất được cấp có thẩm quyền giao');
  await expect(field(page, 'Tên tiêu chí 1.2')).toHaveValue(/^Hoàn thành các chỉ tiêu kế hoạch/);

  // A copy lands right below its original, under a marked code; 5 + 5 keeps the group at 60.
  await page.getByRole('button', { name: 'Sao chép tiêu chí 1.4' }).click();
  await expect.poll(() => groupOne(page)).toEqual(['Tiêu chí 1.1', 'Tiêu chí 1.2', 'Tiêu chí 1.3', 'Tiêu chí 1.4', 'Tiêu chí 1.4 (sao)']);
  await expect(summary(page)).toContainText('Nhóm I 70/60');
  await field(page, 'Mã tiêu chí 1.4 (sao)').fill('1.5');
  await field(page, 'Tên tiêu chí 1.5').fill('Ứng dụng công nghệ thông tin trong công tác thi đua');
  await field(page, 'Điểm tối đa tiêu chí 1.5').fill('5');
  await field(page, 'Điểm tối đa tiêu chí 1.4').fill('5');
  await expect(summary(page)).toContainText('Nhóm I 60/60');

  // Sub-criteria: the first takes over its criterion's maximum, which becomes their sum; an empty figure is named.
  await page.getByRole('button', { name: 'Thêm tiêu chí con cho tiêu chí 2.2' }).click();
  await expect(field(page, 'Điểm tối đa tiêu chí con 2.2.a')).toHaveValue('5');
  await page.getByRole('button', { name: 'Thêm tiêu chí con cho tiêu chí 2.2' }).click();
  await expect(page.getByRole('list', { name: 'Cần sửa trước khi khóa' })).toContainText('Tiêu chí con 2.2.b: Điểm phải là một số');
  await expect(page.getByText('Chưa lưu: sửa các ô báo đỏ để lưu')).toBeVisible();
  await expect(lockButton(page)).toBeDisabled();
  await field(page, 'Tên tiêu chí con 2.2.a').fill('Tham gia đầy đủ các hội nghị, hoạt động của Khối');
  await field(page, 'Điểm tối đa tiêu chí con 2.2.a').fill('3');
  await field(page, 'Tên tiêu chí con 2.2.b').fill('Gửi báo cáo đúng hạn');
  await field(page, 'Điểm tối đa tiêu chí con 2.2.b').fill('2');
  await expect(field(page, 'Điểm tối đa tiêu chí 2.2')).toHaveValue('5');
  await expect(summary(page)).toContainText('II 20/20');
  await expect(lockButton(page)).toBeEnabled();

  // A row dragged by its handle onto another lands in its place (once the edits above are saved: a save
  // landing mid-drag renders the rows anew under the pointer).
  await expect(page.getByRole('status', { name: 'Tổng hợp thang điểm' })).toContainText('Đã lưu');
  const row = (name: string) => page.getByRole('group', { name, exact: true });
  await row('Tiêu chí 3.4').locator('[draggable="true"]').dragTo(row('Tiêu chí 3.1'));
  await expect
    .poll(() => page.locator('[data-row][aria-label^="Tiêu chí 3."]').evaluateAll((rows) => rows.map((r) => r.getAttribute('aria-label'))))
    .toEqual(['Tiêu chí 3.4', 'Tiêu chí 3.1', 'Tiêu chí 3.2', 'Tiêu chí 3.3']);

  // Leaving the screen saves the draft; it is there on coming back.
  await openScreen(page, 'Tổng quan');
  await openScreen(page, 'Thang điểm');
  await expect(field(page, 'Tên tiêu chí 1.5')).toHaveValue('Ứng dụng công nghệ thông tin trong công tác thi đua');
  await expect(page.getByText('Đã lưu', { exact: true })).toBeVisible();
  await screen(page, 'scale-editor');

  // Locked after confirming: read-only, and it can still be unlocked while nobody has been scored.
  await lockButton(page).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Khóa thang điểm' }).click();
  await expect(page.getByText('Đã khóa', { exact: true })).toBeVisible();
  await expect(field(page, 'Điểm tối đa tiêu chí 1.5')).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Sao chép tiêu chí 1.5' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Mở khóa' })).toBeVisible();
  await page.reload();
  await openScreen(page, 'Thang điểm');
  await expect(page.getByText('Đã khóa', { exact: true })).toBeVisible();
  await expect(field(page, 'Điểm tối đa tiêu chí 1.5')).toHaveValue('5');
  await screen(page, 'scale-locked');
});

/** A scale as an officer keeps it in Excel: a title, then code, content, maximum and guidance. */
async function officerWorkbook(rows: (string | number)[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Thang điểm');
  sheet.addRow(['BẢNG TIÊU CHÍ CHẤM ĐIỂM THI ĐUA']);
  sheet.addRow([]);
  for (const row of rows) sheet.addRow(row);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'thang-diem-')), 'Thang diem 2026.xlsx');
  await workbook.xlsx.writeFile(file);
  return file;
}

test('a scale imported from the officers\' workbook; an unreadable workbook is refused and the draft kept; a closed year only shows it', async ({ page }) => {
  await createBloc(page);
  await openScreen(page, 'Thang điểm');
  const good = await officerWorkbook([
    ['TT', 'Nội dung', 'Điểm tối đa', 'Hướng dẫn chấm'],
    ['I', 'Thực hiện nhiệm vụ chuyên môn', 70, ''],
    ['1.1', 'Hoàn thành kế hoạch năm', 50, 'Theo báo cáo tổng kết năm của đơn vị'],
    ['1.2', 'Cải cách hành chính', '', ''],
    ['a', 'Chỉ số PAR INDEX', 10, ''],
    ['b', 'Chỉ số SIPAS', 10, ''],
    ['II', 'Công tác thi đua, khen thưởng', 30, ''],
    ['2.1', 'Tổ chức phong trào thi đua', 30, ''],
    ['', 'ĐIỂM THƯỞNG', 5, ''],
    ['', 'Được tặng Cờ thi đua', 3, ''],
  ]);
  await page.locator('input[type=file]').setInputFiles(good);
  await expect(page.getByRole('heading', { name: `Thang điểm năm ${thisYear}` })).toBeVisible();
  await expect(summary(page)).toHaveText('Tổng điểm chuẩn 100 · Nhóm I 70/70 · II 30/30 · Thưởng tối đa 5');
  await expect(field(page, 'Điểm tối đa tiêu chí 1.2')).toHaveValue('20');
  await expect(field(page, 'Tên tiêu chí con 1.2.b')).toHaveValue('Chỉ số SIPAS');
  await expect(field(page, 'Tên mục điểm thưởng 1')).toHaveValue('Được tặng Cờ thi đua');
  await page.getByRole('group', { name: 'Tiêu chí 1.1', exact: true }).getByRole('button', { name: /Hướng dẫn chấm/ }).click();
  await expect(field(page, 'Hướng dẫn chấm tiêu chí 1.1')).toHaveValue('Theo báo cáo tổng kết năm của đơn vị');

  // A workbook without the table's header: asked first (it would replace the draft), then refused, the draft kept.
  const bad = await officerWorkbook([['Tiêu chí chấm điểm'], ['Hoàn thành kế hoạch', 50]]);
  await page.locator('input[type=file]').setInputFiles(bad);
  await page.getByRole('dialog').getByRole('button', { name: 'Thay thang điểm' }).click();
  const refused = page.getByRole('dialog', { name: 'Không nhập được thang điểm từ tệp Thang diem 2026.xlsx' });
  await expect(refused).toContainText('không tìm thấy dòng tiêu đề của bảng');
  await refused.getByRole('button').click();
  await expect(refused).toBeHidden();
  await expect(field(page, 'Tên tiêu chí con 1.2.b')).toHaveValue('Chỉ số SIPAS');

  // Once the year is closed the scale is only read: no field, no action changes it.
  await expect(page.getByText('Đã lưu', { exact: true })).toBeVisible();
  await closeYear(page, thisYear);
  await openScreen(page, 'Thang điểm');
  await expect(page.getByText(`Năm ${thisYear} đã khóa sổ: thang điểm chỉ để xem.`)).toBeVisible();
  await expect(field(page, 'Tên tiêu chí con 1.2.b')).toBeDisabled();
  await expect(field(page, 'Điểm tối đa nhóm I')).toBeDisabled();
  for (const action of ['Bắt đầu từ mẫu của khối', 'Nhập từ Excel', 'Khóa thang điểm', 'Sao chép tiêu chí 1.1', 'Lưu']) {
    await expect(page.getByRole('button', { name: action, exact: true })).toHaveCount(0);
  }
});
