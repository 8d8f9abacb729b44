import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { expect, openDemo, openScreen, screen, settled, tableRows, test } from './fixtures.js';

const members = (page: import('@playwright/test').Page) => tableRows(page);

test('a list pasted from Excel is read, checked per row and added at once; 12 units fit a 768-pixel screen', async ({ page }) => {
  await openDemo(page);
  await openScreen(page, 'Đơn vị');
  await expect(members(page)).toHaveCount(10);
  await page.getByRole('button', { name: 'Dán danh sách' }).click();
  const dialog = page.getByRole('dialog', { name: 'Dán danh sách đơn vị' });
  // Columns in another order than the app's, under a header; a duplicate, a member already and an empty name.
  const pasted = [
    'Thủ trưởng\tChức vụ\tTên đơn vị\tViết tắt',
    'Hoàng Văn T\tGIÁM ĐỐC\tSở Tư pháp\tSTP',
    'Lê Thị N\tGIÁM ĐỐC\tSở Nội vụ\tSNV',
    '\t\tsở tư pháp\t',
    'Đặng Văn H\tGIÁM ĐỐC\tSở Y tế\tSYT',
    'Nông Văn B\tTRƯỞNG BAN\t\tBTG',
  ].join('\n');
  await dialog.getByLabel('Danh sách đơn vị').fill(pasted);
  await expect(dialog.getByTestId('import-summary')).toContainText(
    'Đọc được 5 dòng; các cột nhận theo dòng tiêu đề: Họ tên thủ trưởng, Chức vụ thủ trưởng, Tên đơn vị, Tên viết tắt.',
  );
  const preview = dialog.getByRole('table').locator('tbody tr.ant-table-row');
  await expect(preview).toHaveCount(5);
  await expect(preview.nth(2)).toContainText('Trùng tên với dòng 2 của danh sách.');
  await expect(preview.nth(3)).toContainText('Đơn vị “Sở Y tế” đã có trong khối năm 2022.');
  await expect(preview.nth(4)).toContainText('Tên đơn vị không được để trống');
  await settled(page);
  await screen(page, 'units-paste-preview');
  await dialog.getByRole('button', { name: 'Thêm 2 đơn vị' }).click();
  await expect(page.getByText('Đã thêm 2 đơn vị vào năm 2022')).toBeVisible();
  await expect(dialog).toBeHidden();
  await expect(members(page)).toHaveCount(12);
  await expect(members(page).filter({ hasText: 'Sở Tư pháp' })).toContainText('Hoàng Văn T');

  // Compact: the twelfth unit is on screen at 1366×768 without scrolling the page.
  await page.setViewportSize({ width: 1366, height: 768 });
  await screen(page, 'units-compact-table');
  const last = await members(page).nth(11).boundingBox();
  expect(last!.y + last!.height).toBeLessThanOrEqual(768);
  expect(await page.evaluate(() => document.scrollingElement!.scrollTop)).toBe(0);
});

test('the keyboard walks the table: arrows move between rows, Enter opens the drawer without saving, Escape closes', async ({ page }) => {
  await openDemo(page);
  await openScreen(page, 'Đơn vị');
  await page.setViewportSize({ width: 1366, height: 768 });
  const rows = members(page);
  await rows.nth(0).focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(rows.nth(2)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(rows.nth(1)).toBeFocused();
  const name = await rows.nth(1).locator('strong').innerText();
  await page.keyboard.press('Enter');
  const drawer = page.getByRole('dialog', { name: 'Sửa đơn vị năm 2022' });
  await expect(drawer).toBeVisible();
  await expect(drawer.getByLabel('Tên đơn vị', { exact: true })).toHaveValue(name);
  // Saving would close the drawer and say "Đã lưu": neither happens.
  await page.waitForTimeout(1000);
  await expect(drawer).toBeVisible();
  await expect(page.getByText('Đã lưu', { exact: true })).toHaveCount(0);
  await settled(page);
  await screen(page, 'units-keyboard-drawer');
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
});

test('a workbook is imported through the same preview; the list is exported as a workbook and printed', async ({ page }, testInfo) => {
  await openDemo(page);
  await openScreen(page, 'Đơn vị');
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Đơn vị').addRows([
    ['STT', 'Tên đơn vị', 'Tên viết tắt', 'Chức vụ thủ trưởng', 'Họ tên thủ trưởng'],
    [1, 'Sở Tư pháp', 'STP', 'GIÁM ĐỐC', 'Hoàng Văn T'],
    [2, 'Sở Y tế', 'SYT', 'GIÁM ĐỐC', 'Đặng Văn H'],
  ]);
  const file = testInfo.outputPath('don-vi.xlsx');
  await wb.xlsx.writeFile(file);
  await page.locator('input[type=file][accept=".xlsx"]').setInputFiles(file);
  const dialog = page.getByRole('dialog', { name: 'Nhập danh sách đơn vị từ tệp don-vi.xlsx' });
  await expect(dialog.getByTestId('import-summary')).toContainText('Đọc được 2 dòng; các cột nhận theo dòng tiêu đề');
  await expect(dialog).toContainText('Đơn vị “Sở Y tế” đã có trong khối năm 2022.');
  await settled(page);
  await screen(page, 'units-xlsx-preview');
  await dialog.getByRole('button', { name: 'Thêm 1 đơn vị' }).click();
  await expect(members(page)).toHaveCount(11);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất Excel' }).click();
  const saved = await download;
  expect(saved.suggestedFilename()).toBe('Danh-sach-don-vi-2022.xlsx');
  const exported = new ExcelJS.Workbook();
  await exported.xlsx.load(fs.readFileSync(await saved.path()) as never);
  const names = exported.worksheets[0]!.getColumn(2).values.slice(5);
  expect(names).toHaveLength(11);
  expect(names).toContain('Sở Tư pháp');

  // "In" prints the page; the buttons themselves are left off the paper.
  await page.evaluate(() => {
    window.print = () => document.body.setAttribute('data-printed', 'yes');
  });
  const print = page.getByRole('button', { name: 'In', exact: true });
  await expect(print).toHaveClass(/no-print/);
  await print.click();
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
});

test('removing a unit from a year whose pledge was issued warns first, and the pledge page says it must be re-issued', async ({ page }) => {
  await openDemo(page, 2018);
  await openScreen(page, 'Giao ước thi đua');
  await page.getByRole('button', { name: 'Xem trước, in và ban hành' }).click();
  await page.getByRole('button', { name: 'Ban hành', exact: true }).click();
  const issue = page.getByRole('dialog', { name: 'Ban hành văn bản' });
  await issue.getByRole('button', { name: 'Ban hành' }).click();
  await expect(page.getByText('Đã ban hành văn bản (không số)')).toBeVisible();

  await openScreen(page, 'Đơn vị');
  await page.getByRole('button', { name: 'Bỏ Sở Y tế khỏi năm 2018' }).click();
  const confirm = page.getByRole('tooltip');
  await expect(confirm.getByTestId('pledge-warning')).toHaveText(
    'Đã ban hành bản giao ước thi đua năm 2018 (không số, ban hành ngày 09/3/2018) có tên đơn vị này: sau khi thay đổi, bản giao ước không còn khớp với các đơn vị thành viên và cần ban hành lại.',
  );
  await settled(page);
  await screen(page, 'units-remove-pledge-warning');
  await confirm.getByRole('button', { name: 'Bỏ khỏi năm' }).click();
  await expect(members(page)).toHaveCount(10);

  await openScreen(page, 'Giao ước thi đua');
  const alert = page.getByTestId('issued-pledge-mismatch');
  await expect(alert).toContainText(
    'Bản giao ước thi đua năm 2018 (không số, ban hành ngày 09/3/2018) không còn khớp với các đơn vị thành viên: cần ban hành lại bản giao ước.',
  );
  await expect(alert).toContainText('Đã thôi là thành viên năm 2018: Sở Y tế.');
  await screen(page, 'units-pledge-mismatch');
});
