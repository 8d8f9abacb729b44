import { choose, expect, formItem, openScreen, screen, tableRows, test } from './fixtures.js';
import type { Page } from '@playwright/test';

const thisYear = new Date().getFullYear();

async function addUnit(page: Page, name: string, headPosition: string, headName: string) {
  await page.getByRole('button', { name: 'Thêm đơn vị', exact: true }).click();
  const drawer = page.getByRole('dialog', { name: /Thêm đơn vị vào năm/ });
  await drawer.getByLabel('Tên đơn vị', { exact: true }).fill(name);
  await drawer.getByLabel('Chức vụ thủ trưởng').fill(headPosition);
  await drawer.getByLabel('Họ tên thủ trưởng').fill(headName);
  return drawer;
}

test('a new officer creates a bloc, adds units, opens the next year and sets its head and deputy', async ({ page }) => {
  await expect(page.getByRole('button', { name: 'Tạo khối thi đua mới' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Mở dữ liệu mẫu' })).toBeVisible();
  await screen(page, '01-welcome');

  await page.getByRole('button', { name: 'Tạo khối thi đua mới' }).click();
  await page.getByLabel('Tên khối thi đua').fill('Khối thi đua Văn hóa - Xã hội');
  await page.getByLabel(/Cơ quan chủ quản/).fill('UBND TỈNH BẮC KẠN');
  await page.getByLabel('Địa danh').fill('Bắc Kạn');
  await page.getByLabel('Cơ quan thường trực cấp tỉnh').fill('Ban Thi đua - Khen thưởng tỉnh Bắc Kạn');
  // The issuing body and the symbol follow the bloc's name until typed.
  await expect(page.getByLabel(/Tên cơ quan ban hành/)).toHaveValue('KHỐI THI ĐUA VĂN HÓA - XÃ HỘI');
  await expect(page.getByLabel('Ký hiệu văn bản')).toHaveValue('KTĐVHXH');
  await expect(page.getByLabel('Năm thi đua đầu tiên')).toHaveValue(String(thisYear));
  await screen(page, '02-create-bloc-form');
  await page.getByRole('button', { name: 'Tạo khối thi đua', exact: true }).click();

  await expect(page.getByRole('heading', { name: `Tổng quan năm ${thisYear}` })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('Khối thi đua Văn hóa - Xã hội');

  await openScreen(page, 'Đơn vị');
  await page.setViewportSize({ width: 1366, height: 1000 });
  const first = await addUnit(page, 'Sở Y tế', 'GIÁM ĐỐC', 'Đặng Văn H');
  await first.getByRole('switch', { name: 'Cấp phó ký thay (KT.)' }).click();
  await first.getByLabel('Chức vụ cấp phó').fill('PHÓ GIÁM ĐỐC');
  await first.getByLabel('Họ tên cấp phó').fill('Trần Thị Q');
  await first.getByLabel('Số điện thoại').fill('0209 3870 123');
  await first.getByLabel('Email').fill('soyte@backan.gov.vn');
  await first.getByLabel('Cán bộ làm công tác thi đua').fill('Hà Thị Thu');
  await expect(page.locator('.ant-select-item-option').filter({ visible: true })).toHaveCount(0);
  await screen(page, '06-unit-form');
  await first.getByRole('button', { name: 'Thêm đơn vị' }).click();
  await expect(first).toBeHidden();
  await page.setViewportSize({ width: 1366, height: 800 });
  const soYTe = tableRows(page).filter({ hasText: 'Sở Y tế' });
  await expect(soYTe).toContainText('KT.');
  await expect(soYTe).toContainText('Trần Thị Q');
  // The compact table shows who signs; the officer and the contacts are in the drawer.
  await soYTe.getByRole('button', { name: 'Sửa Sở Y tế' }).click();
  const saved = page.getByRole('dialog', { name: /Sửa đơn vị năm/ });
  await expect(saved.getByLabel('Cán bộ làm công tác thi đua')).toHaveValue('Hà Thị Thu');
  await saved.getByRole('button', { name: 'Hủy' }).click();
  await expect(saved).toBeHidden();
  // Enter in the last field saves, as the button does; the drawer closes once the unit is saved.
  const second = await addUnit(page, 'Đài Phát thanh và Truyền hình tỉnh Bắc Kạn', 'GIÁM ĐỐC', 'Ngô Thị M');
  await second.getByLabel('Họ tên thủ trưởng').press('Enter');
  await expect(second).toBeHidden();
  const third = await addUnit(page, 'Ban Dân tộc', 'TRƯỞNG BAN', 'Bùi Thị K');
  await third.getByRole('button', { name: 'Thêm đơn vị' }).click();
  await expect(third).toBeHidden();
  await expect(tableRows(page)).toHaveCount(3);
  // Vietnamese order: Ban, Đài, Sở.
  await expect(tableRows(page).nth(0)).toContainText('Ban Dân tộc');
  await expect(tableRows(page).nth(1)).toContainText('Đài Phát thanh và Truyền hình tỉnh Bắc Kạn');
  await expect(tableRows(page).nth(2)).toContainText('Sở Y tế');

  await openScreen(page, 'Năm thi đua');
  await expect(page.getByLabel('Năm thi đua', { exact: true })).toHaveValue(String(thisYear + 1));
  await page.getByRole('button', { name: 'Tạo năm mới' }).click();
  await expect(page.getByText(`Đã tạo năm thi đua ${thisYear + 1}`)).toBeVisible();
  await expect(page.getByRole('banner')).toContainText(`Năm ${thisYear + 1}`);
  await expect(page.getByText(`Trưởng khối, Phó khối năm ${thisYear + 1}`)).toBeVisible();
  await choose(page, page.getByLabel('Trưởng khối', { exact: true }), 'Sở Y tế');
  await choose(page, page.getByLabel('Phó khối', { exact: true }), 'Ban Dân tộc');
  await page.getByRole('button', { name: 'Lưu Trưởng khối, Phó khối' }).click();
  await expect(page.getByText('Đã lưu Trưởng khối, Phó khối')).toBeVisible();
  const nextYearRow = page.locator('.ant-table-row').filter({ hasText: String(thisYear + 1) });
  await expect(nextYearRow).toContainText('Sở Y tế');
  await expect(nextYearRow).toContainText('Ban Dân tộc');
  await expect(nextYearRow).toContainText('3');

  await openScreen(page, 'Tổng quan');
  await expect(page.getByTestId('head-unit')).toHaveText('Sở Y tế');
  await expect(page.getByTestId('deputy-unit')).toHaveText('Ban Dân tộc');

  await openScreen(page, 'Đơn vị');
  await expect(tableRows(page)).toHaveCount(3);
  const search = page.getByRole('searchbox', { name: 'Tìm đơn vị' });
  await search.fill('so y te');
  await expect(tableRows(page)).toHaveCount(1);
  await expect(tableRows(page)).toContainText('Sở Y tế');
  await search.fill('DAI PHAT THANH');
  await expect(tableRows(page)).toHaveCount(1);
  await expect(tableRows(page)).toContainText('Đài Phát thanh và Truyền hình tỉnh Bắc Kạn');
  await search.fill('');
  await expect(tableRows(page)).toHaveCount(3);

  const duplicate = await addUnit(page, 'sở  y tế', '', '');
  await duplicate.getByRole('button', { name: 'Thêm đơn vị' }).click();
  await expect(formItem(page, 'Tên đơn vị')).toContainText(`Đơn vị “Sở Y tế” đã có trong khối năm ${thisYear + 1}.`);
  await duplicate.getByRole('button', { name: 'Hủy' }).click();
  await expect(tableRows(page)).toHaveCount(3);
});
