// A closed year reopened as an officer does it: "Mở lại năm" asks for the reason (required) and says a backup
// is taken first; the year takes edits again, and its history lists the closing and the reopening with
// their reasons.
import { closeYear, expect, openDemo, openScreen, screen, settled, test } from './fixtures.js';

test('an officer reopens a closed year with a reason and sees it in the year’s history', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openDemo(page);
  await closeYear(page, 2022);
  const card = page.getByRole('main');
  const history = card.getByRole('region', { name: 'Lịch sử khóa sổ năm 2022' });
  await expect(history).toContainText('Khóa sổ');
  await expect(history).toContainText('Lý do: Khóa sổ để kiểm thử');
  await screen(page, 'reopen-year-00-closed');

  await card.getByRole('button', { name: 'Mở lại năm 2022' }).click();
  const dialog = page.getByRole('dialog', { name: 'Mở lại năm 2022' });
  await expect(dialog).toContainText('Trước khi mở lại, phần mềm sao lưu toàn bộ dữ liệu');
  await settled(page); // a click during the modal's opening animation can miss its button
  // The reason is required, with the service's own words.
  await dialog.getByRole('button', { name: 'Mở lại năm' }).click();
  await expect(dialog.getByText('Lý do mở lại không được để trống')).toBeVisible();
  await dialog.getByLabel('Lý do mở lại').fill('Sửa tên thủ trưởng Sở Y tế trong biên bản tổng kết.');
  await expect(dialog.getByText('Lý do mở lại không được để trống')).toBeHidden();
  await settled(page);
  await dialog.screenshot({ path: 'test-results/screens/reopen-year-01-dialog.png' });
  await dialog.getByRole('button', { name: 'Mở lại năm' }).click();
  await expect(page.getByText('Đã mở lại năm 2022')).toBeVisible();
  await expect(dialog).toBeHidden();

  // Open again: it can be closed again, and the history says what happened, oldest first.
  await expect(card.getByText('Đang thực hiện', { exact: true }).first()).toBeVisible();
  await expect(card.getByRole('button', { name: 'Khóa sổ năm 2022' })).toBeVisible();
  const entries = history.getByRole('listitem');
  await expect(entries).toHaveCount(2);
  await expect(entries.nth(0)).toContainText(/Khóa sổ · \d{2}\/\d{2}\/\d{4} lúc \d{2}:\d{2}/);
  await expect(entries.nth(1)).toContainText('Mở lại');
  await expect(entries.nth(1)).toContainText('Lý do: Sửa tên thủ trưởng Sở Y tế trong biên bản tổng kết.');
  await history.scrollIntoViewIfNeeded();
  await screen(page, 'reopen-year-02-history');

  // The dashboard shows the same history.
  await openScreen(page, 'Tổng quan');
  await expect(page.getByRole('region', { name: 'Lịch sử khóa sổ năm 2022' }).getByRole('listitem')).toHaveCount(2);
});
