import { expect, formItem, openScreen, tableRows, test } from './fixtures.js';

const thisYear = new Date().getFullYear();

test('an empty unit name and an existing year are refused with their Vietnamese messages', async ({ page }) => {
  await page.getByRole('button', { name: 'Tạo khối thi đua mới' }).click();
  // An empty form: every required line says so next to its field.
  await page.getByRole('button', { name: 'Tạo khối thi đua', exact: true }).click();
  await expect(formItem(page, 'Tên khối thi đua')).toContainText('Tên khối thi đua không được để trống');
  await expect(formItem(page, 'Địa danh')).toContainText('Địa danh không được để trống');
  await page.getByLabel('Tên khối thi đua').fill('Cụm thi đua số 1');
  await page.getByLabel(/Cơ quan chủ quản/).fill('UBND TỈNH BÌNH PHƯỚC');
  await page.getByLabel('Ký hiệu văn bản').fill('CTĐ 1');
  await page.getByLabel('Địa danh').fill('Bình Phước');
  await page.getByRole('button', { name: 'Tạo khối thi đua', exact: true }).click();
  await expect(formItem(page, 'Ký hiệu văn bản')).toContainText('không có khoảng trắng');
  await page.getByLabel('Ký hiệu văn bản').fill('CTĐ1');
  await page.getByLabel('Ký hiệu văn bản').press('Enter');
  await expect(page.getByRole('heading', { name: `Tổng quan năm ${thisYear}` })).toBeVisible();

  await openScreen(page, 'Đơn vị');
  await page.getByRole('button', { name: 'Thêm đơn vị', exact: true }).click();
  const drawer = page.getByRole('dialog', { name: /Thêm đơn vị vào năm/ });
  await drawer.getByLabel('Tên viết tắt').fill('Sở Y tế');
  await drawer.getByRole('button', { name: 'Thêm đơn vị' }).click();
  await expect(formItem(page, 'Tên đơn vị')).toContainText('Tên đơn vị không được để trống');
  // A signing deputy needs a name and a position.
  await drawer.getByLabel('Tên đơn vị', { exact: true }).fill('   ');
  await drawer.getByRole('switch', { name: 'Cấp phó ký thay (KT.)' }).click();
  await drawer.getByRole('button', { name: 'Thêm đơn vị' }).click();
  await expect(formItem(page, 'Tên đơn vị')).toContainText('Tên đơn vị không được để trống');
  await drawer.getByRole('button', { name: 'Hủy' }).click();
  await expect(tableRows(page)).toHaveCount(0);
  await expect(page.getByText(`Năm ${thisYear} chưa có đơn vị thành viên`)).toBeVisible();

  await openScreen(page, 'Năm thi đua');
  await page.getByLabel('Năm thi đua', { exact: true }).fill(String(thisYear));
  await page.getByRole('button', { name: 'Tạo năm mới' }).click();
  await expect(formItem(page, 'Năm thi đua')).toContainText(`Năm ${thisYear} đã có trong khối thi đua.`);
  await expect(page.locator('.ant-table-row')).toHaveCount(1);
});
