import { closeYear, expect, openDemo, openScreen, screen, switchYear, tableRows, test } from './fixtures.js';

const colleges = ['Trường Cao đẳng Nghề Dân tộc Nội trú Bắc Kạn', 'Trường Cao đẳng Cộng đồng Bắc Kạn'];
const merged = 'Trường Cao đẳng Bắc Kạn';

test('the demo bloc shows 11 units in 2018 and 10 in 2022, with each year’s college names', async ({ page }) => {
  await openDemo(page);

  // The latest year opens first.
  await expect(page.getByRole('heading', { name: 'Tổng quan năm 2022' })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('Khối thi đua Văn hóa - Xã hội');
  await expect(page.getByTestId('head-unit')).toHaveText('Ban Dân tộc');
  await expect(page.getByTestId('deputy-unit')).toHaveText('Sở Giáo dục và Đào tạo');
  await expect(page.getByRole('main')).toContainText('10');
  await screen(page, '03-dashboard');

  await openScreen(page, 'Hồ sơ khối');
  await expect(page.getByLabel('Ký hiệu văn bản')).toHaveValue('KTĐVHXH');
  await screen(page, '04-profile');
  await page.getByLabel('Địa danh').fill('');
  await page.getByRole('button', { name: 'Lưu hồ sơ' }).click();
  await expect(page.getByText('Địa danh không được để trống')).toBeVisible();
  await page.getByLabel('Địa danh').fill('Bắc Kạn');
  await page.getByLabel('Địa danh').press('Enter');
  await expect(page.getByText('Đã lưu', { exact: true })).toBeVisible();

  await openScreen(page, 'Năm thi đua');
  const row = (year: number) => page.locator('.ant-table-row').filter({ hasText: String(year) });
  await expect(row(2020)).toContainText('Sở Y tế');
  await expect(row(2022)).toContainText('Ban Dân tộc');
  await expect(row(2022)).toContainText('Sở Giáo dục và Đào tạo');
  await screen(page, '05-years');

  await openScreen(page, 'Đơn vị');
  await expect(tableRows(page)).toHaveCount(10);
  await expect(tableRows(page).filter({ hasText: merged })).toHaveCount(1);
  for (const college of colleges) await expect(tableRows(page).filter({ hasText: college })).toHaveCount(0);
  await screen(page, '07-units');

  // A tall window, so the whole dialog is in the screenshot.
  await page.setViewportSize({ width: 1366, height: 1500 });
  // The merge dialog explains that earlier years keep the old units (cancelled here).
  await page.getByRole('checkbox', { name: 'Chọn Sở Y tế' }).check();
  await page.getByRole('checkbox', { name: 'Chọn Ban Dân tộc' }).check();
  await page.getByRole('button', { name: 'Hợp nhất đơn vị (2)' }).click();
  const dialog = page.getByRole('dialog', { name: 'Hợp nhất đơn vị từ năm 2022' });
  await expect(dialog).toContainText('Các năm trước (2018, 2020) vẫn giữ nguyên các đơn vị cũ với tên cũ.');
  await dialog.getByLabel('Tên đơn vị', { exact: true }).fill('Sở Y tế và Dân tộc');
  await screen(page, '08-merge-dialog');
  await dialog.getByRole('button', { name: 'Hủy' }).click();
  await expect(dialog).toBeHidden();
  await page.setViewportSize({ width: 1366, height: 800 });

  await switchYear(page, 2018);
  await expect(tableRows(page)).toHaveCount(11);
  for (const college of colleges) await expect(tableRows(page).filter({ hasText: college })).toHaveCount(1);
  await expect(tableRows(page).filter({ hasText: merged })).toHaveCount(0);

  await page.getByRole('tab', { name: 'Tất cả đơn vị' }).click();
  await expect(tableRows(page)).toHaveCount(12);
  for (const college of colleges) {
    await expect(tableRows(page).filter({ hasText: college })).toContainText(`Đã hợp nhất vào “${merged}” từ năm 2020`);
  }
  const mergedRow = tableRows(page).filter({ has: page.getByText(merged, { exact: true }) });
  await expect(mergedRow).toContainText('20202022');
  await expect(mergedRow).toContainText('Đang tham gia');
  await screen(page, '09-all-units-history');
  await page.getByRole('searchbox', { name: 'Tìm trong tất cả đơn vị' }).fill('cao dang');
  await expect(tableRows(page)).toHaveCount(3);

  await switchYear(page, 2022);
  await openScreen(page, 'Tổng quan');
  await expect(page.getByRole('heading', { name: 'Tổng quan năm 2022' })).toBeVisible();
});

test('a closed year is read-only', async ({ page }) => {
  await openDemo(page, 2018);
  await closeYear(page, 2018);
  await expect(page.getByRole('banner').getByText('Đã khóa sổ')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Lưu Trưởng khối, Phó khối' })).toBeDisabled();

  await openScreen(page, 'Đơn vị');
  await expect(page.getByRole('button', { name: 'Thêm đơn vị', exact: true })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Sửa Sở Y tế' })).toBeDisabled();
  await openScreen(page, 'Hồ sơ khối');
  await expect(page.getByLabel('Tên khối thi đua')).toBeDisabled();
  await screen(page, '10-closed-year-profile');

  await switchYear(page, 2022);
  await expect(page.getByLabel('Tên khối thi đua')).toBeEnabled();
});
