import type { Locator, Page } from '@playwright/test';
import { choose, expect, openDemo, openScreen, screen, settled, test } from './fixtures.js';

const question = (page: Page) => page.getByRole('dialog').filter({ hasText: 'Bỏ các thay đổi chưa lưu?', visible: true });
const yearSwitcher = (page: Page) => page.getByRole('combobox', { name: 'Năm thi đua:' });
const banner = (page: Page) => page.getByRole('banner');

/** The forms that ask: the screen, one of its fields, and how it shows which year it is. */
const forms = [
  { name: 'pledge', screen: 'Giao ước thi đua', field: 'Tên văn bản', heading: (y: number) => `Giao ước thi đua năm ${y}` },
  { name: 'profile', screen: 'Hồ sơ khối', field: 'Địa danh', heading: (y: number) => `Hồ sơ khối năm ${y}` },
  { name: 'settings', screen: 'Cài đặt văn bản', field: 'Nơi lưu', heading: (y: number) => `Cài đặt văn bản năm ${y}` },
] as const;

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openDemo(page);
});

for (const form of forms) {
  test(`the ${form.name} form asks before its unsaved edits are dropped by the menu or the year switcher`, async ({ page }) => {
    await openScreen(page, form.screen);
    const field: Locator = page.getByLabel(form.field, { exact: true });
    const saved = await field.inputValue();
    await field.fill(`${saved} (sửa)`);

    // The menu: staying keeps the screen and the edit.
    await openScreen(page, 'Năm thi đua');
    await expect(question(page)).toBeVisible();
    await expect(question(page).getByRole('button', { name: 'Ở lại' })).toBeFocused();
    await settled(page);
    await screen(page, `unsaved-${form.name}-menu`);
    await question(page).getByRole('button', { name: 'Ở lại' }).click();
    await expect(question(page)).toHaveCount(0);
    await expect(page.getByText(form.heading(2022), { exact: true }).first()).toBeVisible();
    await expect(field).toHaveValue(`${saved} (sửa)`);

    // The year switcher: staying keeps the year.
    await choose(page, yearSwitcher(page), 'Năm 2020');
    await expect(question(page)).toBeVisible();
    await question(page).getByRole('button', { name: 'Ở lại' }).click();
    await expect(banner(page)).toContainText('Năm 2022');
    await expect(field).toHaveValue(`${saved} (sửa)`);

    // Dropping the edits: the other year shows; back on this year, the edit is gone and nothing asks.
    await choose(page, yearSwitcher(page), 'Năm 2020');
    await question(page).getByRole('button', { name: 'Bỏ thay đổi' }).click();
    await expect(banner(page)).toContainText('Năm 2020');
    await expect(page.getByText(form.heading(2020), { exact: true }).first()).toBeVisible();
    await choose(page, yearSwitcher(page), 'Năm 2022');
    await expect(banner(page)).toContainText('Năm 2022');
    await expect(field).toHaveValue(saved);
    await expect(question(page)).toHaveCount(0);
  });
}

test('a clean form, or one just saved, leaves without asking', async ({ page }) => {
  for (const form of forms) {
    await openScreen(page, form.screen);
    await expect(page.getByText(form.heading(2022), { exact: true }).first()).toBeVisible();
    await choose(page, yearSwitcher(page), 'Năm 2020');
    await expect(banner(page)).toContainText('Năm 2020');
    await choose(page, yearSwitcher(page), 'Năm 2022');
    await openScreen(page, 'Năm thi đua');
    await expect(page.getByText('Tạo năm mới').first()).toBeVisible();
  }
  await expect(question(page)).toHaveCount(0);

  const saves = [
    { screen: 'Hồ sơ khối', field: 'Địa danh', value: 'Thành phố Bắc Kạn', save: 'Lưu hồ sơ' },
    { screen: 'Cài đặt văn bản', field: 'Nơi lưu', value: 'VT, VP', save: 'Lưu cài đặt văn bản' },
    { screen: 'Giao ước thi đua', field: 'Tên văn bản', value: 'BẢN GIAO ƯỚC THI ĐUA NĂM 2022 (đã sửa)', save: 'Lưu giao ước' },
  ] as const;
  for (const s of saves) {
    // The previous save's message gone, so the next one is this save's.
    await expect(page.getByText('Đã lưu', { exact: true })).toHaveCount(0);
    await openScreen(page, s.screen);
    await page.getByLabel(s.field, { exact: true }).fill(s.value);
    await page.getByRole('button', { name: s.save }).click();
    await expect(page.getByText('Đã lưu', { exact: true })).toBeVisible();
    await openScreen(page, 'Năm thi đua');
    await expect(page.getByText('Tạo năm mới').first()).toBeVisible();
    await expect(question(page)).toHaveCount(0);
    await openScreen(page, s.screen);
    await expect(page.getByLabel(s.field, { exact: true })).toHaveValue(s.value);
  }
});

test('the back button asks too, and staying puts the screen’s address back', async ({ page }) => {
  await openScreen(page, 'Năm thi đua');
  await openScreen(page, 'Cài đặt văn bản');
  await expect(page).toHaveURL(/#\/documentSettings$/);
  await page.getByLabel('Nơi lưu', { exact: true }).fill('VT, VP, TĐKT');

  await page.goBack();
  await expect(question(page)).toBeVisible();
  await question(page).getByRole('button', { name: 'Ở lại' }).click();
  await expect(question(page)).toHaveCount(0);
  await expect(page).toHaveURL(/#\/documentSettings$/);
  await expect(page.getByLabel('Nơi lưu', { exact: true })).toHaveValue('VT, VP, TĐKT');

  await page.goBack();
  await question(page).getByRole('button', { name: 'Bỏ thay đổi' }).click();
  await expect(page).toHaveURL(/#\/years$/);
  await expect(page.getByText('Tạo năm mới').first()).toBeVisible();
});

test('closing or reloading the window with unsaved edits asks the browser’s question', async ({ page }) => {
  await openScreen(page, 'Hồ sơ khối');
  await page.getByLabel('Địa danh', { exact: true }).fill('Thành phố Bắc Kạn');
  const dialog = page.waitForEvent('dialog');
  const reload = page.reload();
  const asked = await dialog;
  expect(asked.type()).toBe('beforeunload');
  await asked.accept();
  await reload;
  await expect(page.getByLabel('Địa danh', { exact: true })).toHaveValue('Bắc Kạn');
});
