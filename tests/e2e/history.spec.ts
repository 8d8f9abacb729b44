import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, openDemo, openScreen, screen, settled, test } from './fixtures.js';
import type { Page } from '@playwright/test';

test.use({ viewport: { width: 1366, height: 768 } });

const openHistory = (page: Page) =>
  page.getByRole('navigation', { name: 'Chức năng' }).getByRole('menuitem', { name: 'Lịch sử các năm', exact: true }).click();

const yearRow = (page: Page, year: number) =>
  page.getByRole('tabpanel').locator('.ant-table-tbody tr.ant-table-row').filter({ has: page.getByRole('cell', { name: String(year), exact: true }) });

test('a unit across the years: its ranks as a chart and a table, the chart as a PNG, the membership over time', async ({ page }) => {
  await openDemo(page);
  await openHistory(page);
  await expect(page.getByRole('heading', { name: 'Lịch sử các năm' })).toBeVisible();

  // The unit picker finds "Sở Y tế" typed without diacritics.
  const picker = page.getByRole('combobox', { name: 'Đơn vị:' });
  await picker.click();
  await picker.fill('so y te');
  await expect(page.locator('.ant-select-item-option').filter({ visible: true })).toHaveText(['Sở Y tế']);
  await page.locator('.ant-select-item-option').filter({ hasText: 'Sở Y tế', visible: true }).click();

  await expect(yearRow(page, 2022)).toContainText('Thứ 4/10');
  await expect(yearRow(page, 2022)).toContainText('Hoàn thành xuất sắc nhiệm vụ');
  await expect(yearRow(page, 2020)).toContainText('Chưa chấm');
  await expect(yearRow(page, 2018)).toContainText('Thành viên');
  await expect(page.getByTestId('unit-history-chart')).toContainText('Thứ 4/10');
  await settled(page);
  await screen(page, 'history-unit');

  const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải ảnh PNG' }).click()]);
  expect(png.suggestedFilename()).toBe('Lich-su-So-Y-te.png');
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ktd-history-')), png.suggestedFilename());
  await png.saveAs(file);
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  expect(bytes.readUInt32BE(16)).toBeGreaterThan(1000);

  // A merged unit says where it went.
  await picker.click();
  await picker.fill('cong dong');
  await page.locator('.ant-select-item-option').filter({ hasText: 'Trường Cao đẳng Cộng đồng Bắc Kạn', visible: true }).click();
  await expect(yearRow(page, 2020)).toContainText('Đã hợp nhất vào “Trường Cao đẳng Bắc Kạn”');
  await expect(page.getByText('Chưa năm nào có thang điểm đã khóa')).toBeVisible();

  await page.getByRole('tab', { name: 'Thành viên qua các năm' }).click();
  const summary = page.locator('.ant-table-summary');
  await expect(summary).toContainText('11');
  await expect(summary).toContainText('10 (+1, −2)');
  const college = page.getByRole('tabpanel').locator('tr.ant-table-row').filter({ hasText: 'Trường Cao đẳng Bắc Kạn' }).first();
  await expect(college).toContainText('Mới vào');
  await expect(page.getByRole('tabpanel').locator('tr.ant-table-row').filter({ hasText: 'Trường Cao đẳng Cộng đồng Bắc Kạn' })).toContainText('Hợp nhất');
  await settled(page);
  await screen(page, 'history-membership');
});

test('one search across years and the register, without diacritics, opens the year and the screen of what it found', async ({ page }) => {
  await openDemo(page);
  await openHistory(page);
  const search = page.getByRole('searchbox', { name: 'Tìm trong các năm' });
  await search.fill('so y te');
  await search.press('Enter');
  const results = page.locator('.ant-list-item');
  await expect(results).toHaveCount(1);
  await expect(results).toContainText('Sở Y tế');
  await expect(results).toContainText('Các năm: 2018, 2020, 2022');
  await settled(page);
  await screen(page, 'history-search');

  // "Xem qua các năm" shows the unit's history below.
  await results.getByRole('button', { name: 'Xem qua các năm' }).click();
  await expect(yearRow(page, 2022)).toContainText('Thứ 4/10');

  // A meeting of 2018: the year switches to 2018 and the meeting opens.
  await search.fill('hoi nghi ky ket');
  await search.press('Enter');
  await expect(results).toHaveCount(1);
  await expect(results).toContainText('Năm 2018');
  await results.getByRole('button', { name: 'Hội nghị ký kết giao ước thi đua năm 2018' }).click();
  await expect(page.getByRole('banner')).toContainText('Năm 2018');
  await expect(page.getByRole('textbox', { name: 'Tên hội nghị' })).toHaveValue('Hội nghị ký kết giao ước thi đua năm 2018');

  // "dai" finds "Đài …": the unit opens in its latest year's unit screen.
  await openHistory(page);
  await page.getByRole('searchbox', { name: 'Tìm trong các năm' }).fill('dai');
  await page.getByRole('searchbox', { name: 'Tìm trong các năm' }).press('Enter');
  await results.getByRole('button', { name: 'Đài Phát thanh và Truyền hình tỉnh Bắc Kạn' }).click();
  await expect(page.getByRole('banner')).toContainText('Năm 2022');
  await expect(page.getByRole('dialog', { name: 'Sửa đơn vị năm 2022' }).getByLabel('Tên đơn vị', { exact: true })).toHaveValue(
    'Đài Phát thanh và Truyền hình tỉnh Bắc Kạn',
  );
});

test('a unit dropdown finds "Sở Y tế" typed without diacritics', async ({ page }) => {
  await openDemo(page);
  await openScreen(page, 'Năm thi đua');
  const head = page.getByRole('combobox', { name: 'Trưởng khối' });
  await head.click();
  await head.fill('y te');
  await expect(page.locator('.ant-select-item-option').filter({ visible: true })).toHaveText(['Sở Y tế']);
  await head.fill('DAI');
  await expect(page.locator('.ant-select-item-option').filter({ visible: true })).toHaveText(['Đài Phát thanh và Truyền hình tỉnh Bắc Kạn']);
});
