// The demo's 2022 year end as a new user meets it: the rules and the tellers, the usual two awards, the
// candidate lists from the ranking, each count entered twice (a mismatch shown, then fixed), next year's
// head and deputy, the award proposal issued, then the year closed from the dashboard.
import type { Page } from '@playwright/test';
import { choose, expect, formItem, openDemo, openScreen, screen, settled, test } from './fixtures.js';

const flag = 'Cờ thi đua của Ủy ban nhân dân tỉnh';
const certificate = 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh';

const awardTab = (page: Page, name: string) => page.getByRole('tab', { name: new RegExp(name) });
const round = (page: Page, award: number) => page.getByTestId(`round-${award}-1`);

/** Types one entry of the count with the keyboard only: Enter goes to the next field, the last one saves. */
async function enterCount(page: Page, award: number, entry: 1 | 2, figures: number[], by: string): Promise<void> {
  await round(page, award).getByLabel(`Số phiếu phát ra (lần ${entry})`).click();
  for (const figure of figures) {
    await page.keyboard.type(String(figure));
    await page.keyboard.press('Enter');
  }
  await page.keyboard.type(by);
  await page.keyboard.press('Enter');
  await expect(round(page, award).getByText(`Đã lưu · ${by}`)).toBeVisible();
}

test('a new user runs the 2022 year end from the candidate lists to the issued proposal, then closes the year', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await openDemo(page);
  await openScreen(page, 'Bình xét khen thưởng');
  await expect(page.getByRole('heading', { name: 'Bình xét khen thưởng năm 2022' })).toBeVisible();
  await screen(page, 'year-end-01-start');

  // 1. The rules: the conference (checked in: all ten present), over 50% of the members, the tellers.
  await expect(page.getByLabel('Hội nghị tổng kết')).toBeVisible();
  await expect(page.getByTestId('present-line')).toContainText('Có mặt: 10/10 đơn vị');
  await page.getByRole('button', { name: 'Thêm thành viên Ban kiểm phiếu' }).click();
  await page.getByLabel('Họ tên thành viên 1').fill('Lương Văn S');
  await page.getByLabel('Chức vụ thành viên 1').fill('Chuyên viên Sở Y tế');
  await page.getByRole('button', { name: 'Thêm thành viên Ban kiểm phiếu' }).click();
  // A member without a name: the service's message at the field.
  await page.getByRole('button', { name: 'Lưu quy định bầu chọn' }).click();
  await expect(page.locator('.ant-form-item-explain-error').first()).toBeVisible();
  await page.getByLabel('Họ tên thành viên 2').fill('Hà Văn U');
  await page.getByLabel('Chức vụ thành viên 2').fill('Chuyên viên Sở Thông tin và Truyền thông');
  await expect(page.getByTestId('rule-sentence')).toHaveText('Trúng cử khi số phiếu đồng ý trên 50% tổng số đơn vị thành viên.');
  await page.getByRole('button', { name: 'Lưu quy định bầu chọn' }).click();
  await expect(page.getByText('Đã lưu quy định bầu chọn')).toBeVisible();
  await expect(page.getByLabel('Họ tên thành viên 2')).toHaveValue('Hà Văn U');

  // 2. The usual awards, offered pre-filled: one flag, three certificates.
  await expect(page.getByLabel('Tên hình thức khen thưởng 1')).toHaveValue(flag);
  await expect(page.getByLabel('Số lượng đề nghị 2')).toHaveValue('3');
  await page.getByRole('button', { name: 'Lưu hình thức khen thưởng' }).click();
  await expect(page.getByText('Đã lưu các hình thức khen thưởng')).toBeVisible();
  await screen(page, 'year-end-02-rules-awards');

  // 3. The flag: the list from the ranking, three units ticked.
  await awardTab(page, flag).click();
  await page.getByRole('button', { name: 'Lập danh sách từ kết quả xếp hạng' }).click();
  await expect(page.getByText(`Đã lập danh sách đề nghị ${flag}`)).toBeVisible();
  const flagRound = round(page, 1);
  await expect(flagRound.getByRole('checkbox', { checked: true })).toHaveCount(3);
  await screen(page, 'year-end-03-flag-candidates');
  const onBallot = await flagRound.locator('tr.ant-table-row').filter({ has: page.getByRole('checkbox', { checked: true }) }).locator('td:nth-child(2)').allInnerTexts();
  const [first, second, third] = onBallot.map((text) => text.replace(/\s*Đề xuất\s*$/, '').trim());
  expect(first && second && third).toBeTruthy();
  // Leaving a proposed unit off needs a reason; ticked again, the list is as proposed.
  await flagRound.getByRole('checkbox', { name: `Đưa ${third} vào phiếu bầu` }).uncheck();
  await flagRound.getByRole('button', { name: 'Lưu danh sách bầu' }).click();
  await expect(flagRound.getByText('Nhập lý do không đưa đơn vị vào danh sách')).toBeVisible();
  await screen(page, 'year-end-03a-reason-needed');
  await flagRound.getByRole('checkbox', { name: `Đưa ${third} vào phiếu bầu` }).check();
  await expect(flagRound.getByText('Nhập lý do không đưa đơn vị vào danh sách')).toHaveCount(0);
  // The ballots print from the document screen.
  await flagRound.getByRole('button', { name: 'In phiếu bầu' }).click();
  await expect(page.getByRole('radiogroup', { name: 'Loại văn bản' }).getByRole('radio', { name: 'Phiếu bầu' })).toBeChecked();
  await page.goBack();
  await awardTab(page, flag).click();

  // The count, twice: the second entry disagrees on the first unit's votes.
  await enterCount(page, 1, 1, [10, 10, 10, 0, 7, 2, 1], 'Lương Văn S');
  await expect(flagRound.getByText('Đã nhập lần 1. Nhập lần 2 để đối chiếu.')).toBeVisible();
  await enterCount(page, 1, 2, [10, 10, 10, 0, 6, 2, 1], 'Hà Văn U');
  await expect(flagRound.getByTestId('count-differences')).toContainText(`${first}: lần 1 là 7, lần 2 là 6`);
  await expect(flagRound.locator('[data-differs="true"]')).toHaveCount(2);
  await screen(page, 'year-end-04-flag-mismatch');
  const fix = flagRound.getByLabel(`${first} (lần 2)`);
  await fix.fill('7');
  await flagRound.getByRole('button', { name: 'Lưu lần nhập 2' }).click();
  await expect(flagRound.getByText('Hai lần nhập khớp nhau')).toBeVisible();
  const flagResult = flagRound.getByTestId('result-table');
  await expect(flagResult).toContainText('7/10 = 70,00% > 50%');
  await expect(flagResult.locator('tr').filter({ hasText: first! })).toContainText('Trúng cử');
  await expect(flagResult.locator('tr').filter({ hasText: second! })).toContainText('Không đạt');
  await expect(awardTab(page, flag)).toContainText('(1/1)');
  await screen(page, 'year-end-05-flag-counted');

  // The certificates: the flag's unit is no longer proposed; six on the ballot, three elected.
  await awardTab(page, certificate).click();
  await page.getByRole('button', { name: 'Lập danh sách từ kết quả xếp hạng' }).click();
  const certRound = round(page, 2);
  await expect(certRound.getByRole('checkbox', { checked: true })).toHaveCount(6);
  const counts = [10, 10, 9, 1, 8, 7, 6, 3, 2, 1];
  await enterCount(page, 2, 1, counts, 'Lương Văn S');
  await enterCount(page, 2, 2, counts, 'Hà Văn U');
  await expect(certRound.getByText('Hai lần nhập khớp nhau')).toBeVisible();
  await expect(certRound.getByTestId('result-table')).toContainText('8/10 = 80,00% > 50%');
  await expect(certRound.getByTestId('result-table')).toContainText('3/10 = 30,00% ≤ 50%');
  await expect(certRound.getByTestId('result-table').locator('tbody .ant-tag').filter({ hasText: /^Trúng cử$/ })).toHaveCount(3);
  await screen(page, 'year-end-06-certificates-counted');

  // 4. Next year's head and deputy: the current deputy is suggested as head.
  await expect(page.getByRole('combobox', { name: 'Trưởng khối năm 2023' }).locator('..')).toContainText(first!);
  // The deputy cannot be the head: the contract's message at the field.
  await choose(page, page.getByLabel('Phó khối năm 2023'), first!);
  await page.getByRole('button', { name: 'Lưu Trưởng khối, Phó khối năm 2023' }).click();
  await expect(formItem(page, 'Phó khối năm 2023')).toContainText('Đơn vị Phó khối phải khác đơn vị Trưởng khối');
  await choose(page, page.getByLabel('Phó khối năm 2023'), third!);
  await page.getByRole('radiogroup', { name: 'Căn cứ chọn Trưởng khối, Phó khối' }).getByText('Bầu tại Hội nghị').click();
  await page.getByRole('button', { name: 'Lưu Trưởng khối, Phó khối năm 2023' }).click();
  await expect(page.getByText('Đã lưu Trưởng khối, Phó khối năm sau')).toBeVisible();
  await screen(page, 'year-end-07-succession');

  // 5. The proposal to the province, issued from the document screen.
  await page.getByRole('button', { name: 'Tờ trình đề nghị khen thưởng' }).click();
  const preview = page.getByTestId('document-preview');
  await expect(preview).toContainText('TỜ TRÌNH');
  await expect(preview).toContainText(first!);
  await screen(page, 'year-end-08-proposal');
  await page.getByRole('button', { name: 'Ban hành', exact: true }).click();
  const issue = page.getByRole('dialog', { name: 'Ban hành văn bản' });
  await issue.getByRole('button', { name: 'Ban hành' }).click();
  await expect(page.getByText(/Đã ban hành văn bản số \d+\/TTr-/)).toBeVisible();
  await screen(page, 'year-end-09-proposal-issued');

  // Closing from the dashboard: the checklist, a reason for what remains, then read-only.
  await openScreen(page, 'Tổng quan');
  await page.getByRole('button', { name: 'Khóa sổ năm 2022' }).click();
  const dialog = page.getByRole('dialog', { name: 'Khóa sổ năm 2022' });
  await expect(dialog.getByRole('list', { name: 'Các việc trước khi khóa sổ' }).getByRole('listitem').first()).toBeVisible();
  await settled(page);
  await screen(page, 'year-end-10-close-checklist');
  // The vote is counted and the proposal issued; the annual report is not, so a reason is asked for.
  await expect(dialog.getByRole('listitem').filter({ hasText: 'Tờ trình đề nghị khen thưởng' }).getByLabel('Đã xong')).toBeVisible();
  await expect(dialog.getByRole('listitem').filter({ hasText: 'Báo cáo tổng kết năm' })).toContainText('Chưa ban hành Báo cáo tổng kết năm.');
  await dialog.getByRole('button', { name: 'Khóa sổ' }).click();
  await expect(dialog.getByText('Còn mục chưa xong: nhập lý do khóa sổ.')).toBeVisible();
  await dialog.getByRole('textbox').fill('Báo cáo và biên bản tổng kết đã ban hành trên giấy, lưu tại hồ sơ Khối.');
  await dialog.getByRole('button', { name: 'Khóa sổ' }).click();
  await expect(page.getByText('Đã khóa sổ năm 2022')).toBeVisible();
  await expect(page.getByRole('main').getByText('Đã khóa sổ', { exact: true })).toBeVisible();

  await openScreen(page, 'Bình xét khen thưởng');
  await expect(page.getByText('Năm 2022 đã khóa sổ: kết quả bình xét chỉ để xem và in lại.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Lưu quy định bầu chọn' })).toBeDisabled();
  await awardTab(page, flag).click();
  await expect(round(page, 1).getByRole('button', { name: 'Lưu lần nhập 1' })).toBeDisabled();
  await screen(page, 'year-end-11-closed');

  // Next year from this one, headed as the conference decided.
  await page.getByRole('button', { name: 'Tạo năm 2023' }).click();
  await page.getByRole('button', { name: 'Chuyển sang năm 2023' }).click();
  await expect(page.getByRole('banner')).toContainText('Năm 2023');
  await openScreen(page, 'Tổng quan');
  await expect(page.getByTestId('head-unit')).toHaveText(first!);
  await expect(page.getByTestId('deputy-unit')).toHaveText(third!);
});
