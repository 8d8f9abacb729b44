// Every screen of the menu on the officer's 1366×768 screen, on the demo bloc: nothing wider than the window
// (a cut-off column or button would widen the page), and a screenshot of what the
// officer first sees (test-results/screens/tour-*.png) to look at.
import type { Page } from '@playwright/test';
import { expect, openDemo, settled, test } from './fixtures.js';

const menu = [
  'Tổng quan',
  'Hồ sơ khối',
  'Năm thi đua',
  'Đơn vị',
  'Giao ước thi đua',
  'Thang điểm',
  'Chấm điểm',
  'Xếp hạng',
  'Bình xét khen thưởng',
  'Hội nghị',
  'Văn bản',
  'Sổ văn bản',
  'Cài đặt văn bản',
  'Lịch sử các năm',
  'Bàn giao dữ liệu',
  'Sao lưu và khôi phục',
] as const;

const slug = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-');

/** How far the page reaches past the window's right edge, in pixels (0 when it all fits). */
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test('every screen fits the width of a 1366×768 screen, menu included', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await openDemo(page);
  const nav = page.getByRole('navigation', { name: 'Chức năng' });
  // The whole menu is reachable without scrolling.
  await expect(nav.getByRole('menuitem', { name: menu.at(-1), exact: true })).toBeInViewport();
  for (const [i, name] of menu.entries()) {
    await nav.getByRole('menuitem', { name, exact: true }).click();
    await expect(nav.getByRole('menuitem', { name, exact: true })).toHaveClass(/ant-menu-item-selected/);
    await expect(page.locator('.ant-spin-spinning')).toHaveCount(0);
    await settled(page);
    expect(await overflow(page), `${name} is wider than the window`).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `test-results/screens/tour-${String(i + 1).padStart(2, '0')}-${slug(name)}.png` });
  }
});

test('a meeting, a document being drafted and the year 2018 fit too', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openDemo(page, 2018);
  await page.getByRole('navigation', { name: 'Chức năng' }).getByRole('menuitem', { name: 'Hội nghị', exact: true }).click();
  await page.getByRole('row', { name: 'Hội nghị ký kết giao ước thi đua năm 2018' }).click();
  await expect(page.getByRole('heading', { name: 'Hội nghị ký kết giao ước thi đua năm 2018' })).toBeVisible();
  expect(await overflow(page)).toBeLessThanOrEqual(0);
  await page.screenshot({ path: 'test-results/screens/tour-17-meeting.png' });
  await page.getByRole('button', { name: 'Giấy mời', exact: true }).click();
  await expect(page.getByTestId('document-preview')).toBeVisible();
  await settled(page);
  expect(await overflow(page)).toBeLessThanOrEqual(0);
  await page.screenshot({ path: 'test-results/screens/tour-18-invitation.png' });
});
