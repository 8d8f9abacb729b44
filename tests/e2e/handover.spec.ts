import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { openTestServices, tempDir } from '../support/services.js';
import { choose, expect, openDemo, screen, settled, test } from './fixtures.js';

// The handover between head units: a package from another PC imported on the welcome screen, the demo bloc
// beside it, switching between them, and the open bloc's package exported and imported again (replacing it).

/** The demo bloc of another PC, packed there: same name as this PC's demo, another identity. */
async function packageFromAnotherPc(dir: string): Promise<string> {
  const other = await openTestServices();
  try {
    const { blocId } = await other.ok('blocs.openDemo', {});
    const pkg = await other.ok('handover.export', { blocId });
    const file = path.join(dir, pkg.fileName);
    fs.writeFileSync(file, Buffer.from(pkg.base64!, 'base64'));
    return file;
  } finally {
    await other.close();
  }
}

const openHandover = (page: Page) =>
  page.getByRole('navigation', { name: 'Chức năng' }).getByRole('menuitem', { name: 'Bàn giao dữ liệu', exact: true }).click();

test('a package imported on a new PC, blocs side by side, and the open bloc handed over and taken back', async ({ page }) => {
  const dir = tempDir();
  const received = await packageFromAnotherPc(dir);

  // A new PC: the welcome screen takes the package, checks it and shows what it holds before importing.
  await page.locator('input[type=file]').setInputFiles(received);
  const preview = page.getByTestId('handover-preview');
  await expect(preview).toContainText('Khối thi đua Văn hóa - Xã hội');
  await expect(preview).toContainText('2018, 2020, 2022');
  await expect(page.getByText('Gói bàn giao nguyên vẹn')).toBeVisible();
  await page.getByRole('button', { name: 'Nhập khối' }).click();
  await expect(page.getByRole('banner')).toContainText('Khối thi đua Văn hóa - Xã hội');

  // The officer's own demo bloc beside it (same name, another bloc): both listed, with their years.
  await openHandover(page);
  await expect(page.getByRole('heading', { name: 'Bàn giao dữ liệu' })).toBeVisible();
  await expect(page.locator('.ant-table-tbody tr.ant-table-row')).toHaveCount(1);

  // Export the open bloc: browser mode downloads it, and a copy stays in the data folder.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất gói bàn giao' }).click();
  const exported = path.join(dir, 'xuat.ktd');
  await (await download).saveAs(exported);
  await expect(page.getByTestId('handover-exported')).toContainText('Bản lưu trong thư mục dữ liệu');
  await expect(page.getByTestId('handover-exported')).toContainText('ban-giao');

  // The same bloc again: the screen says it is here and what would be replaced; importing needs the tick.
  await page.locator('input[type=file]').setInputFiles(exported);
  await expect(page.getByText('đã có trên máy này')).toBeVisible();
  await expect(page.getByText('Phần mềm sao lưu cơ sở dữ liệu trước khi thay')).toBeVisible();
  const replace = page.getByRole('button', { name: 'Thay thế khối' });
  await expect(replace).toBeDisabled();
  await settled(page);
  await screen(page, 'handover-replace');
  await page.getByRole('checkbox').check();
  await replace.click();
  await expect(page.getByText('Đã thay thế khối bằng dữ liệu trong gói bàn giao')).toBeVisible();

  // A damaged package is refused with its reason, nothing written.
  const damaged = path.join(dir, 'hong.ktd');
  fs.writeFileSync(damaged, fs.readFileSync(exported).subarray(0, 2000));
  await openHandover(page);
  await page.locator('input[type=file]').setInputFiles(damaged);
  await expect(page.getByText('Không thể nhập gói này; dữ liệu trên máy không thay đổi')).toBeVisible();
  await expect(page.getByText('không đọc được tệp nén')).toBeVisible();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('the demo bloc beside an imported one: the header switches between them', async ({ page }) => {
  const dir = tempDir();
  const received = await packageFromAnotherPc(dir);
  await openDemo(page);
  await openHandover(page);
  await page.locator('input[type=file]').setInputFiles(received);
  await expect(page.getByText('Khối này chưa có trên máy')).toBeVisible();
  await page.getByRole('button', { name: 'Nhập khối' }).click();
  await expect(page.getByText('Đã nhập khối từ gói bàn giao')).toBeVisible();

  await openHandover(page);
  const rows = page.locator('.ant-table-tbody tr.ant-table-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: 'Đang mở' })).toHaveCount(1);
  await settled(page);
  await screen(page, 'handover');
  // The header's picker lists both, told apart by their years; either opens.
  const picker = page.getByRole('banner').getByRole('combobox');
  await choose(page, picker.first(), 'Khối thi đua Văn hóa - Xã hội (2018–2022)');
  await expect(page.getByRole('banner')).toContainText('Khối thi đua Văn hóa - Xã hội (2018–2022)');
  await rows.filter({ hasNotText: 'Đang mở' }).getByRole('button', { name: 'Mở khối này' }).click();
  await expect(rows.filter({ hasText: 'Đang mở' })).toHaveCount(1);
  fs.rmSync(dir, { recursive: true, force: true });
});
