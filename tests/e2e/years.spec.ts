import { expect, formItem, openDemo, openScreen, screen, settled, switchYear, test } from './fixtures.js';

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
});

test('a year out of 2000–2100 is refused with the contract’s message, not clamped, in the new-year and the new-bloc forms', async ({ page }) => {
  await page.getByRole('button', { name: 'Tạo khối thi đua mới' }).click();
  await page.getByLabel('Tên khối thi đua').fill('Khối thi đua Văn hóa - Xã hội');
  await page.getByLabel(/Cơ quan chủ quản/).fill('UBND TỈNH BẮC KẠN');
  await page.getByLabel('Địa danh').fill('Bắc Kạn');
  const firstYear = page.getByLabel('Năm thi đua đầu tiên');
  await firstYear.fill('1800');
  await page.getByRole('button', { name: 'Tạo khối thi đua', exact: true }).click();
  await expect(formItem(page, 'Năm thi đua đầu tiên')).toContainText('Năm phải từ 2000 trở đi');
  await expect(firstYear).toHaveValue('1800');
  await screen(page, 'years-01-new-bloc-1800');
  await firstYear.fill('2018');
  await page.getByRole('button', { name: 'Tạo khối thi đua', exact: true }).click();
  await expect(page.getByRole('banner')).toContainText('Năm 2018');

  await openScreen(page, 'Năm thi đua');
  const field = page.getByRole('form', { name: 'Tạo năm mới' }).getByLabel('Năm thi đua');
  for (const [typed, message] of [
    ['1800', 'Năm phải từ 2000 trở đi'],
    ['3000', 'Năm không được sau 2100'],
    ['20277', 'Năm không được sau 2100'],
  ] as const) {
    await field.fill(typed);
    await page.getByRole('button', { name: 'Tạo năm mới' }).click();
    await expect(page.getByRole('form', { name: 'Tạo năm mới' }).getByText(message)).toBeVisible();
    await expect(field).toHaveValue(typed);
    if (typed === '20277') await screen(page, 'years-02-new-year-20277');
  }
  await expect(page.getByText(/Đã tạo năm thi đua/)).toHaveCount(0);
  await expect(page.locator('.ant-table-tbody tr.ant-table-row')).toHaveCount(1);
  await page.getByRole('combobox', { name: 'Năm thi đua:' }).click();
  await expect(page.locator('.ant-select-item-option').filter({ visible: true })).toHaveText(['Năm 2018']);
});

test('a year created by mistake is deleted after confirming; a year with work is refused with what it holds', async ({ page }) => {
  await openDemo(page);
  await openScreen(page, 'Năm thi đua');
  const rows = page.locator('.ant-table-tbody tr.ant-table-row');
  const demoYears = await rows.count();
  await page.getByRole('form', { name: 'Tạo năm mới' }).getByLabel('Năm thi đua').fill('2032');
  await page.getByRole('button', { name: 'Tạo năm mới' }).click();
  await expect(page.getByRole('banner')).toContainText('Năm 2032');

  // 2022 holds its conference and scores: refused, the message says what it holds, nothing goes.
  await page.getByRole('button', { name: 'Xóa năm 2022' }).click();
  await page.getByRole('dialog', { name: 'Xóa năm 2022?' }).getByRole('button', { name: 'Xóa năm 2022' }).click();
  await expect(page.getByText('Không thể xóa năm 2022 vì năm này đã có: 1 hội nghị, thang điểm đã khóa, điểm chấm của 10 đơn vị.')).toBeVisible();
  await expect(rows).toHaveCount(demoYears + 1);

  // The messages gone, so the screenshot shows the question alone.
  await expect(page.locator('.ant-message-notice')).toHaveCount(0);
  await page.getByRole('button', { name: 'Xóa năm 2032' }).click();
  const dialog = page.getByRole('dialog', { name: 'Xóa năm 2032?' });
  await expect(dialog).toContainText('Phần mềm sao lưu dữ liệu trước khi xóa.');
  await settled(page);
  await screen(page, 'years-03-delete-confirm');
  await dialog.getByRole('button', { name: 'Xóa năm 2032' }).click();
  await expect(page.getByText('Đã xóa năm thi đua 2032')).toBeVisible();
  await expect(rows).toHaveCount(demoYears);
  // The deleted year was selected: the latest shows instead.
  await expect(page.getByRole('banner')).toContainText('Năm 2022');
  await screen(page, 'years-04-deleted');

  // A backup was taken first.
  await page.getByRole('navigation', { name: 'Chức năng' }).getByRole('menuitem', { name: 'Sao lưu và khôi phục' }).click();
  await expect(page.getByText('Trước khi xóa năm thi đua').first()).toBeVisible();
});

test('the selected year survives a reload; a year deleted since falls back to the latest', async ({ page }) => {
  await openDemo(page, 2020);
  await openScreen(page, 'Hồ sơ khối');
  await page.reload();
  await expect(page.getByRole('banner')).toContainText('Năm 2020');
  await expect(page.getByText('Hồ sơ khối năm 2020')).toBeVisible();
  await screen(page, 'years-05-reloaded-2020');

  await openScreen(page, 'Năm thi đua');
  await page.getByRole('form', { name: 'Tạo năm mới' }).getByLabel('Năm thi đua').fill('2023');
  await page.getByRole('button', { name: 'Tạo năm mới' }).click();
  await expect(page.getByRole('banner')).toContainText('Năm 2023');
  await page.reload();
  await expect(page.getByRole('banner')).toContainText('Năm 2023');
  await page.getByRole('button', { name: 'Xóa năm 2023' }).click();
  await page.getByRole('dialog', { name: 'Xóa năm 2023?' }).getByRole('button', { name: 'Xóa năm 2023' }).click();
  await expect(page.getByText('Đã xóa năm thi đua 2023')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('banner')).toContainText('Năm 2022');
  await switchYear(page, 2018);
  await page.reload();
  await expect(page.getByRole('banner')).toContainText('Năm 2018');
});
