import { choose, expect, openDemo, openScreen, screen, switchYear, tableRows, test } from './fixtures.js';

test('removing, adding back, retiring and merging units keep earlier years unchanged', async ({ page }) => {
  await openDemo(page);
  await openScreen(page, 'Đơn vị');
  await expect(tableRows(page)).toHaveCount(10);

  // Remove from 2022, then add it back as an existing unit.
  await page.getByRole('button', { name: 'Bỏ Sở Y tế khỏi năm 2022' }).click();
  await page.getByRole('tooltip').getByRole('button', { name: 'Bỏ khỏi năm' }).click();
  await expect(tableRows(page)).toHaveCount(9);
  await page.getByRole('button', { name: 'Thêm đơn vị đã có' }).click();
  const add = page.getByRole('dialog', { name: 'Thêm đơn vị đã có vào năm 2022' });
  await choose(page, add.getByLabel('Đơn vị', { exact: true }), 'Sở Y tế');
  await add.getByRole('button', { name: 'Thêm vào năm 2022' }).click();
  await expect(tableRows(page)).toHaveCount(10);

  // The head unit cannot be removed: the server's message is shown.
  await page.getByRole('button', { name: 'Bỏ Ban Dân tộc khỏi năm 2022' }).click();
  await page.getByRole('tooltip').getByRole('button', { name: 'Bỏ khỏi năm' }).click();
  await expect(page.getByText('“Ban Dân tộc” đang là Trưởng khối năm 2022. Hãy chọn Trưởng khối khác trước khi bỏ đơn vị này.')).toBeVisible();

  // Retire a unit after 2020: it leaves 2022, 2018 and 2020 keep it.
  await switchYear(page, 2020);
  await page.getByRole('button', { name: 'Sở Khoa học và Công nghệ ngừng tham gia từ sau năm 2020' }).click();
  await page.getByRole('tooltip').getByRole('button', { name: 'Ngừng tham gia' }).click();
  await expect(page.getByText('“Sở Khoa học và Công nghệ” ngừng tham gia khối từ sau năm 2020')).toBeVisible();
  await expect(tableRows(page)).toHaveCount(10);
  await switchYear(page, 2022);
  await expect(tableRows(page)).toHaveCount(9);

  // Merge two units from 2022.
  await page.getByRole('checkbox', { name: 'Chọn Sở Thông tin và Truyền thông' }).check();
  await page.getByRole('checkbox', { name: 'Chọn Sở Văn hóa, Thể thao và Du lịch' }).check();
  await page.getByRole('button', { name: 'Hợp nhất đơn vị (2)' }).click();
  const dialog = page.getByRole('dialog', { name: 'Hợp nhất đơn vị từ năm 2022' });
  await dialog.getByLabel('Tên đơn vị', { exact: true }).fill('Sở Văn hóa, Thể thao, Du lịch và Truyền thông');
  await dialog.getByLabel('Tên viết tắt').press('Enter');
  const confirm = page.getByRole('dialog', { name: /Hợp nhất 2 đơn vị thành/ });
  await expect(confirm).toContainText('Các năm trước (2018, 2020) vẫn giữ nguyên các đơn vị cũ với tên cũ.');
  await confirm.getByRole('button', { name: 'Hợp nhất' }).click();
  await expect(page.getByText('Đã hợp nhất thành “Sở Văn hóa, Thể thao, Du lịch và Truyền thông”')).toBeVisible();
  await expect(tableRows(page)).toHaveCount(8);

  await page.getByRole('tab', { name: 'Tất cả đơn vị' }).click();
  await expect(tableRows(page).filter({ hasText: 'Sở Khoa học và Công nghệ' })).toContainText('Ngừng từ sau năm 2020');
  await expect(tableRows(page).filter({ hasText: 'Sở Thông tin và Truyền thông' })).toContainText(
    'Đã hợp nhất vào “Sở Văn hóa, Thể thao, Du lịch và Truyền thông” từ năm 2022',
  );
  await page.getByRole('searchbox', { name: 'Tìm trong tất cả đơn vị' }).fill('ngung');
  await expect(tableRows(page)).toHaveCount(0);
  await page.getByRole('searchbox', { name: 'Tìm trong tất cả đơn vị' }).fill('truyen thong');
  await expect(tableRows(page)).toHaveCount(3);
  await screen(page, '11-all-units-after-merge');

  await switchYear(page, 2018);
  await page.getByRole('tab', { name: 'Đơn vị năm 2018' }).click();
  await expect(tableRows(page)).toHaveCount(11);
});
