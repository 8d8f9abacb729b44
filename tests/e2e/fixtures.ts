import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { startWebServer } from '../../main/web/server.js';

/** Every test: a fresh data directory, its own browser-mode server, the page opened on it. */
export const test = base.extend<{ appUrl: string }>({
  appUrl: [
    async ({ page }, use) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'khoi-thi-dua-e2e-'));
    const server = await startWebServer({ dataDir, staticDir: path.resolve('dist/renderer') });
    try {
      await page.goto(server.url);
      await use(server.url);
    } finally {
      await server.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
    },
    { auto: true },
  ],
});

export { expect };

/** A full-page screenshot under test-results/screens/. */
export async function screen(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join('test-results', 'screens', `${name}.png`), fullPage: true });
}

/** Picks an option of an antd Select (the combobox is the Select's input). */
export async function choose(page: Page, combobox: Locator, option: string): Promise<void> {
  await combobox.click();
  await page.locator('.ant-select-item-option').filter({ hasText: option, visible: true }).first().click();
  // Wait for the list to close, so the next Select's options are the only ones shown.
  await expect(page.locator('.ant-select-item-option').filter({ visible: true })).toHaveCount(0);
}

/** Switches the year every screen shows (the header's year switcher). */
export async function switchYear(page: Page, year: number): Promise<void> {
  await choose(page, page.getByRole('combobox', { name: 'Năm thi đua:' }), `Năm ${year}`);
  await expect(page.getByRole('banner')).toContainText(`Năm ${year}`);
}

/** Opens a screen from the side menu. */
export async function openScreen(page: Page, name: 'Tổng quan' | 'Hồ sơ khối' | 'Năm thi đua' | 'Đơn vị' | 'Giao ước thi đua' | 'Thang điểm' | 'Chấm điểm' | 'Xếp hạng' | 'Bình xét khen thưởng' | 'Hội nghị' | 'Văn bản' | 'Sổ văn bản' | 'Cài đặt văn bản'): Promise<void> {
  await page.getByRole('navigation', { name: 'Chức năng' }).getByRole('menuitem', { name, exact: true }).click();
}

/** The rows of the visible tab's table. */
export const tableRows = (page: Page) => page.getByRole('tabpanel').locator('.ant-table-tbody tr.ant-table-row');

/** The antd form item holding a labelled field: its error text shows inside. */
export const formItem = (page: Page, label: string) =>
  page.locator('.ant-form-item').filter({ has: page.getByLabel(label, { exact: true }) });

/** Opens the demo bloc from the welcome screen; on `year` when given (else the latest, 2022). */
export async function openDemo(page: Page, year?: number): Promise<void> {
  await page.getByRole('button', { name: 'Mở dữ liệu mẫu' }).click();
  await expect(page.getByRole('banner')).toContainText('Khối thi đua Văn hóa - Xã hội');
  if (year !== undefined) await switchYear(page, year);
}

/** Closes a year as the officer does: "Khóa sổ" on the years screen, the checklist overridden with a reason. */
export async function closeYear(page: Page, year: number): Promise<void> {
  await openScreen(page, 'Năm thi đua');
  await page.getByRole('button', { name: `Khóa sổ năm ${year}` }).click();
  const dialog = page.getByRole('dialog', { name: `Khóa sổ năm ${year}` });
  await dialog.getByRole('textbox').fill('Khóa sổ để kiểm thử');
  await dialog.getByRole('button', { name: 'Khóa sổ' }).click();
  await expect(page.getByText(`Đã khóa sổ năm ${year}`)).toBeVisible();
}

/** Waits until the page's finite animations (a dialog opening, a drawer sliding) have finished. */
export async function settled(page: Page): Promise<void> {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getTiming().iterations !== Infinity)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
}
