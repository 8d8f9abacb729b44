import type { Page } from '@playwright/test';
import { choose, closeYear, expect, openDemo, openScreen, screen, switchYear, test } from './fixtures.js';

const preview = (page: Page) => page.getByTestId('document-preview');
const item = (page: Page, n: number) => page.getByLabel(`Nội dung giao ước ${n}`, { exact: true });
const signatories = (page: Page) => page.locator('.ant-card').filter({ has: page.getByText('Đơn vị ký giao ước', { exact: true }) });
const signatoryRow = (page: Page, unit: string) => signatories(page).locator('.ant-table-row').filter({ hasText: unit });

/** The demo's 2018 member units, the head unit (Trường Cao đẳng Cộng đồng) first. */
const units2018 = [
  'Trường Cao đẳng Cộng đồng Bắc Kạn',
  'Bảo hiểm xã hội tỉnh Bắc Kạn',
  'Trường Cao đẳng Nghề Dân tộc Nội trú Bắc Kạn',
  'Sở Văn hóa, Thể thao và Du lịch',
  'Sở Thông tin và Truyền thông',
  'Sở Khoa học và Công nghệ',
  'Sở Y tế',
  'Ban Dân tộc',
  'Sở Giáo dục và Đào tạo',
  'Đài Phát thanh và Truyền hình tỉnh Bắc Kạn',
  'Sở Lao động - Thương binh và Xã hội',
];

const edited = 'Đoàn kết, đổi mới phương pháp làm việc, phấn đấu hoàn thành xuất sắc nhiệm vụ chính trị năm 2018 của mỗi đơn vị.';

test('the 2018 pledge: edit and reorder items, a deputy signs for one unit, preview, issue without a number, find it in the register', async ({ page }) => {
  await openDemo(page, 2018);
  await openScreen(page, 'Giao ước thi đua');
  await expect(page.getByRole('heading', { name: 'Giao ước thi đua năm 2018' })).toBeVisible();
  await expect(page.getByLabel('Tên văn bản', { exact: true })).toHaveValue('BẢN GIAO ƯỚC THI ĐUA NĂM 2018');
  await expect(page.getByText('Bản nháp theo mẫu của khối, chưa được lưu')).toHaveCount(0);
  await expect(item(page, 1)).toHaveValue(/^Phát huy tinh thần đoàn kết/);
  const second = await item(page, 2).inputValue();

  // An empty item: the contract's message next to it, and nothing saved.
  await item(page, 2).fill('');
  await page.getByRole('button', { name: 'Lưu giao ước' }).click();
  await expect(page.getByText('Nội dung giao ước không được để trống')).toBeVisible();
  await expect(page.locator('.ant-form-item-has-error').getByLabel('Nội dung giao ước 2')).toBeVisible();
  await screen(page, '40a-pledge-empty-item');
  await expect(page.getByText('Đã lưu', { exact: true })).toHaveCount(0);
  await page.reload();
  await switchYear(page, 2018);
  await expect(item(page, 2)).toHaveValue(second);

  // Edit the first item, then move it down with the keyboard: the focus follows the moved item.
  await item(page, 1).fill(edited);
  await page.getByRole('button', { name: 'Chuyển xuống nội dung 1' }).focus();
  await page.keyboard.press('Enter');
  await expect(item(page, 1)).toHaveValue(second);
  await expect(item(page, 2)).toHaveValue(edited);
  await expect(page.getByRole('button', { name: 'Chuyển xuống nội dung 2' })).toBeFocused();
  await expect(page.getByText('Có thay đổi chưa lưu')).toBeVisible();
  await page.getByRole('button', { name: 'Lưu giao ước' }).click();
  await expect(page.getByText('Đã lưu', { exact: true })).toBeVisible();
  await expect(item(page, 2)).toHaveValue(edited);
  await screen(page, '40-pledge');

  // Signatories: the head unit first, every member once; each position as it prints.
  const rows = signatories(page).locator('.ant-table-row');
  await expect(rows).toHaveCount(11);
  await expect(rows.first()).toContainText('Trường Cao đẳng Cộng đồng Bắc Kạn');
  await expect(rows.first()).toContainText('Trưởng khối');
  await expect(signatoryRow(page, 'Sở Y tế')).toContainText('GIÁM ĐỐC');
  await expect(signatoryRow(page, 'Sở Y tế')).toContainText('Đặng Văn H');

  // A deputy signs for Sở Y tế: set in the Đơn vị screen's drawer, reached from the row.
  await page.getByRole('button', { name: 'Sửa đơn vị Sở Y tế' }).click();
  const drawer = page.getByRole('dialog', { name: 'Sửa đơn vị năm 2018' });
  await expect(drawer.getByLabel('Tên đơn vị')).toHaveValue('Sở Y tế');
  await drawer.getByRole('switch', { name: 'Cấp phó ký thay (KT.)' }).click();
  await drawer.getByLabel('Chức vụ cấp phó').fill('PHÓ GIÁM ĐỐC');
  await drawer.getByLabel('Họ tên cấp phó').fill('Lý Văn P');
  // The officer's own line breaks of the unit's name in its signature block; other words are refused.
  await drawer.getByLabel('Các dòng của tên khi in').fill('Sở Y tế tỉnh');
  await drawer.getByRole('button', { name: 'Lưu' }).click();
  await expect(drawer.getByText('Tên in ở ô chữ ký phải giữ nguyên tên đơn vị, chỉ thêm chỗ xuống dòng')).toBeVisible();
  await drawer.getByLabel('Các dòng của tên khi in').fill('Sở\nY tế');
  await drawer.getByRole('button', { name: 'Lưu' }).click();
  await expect(drawer).toBeHidden();
  await page.getByRole('button', { name: 'Quay lại Giao ước thi đua' }).click();
  await expect(page.getByRole('heading', { name: 'Giao ước thi đua năm 2018' })).toBeVisible();
  await expect(signatoryRow(page, 'Sở Y tế')).toContainText('KT. GIÁM ĐỐC');
  await expect(signatoryRow(page, 'Sở Y tế')).toContainText('PHÓ GIÁM ĐỐC');
  await expect(signatoryRow(page, 'Sở Y tế')).toContainText('Lý Văn P');
  await expect(page.getByText(/Đủ chức vụ và họ tên người ký của 11 đơn vị/)).toBeVisible();
  await signatories(page).screenshot({ path: 'test-results/screens/41-pledge-signatories.png' });

  // The preview: title, the edited item, every unit's block and the KT. lines, no "Số:" line.
  await page.getByRole('button', { name: 'Xem trước, in và ban hành' }).click();
  await expect(preview(page)).toContainText('BẢN GIAO ƯỚC THI ĐUA NĂM 2018');
  await expect(preview(page)).toContainText(`2. ${edited}`);
  for (const unit of units2018.filter((u) => u !== 'Sở Y tế')) await expect(preview(page)).toContainText(unit.toLocaleUpperCase('vi'));
  await expect(preview(page).getByTestId('signature')).toHaveCount(11);
  const deputy = preview(page).getByTestId('signature').filter({ hasText: 'PHÓ GIÁM ĐỐC' });
  await expect(deputy.locator('.kt-grid-unit')).toHaveText('SỞ\nY TẾ');
  await expect(deputy).toContainText('KT. GIÁM ĐỐC');
  await expect(deputy).toContainText('PHÓ GIÁM ĐỐC');
  await expect(deputy).toContainText('Lý Văn P');
  await expect(preview(page)).not.toContainText('Số:');
  await screen(page, '42-pledge-preview');
  await preview(page).locator('.kt-sheet').screenshot({ path: 'test-results/screens/42a-pledge-page.png' });
  await preview(page).getByTestId('signature-grid').screenshot({ path: 'test-results/screens/42b-pledge-signature-grid.png' });

  // Issued without a number.
  await expect(page.getByText('Văn bản đạt thể thức')).toBeVisible();
  await page.getByRole('button', { name: 'Ban hành', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Ban hành văn bản' });
  await expect(dialog).toContainText('không số');
  // Dated the day of the signing conference by default; the rule of the year is shown.
  await expect(dialog.getByLabel('Ngày ban hành')).toHaveValue('09/03/2018');
  await expect(dialog).toContainText('Ngày ban hành phải trong năm 2018 (từ 01/01/2018 đến 31/12/2018).');
  await dialog.getByRole('button', { name: 'Ban hành' }).click();
  await expect(page.getByText('Đã ban hành văn bản (không số)')).toBeVisible();
  await expect(page.getByText('Văn bản số Không số')).toHaveCount(0);

  await openScreen(page, 'Sổ văn bản');
  const entry = page.locator('.ant-table-row').filter({ hasText: 'Không số' });
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText('Bản giao ước thi đua năm 2018');
  await expect(entry).toContainText('09/3/2018');
  await expect(entry).toContainText('Đã ban hành');
  await screen(page, '43-pledge-register');
  await entry.getByRole('button', { name: /^Xem văn bản không số/ }).click();
  const view = page.getByRole('dialog', { name: /Văn bản không số/ });
  await expect(view.getByTestId('document-preview')).toContainText('BẢN GIAO ƯỚC THI ĐUA NĂM 2018');
  await expect(view.getByTestId('document-preview')).toContainText(edited);
});

test('a year without a pledge starts from last year’s; a closed year’s pledge is read-only', async ({ page }) => {
  await openDemo(page);
  await openScreen(page, 'Giao ước thi đua');
  await expect(page.getByRole('heading', { name: 'Giao ước thi đua năm 2022' })).toBeVisible();
  await expect(page.getByText('Bản nháp theo mẫu của khối, chưa được lưu')).toBeVisible();

  await page.getByRole('button', { name: 'Bắt đầu từ năm trước' }).click();
  const confirm = page.getByRole('dialog').filter({ hasText: 'Bắt đầu từ giao ước của năm trước?' });
  await expect(confirm).toContainText('sẽ được thay bằng');
  await confirm.getByRole('button', { name: 'Thay nội dung' }).click();
  await expect(page.getByText('Đã thay nội dung giao ước')).toBeVisible();
  await expect(page.getByText('Bản nháp theo mẫu của khối, chưa được lưu')).toHaveCount(0);
  await expect(page.getByLabel('Tên văn bản', { exact: true })).toHaveValue('BẢN GIAO ƯỚC THI ĐUA NĂM 2022');
  await expect(item(page, 1)).toHaveValue(/^Phát huy tinh thần đoàn kết, đổi mới phương pháp làm việc, nâng cao chất lượng/);

  // Deleting an item asks first.
  const count = await page.getByTestId('nội dung-row').count();
  await page.getByRole('button', { name: 'Xóa nội dung 1' }).click();
  await page.getByRole('tooltip').getByRole('button', { name: 'Xóa' }).click();
  await expect(page.getByTestId('nội dung-row')).toHaveCount(count - 1);

  // The deletion is not saved: switching the year asks first.
  await choose(page, page.getByRole('combobox', { name: 'Năm thi đua:' }), 'Năm 2018');
  await page.getByRole('dialog').filter({ hasText: 'Bỏ các thay đổi chưa lưu?' }).getByRole('button', { name: 'Bỏ thay đổi' }).click();
  await expect(page.getByRole('banner')).toContainText('Năm 2018');
  await closeYear(page, 2018);
  await openScreen(page, 'Giao ước thi đua');
  await expect(page.getByText('Năm 2018 đã khóa sổ: giao ước chỉ để xem và in lại.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Lưu giao ước' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Bắt đầu từ năm trước' })).toBeDisabled();
  await expect(item(page, 1)).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Chuyển xuống Sở Y tế' })).toBeDisabled();
  await page.getByRole('button', { name: 'Xem trước, in và ban hành' }).click();
  await expect(preview(page)).toContainText('BẢN GIAO ƯỚC THI ĐUA NĂM 2018');
  await expect(page.getByRole('button', { name: 'Ban hành', exact: true })).toBeDisabled();
});
