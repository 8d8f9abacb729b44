import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { openDemoYear, openTestServices, tempDir } from '../support/services.js';
import { expect, openDemo, openScreen, screen, settled, test } from './fixtures.js';

// The safety net as the officer uses it: a backup taken, a change made, the backup restored (the change gone,
// the safety backup listed, and that one restored to undo); a copy of the data saved and opened again; a copy
// from the old computer opened on a new one's welcome screen; the second folder (a USB stick).

const openBackups = async (page: Page) => {
  await page.getByRole('navigation', { name: 'Chức năng' }).getByRole('menuitem', { name: 'Sao lưu và khôi phục', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Sao lưu và khôi phục' })).toBeVisible();
};

const backupRows = (page: Page) => page.locator('.ant-table-tbody tr.ant-table-row').filter({ has: page.locator('.ant-table-row-expand-icon') });

/** "Tạo năm mới" on the years screen: 2023 after the demo's 2022. */
async function createYear2023(page: Page) {
  await openScreen(page, 'Năm thi đua');
  await page.getByRole('button', { name: 'Tạo năm mới' }).click();
  await expect(page.getByText('Đã tạo năm thi đua 2023')).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('Năm 2023');
}

/** Confirms the restore dialog, after checking it says what happens; the window reloads on the restored data. */
async function confirmRestore(page: Page, what: string, shot?: string) {
  const dialog = page.getByRole('dialog', { name: 'Khôi phục dữ liệu' });
  await expect(dialog).toContainText('Sao lưu dữ liệu đang dùng');
  await expect(dialog).toContainText(what);
  await expect(dialog).toContainText('1 khối, 3 năm');
  if (shot) {
    await settled(page);
    await screen(page, shot);
  }
  await dialog.getByRole('button', { name: 'Khôi phục' }).click();
  await expect(page.getByTestId('restored')).toBeVisible({ timeout: 20_000 });
}

test('a backup restored undoes a change, and the safety backup taken first undoes the restore', async ({ page }) => {
  test.setTimeout(120_000);
  await openDemo(page);
  await openBackups(page);
  await expect(page.getByText('Thư mục dữ liệu', { exact: true })).toBeVisible();
  await expect(page.getByText('Còn trống trên ổ đĩa')).toBeVisible();

  // The full check, on demand.
  await page.getByRole('button', { name: 'Kiểm tra ngay' }).click();
  await expect(page.getByText('Đã kiểm tra: dữ liệu nguyên vẹn')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText('Dữ liệu nguyên vẹn', { exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Sao lưu ngay' }).click();
  await expect(page.getByText(/Đã sao lưu dữ liệu \(bản lúc \d\d\/\d\d\/\d{4} \d\d:\d\d\)/)).toBeVisible();
  const manual = backupRows(page).filter({ hasText: 'Sao lưu thủ công' });
  await expect(manual).toHaveCount(1);
  await expect(manual).toContainText('Do người dùng sao lưu');
  await expect(manual).toContainText('Thư mục dữ liệu');
  await expect(manual).toContainText(/\d+(,\d)? (KB|MB)/);
  await expect(page.getByTestId('tiers')).toContainText('Hằng ngày14 bản');
  await settled(page);
  await screen(page, 'backups-01-page');

  // A change after the backup: a new year.
  await createYear2023(page);

  // The backup's preview: the demo bloc with 2018, 2020, 2022 (not 2023), then restore.
  await openBackups(page);
  await manual.click();
  const preview = page.getByTestId('backup-preview');
  await expect(preview).toContainText('Khối thi đua Văn hóa - Xã hội');
  await expect(preview).toContainText('1 khối, 3 năm');
  await expect(preview).toContainText('2022');
  await expect(preview).not.toContainText('2023');
  await settled(page);
  await screen(page, 'backups-02-preview');
  await page.getByRole('button', { name: 'Khôi phục bản này' }).click();
  await confirmRestore(page, 'bản sao lưu lúc', 'backups-03-confirm');

  // The window reloaded on the restored data: 2023 is gone, the selected year fell back to 2022, the safety
  // backup is listed and marked.
  await expect(page.getByRole('heading', { name: 'Sao lưu và khôi phục' })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('Năm 2022');
  await expect(page.getByTestId('restored')).toContainText('Đã khôi phục dữ liệu từ bản sao lưu lúc');
  const safety = backupRows(page).filter({ hasText: 'Vừa tạo khi khôi phục' });
  await expect(safety).toHaveCount(1);
  await expect(safety).toContainText('Trước khi khôi phục bản sao lưu');
  await settled(page);
  await screen(page, 'backups-04-restored');
  await page.getByRole('combobox', { name: 'Năm thi đua:' }).click();
  await expect(page.locator('.ant-select-item-option')).toHaveText(['Năm 2022', 'Năm 2020', 'Năm 2018']);
  await page.keyboard.press('Escape');

  // Undo: the safety backup holds 2023 and brings it back.
  await safety.click();
  await expect(page.getByTestId('backup-preview')).toContainText('1 khối, 4 năm');
  await page.getByRole('button', { name: 'Khôi phục bản này' }).click();
  const dialog = page.getByRole('dialog', { name: 'Khôi phục dữ liệu' });
  await expect(dialog).toContainText('1 khối, 4 năm');
  await dialog.getByRole('button', { name: 'Khôi phục' }).click();
  await expect(page.getByTestId('restored')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('banner')).toContainText('Năm 2023');
  await expect(backupRows(page).filter({ hasText: 'Trước khi khôi phục bản sao lưu' })).toHaveCount(2);
});

test('a copy of the data saved, then opened and restored', async ({ page }) => {
  test.setTimeout(120_000);
  await openDemo(page);
  await openBackups(page);
  await page.getByRole('button', { name: 'Lưu bản sao dữ liệu…' }).click();
  const saved = page.getByTestId('copy-saved');
  await expect(saved).toContainText(/ban-sao[\\/]Khoi-Thi-Dua-du-lieu-\d{4}-\d\d-\d\d\.zip/);
  await expect(saved).toContainText('kèm 0 tệp minh chứng');
  const copy = (await saved.locator('.ant-alert-description').textContent())!.trim();
  expect(fs.existsSync(copy)).toBe(true);

  await createYear2023(page);
  await openBackups(page);
  await page.locator('input[type=file]').setInputFiles(copy);
  const preview = page.getByTestId('copy-preview');
  await expect(preview).toContainText('1 khối, 3 năm');
  await expect(page.getByText(`Tệp ${path.basename(copy)} nguyên vẹn`)).toBeVisible();
  await settled(page);
  await screen(page, 'backups-05-copy-preview');
  await page.getByRole('button', { name: 'Khôi phục từ bản sao này' }).click();
  await confirmRestore(page, `dữ liệu trong tệp “${path.basename(copy)}”`);
  await expect(page.getByTestId('restored')).toContainText(`tệp “${path.basename(copy)}”`);
  await expect(page.getByRole('banner')).toContainText('Năm 2022');

  // Something that is not a copy of the data is refused with its reason; nothing changes.
  const notData = path.join(tempDir(), 'ghi-chu.sqlite');
  fs.writeFileSync(notData, 'Đây không phải tệp dữ liệu của phần mềm, chỉ là một ghi chú.');
  await page.locator('input[type=file]').setInputFiles(notData);
  await expect(page.locator('.ant-message-error')).toContainText('không phải dữ liệu của Khối Thi Đua (hoặc rỗng), không dùng để khôi phục được');
  await expect(page.getByTestId('copy-preview')).toHaveCount(0);
  fs.rmSync(path.dirname(notData), { recursive: true, force: true });
});

test('on a new computer the welcome screen opens the copy brought from the old one, evidence files included', async ({ page }) => {
  // The old computer: the demo bloc with one evidence file, saved as a copy (.zip).
  const old = await openTestServices();
  let copy: string;
  try {
    const { yearId } = await openDemoYear(old, 2022);
    const unitId = (await old.ok('units.list', { yearId }))[0]!.unitId;
    const pdf = { fileName: 'Báo cáo tổng kết.pdf', base64: Buffer.from('%PDF-1.4 báo cáo').toString('base64') };
    await old.ok('scoring.addEvidence', { yearId, unitId, itemKey: 'c1-1', file: pdf });
    copy = (await old.ok('backups.saveCopy', {})).path!;
  } finally {
    await old.close();
  }

  await page.getByRole('button', { name: 'Mở bản sao dữ liệu…' }).click();
  await page.locator('input[type=file]').nth(1).setInputFiles(copy);
  await expect(page.getByTestId('copy-preview')).toContainText('Khối thi đua Văn hóa - Xã hội');
  await expect(page.getByText('kèm 1 tệp minh chứng và văn bản đã lưu')).toBeVisible();
  await settled(page);
  await screen(page, 'backups-07-welcome-copy');
  await page.getByRole('button', { name: 'Khôi phục từ bản sao này' }).click();
  await expect(page.getByRole('dialog', { name: 'Khôi phục dữ liệu' })).toContainText('Đặt 1 tệp minh chứng');
  await confirmRestore(page, path.basename(copy));
  await expect(page.getByTestId('restored')).toContainText('Đã đặt 1 tệp minh chứng');
  await expect(page.getByRole('banner')).toContainText('Khối thi đua Văn hóa - Xã hội');
  await expect(page.getByRole('banner')).toContainText('Năm 2022');
  fs.rmSync(old.dir, { recursive: true, force: true });
});

test('a backup gone from the disk meanwhile: the restore is refused in the dialog, nothing changes', async ({ page }) => {
  await openDemo(page);
  await openBackups(page);
  await page.getByRole('button', { name: 'Sao lưu ngay' }).click();
  const manual = backupRows(page).filter({ hasText: 'Sao lưu thủ công' });
  await manual.click();
  await expect(page.getByTestId('backup-preview')).toContainText('1 khối, 3 năm');

  // The data folder the screen names: its backups/ holds the file, removed behind the window's back.
  const dataDir = (await page.getByText(/khoi-thi-dua-e2e-/).first().textContent())!.trim();
  const backups = path.join(dataDir, 'backups');
  for (const name of fs.readdirSync(backups)) fs.rmSync(path.join(backups, name));

  await page.getByRole('button', { name: 'Khôi phục bản này' }).click();
  const dialog = page.getByRole('dialog', { name: 'Khôi phục dữ liệu' });
  await dialog.getByRole('button', { name: 'Khôi phục' }).click();
  await expect(dialog.getByTestId('restore-error')).toContainText('Không tìm thấy bản sao lưu này');
  await dialog.getByRole('button', { name: 'Hủy' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('restored')).toHaveCount(0);
  await expect(page.getByRole('banner')).toContainText('Năm 2022');
});

test('the second folder: a bad path refused at the field, backups copied there, the stick pulled out', async ({ page }) => {
  const usb = tempDir();
  await openDemo(page);
  await openBackups(page);
  await expect(page.getByTestId('mirror-dir')).toHaveText('Chưa đặt thư mục thứ hai.');

  const field = page.getByLabel('Đường dẫn đầy đủ của thư mục');
  await field.fill('khong-co-thu-muc-nay');
  await page.getByRole('button', { name: 'Dùng thư mục này' }).click();
  await expect(page.locator('.ant-form-item-explain-error')).toHaveText('Không tìm thấy thư mục khong-co-thu-muc-nay.');

  await field.fill(usb);
  await page.getByRole('button', { name: 'Dùng thư mục này' }).click();
  await expect(page.getByTestId('mirror-dir')).toContainText(usb);
  await page.getByRole('button', { name: 'Sao lưu ngay' }).click();
  const manual = backupRows(page).filter({ hasText: 'Sao lưu thủ công' });
  await expect(manual.locator('td').last()).toHaveText('Thư mục dữ liệuThư mục thứ hai');
  expect(fs.readdirSync(usb).filter((f) => f.endsWith('.sqlite'))).toHaveLength(1);
  await settled(page);
  await screen(page, 'backups-06-second-folder');

  // The stick pulled out: the screen says so; backups still go to the data folder.
  fs.rmSync(usb, { recursive: true, force: true });
  await page.reload();
  await expect(page.getByText('Không thấy thư mục thứ hai (ổ USB chưa cắm?)')).toBeVisible();
  await page.getByRole('button', { name: 'Sao lưu ngay' }).click();
  await expect(page.getByText('chưa chép được sang thư mục thứ hai')).toBeVisible();
  await expect(backupRows(page).filter({ hasText: 'Sao lưu thủ công' })).toHaveCount(2);

  await page.getByRole('button', { name: 'Bỏ thư mục thứ hai' }).click();
  await expect(page.getByTestId('mirror-dir')).toHaveText('Chưa đặt thư mục thứ hai.');
  await expect(page.getByText('Không thấy thư mục thứ hai')).toHaveCount(0);
});
