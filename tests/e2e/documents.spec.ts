import type { Page } from '@playwright/test';
import { closeYear, expect, openDemo, openScreen, screen, settled, test } from './fixtures.js';

const conference = 'Hội nghị ký kết giao ước thi đua năm 2018';

const preview = (page: Page) => page.getByTestId('document-preview');
/** The page alone, at the preview's size, for a closer look. */
const sheet = (page: Page, name: string) =>
  preview(page).locator('.kt-sheet').screenshot({ path: `test-results/screens/${name}.png` });

const registerRow = (page: Page, number: string) => page.locator('.ant-table-row').filter({ hasText: number });

async function openConference(page: Page): Promise<void> {
  await openScreen(page, 'Hội nghị');
  await page.getByRole('row', { name: conference }).click();
  await expect(page.getByRole('heading', { name: conference })).toBeVisible();
}

/** Issues the previewed document; `date` (dd/mm/yyyy) when the dialog has no default for it. */
async function issue(page: Page, date?: string): Promise<void> {
  await expect(page.getByText('Văn bản đạt thể thức')).toBeVisible();
  await page.getByRole('button', { name: 'Ban hành', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Ban hành văn bản' });
  await expect(dialog).toContainText('không bao giờ được dùng lại');
  if (date) {
    await dialog.getByLabel('Ngày ban hành').fill(date);
    await dialog.getByLabel('Ngày ban hành').press('Enter');
  }
  await dialog.getByRole('button', { name: 'Ban hành' }).click();
}

test('the signing conference’s invitation and minutes are issued, numbered in the register, and one withdrawn', async ({ page }) => {
  await openDemo(page, 2018);
  await openScreen(page, 'Hội nghị');
  await expect(page.getByRole('row', { name: conference })).toContainText('09/3/2018');
  await screen(page, '20-meetings');

  await openConference(page);
  await expect(page.getByLabel('Địa điểm')).toHaveValue('Trường Cao đẳng Cộng đồng tỉnh Bắc Kạn');
  await screen(page, '21-meeting-form');

  // The invitation: a draft preview in the state format, then issued with the first number.
  await page.getByRole('button', { name: 'Giấy mời' }).click();
  await expect(preview(page)).toContainText('GIẤY MỜI');
  await expect(preview(page)).toContainText('UBND TỈNH BẮC KẠN');
  // The issuing body breaks where the DOCX breaks it.
  await expect(preview(page).locator('.kt-issuing')).toHaveText(['KHỐI THI ĐUA', 'VĂN HÓA - XÃ HỘI']);
  await expect(preview(page)).toContainText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  await expect(preview(page)).toContainText(/Bắc Kạn, ngày\s+tháng\s+năm/);
  await expect(preview(page)).toContainText('Nơi nhận:');
  await screen(page, '22-invitation-preview');
  await sheet(page, '22a-invitation-page');
  // What the printer gets: the page alone.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Chức năng' })).toBeHidden();
  await screen(page, '22b-invitation-print');
  await page.emulateMedia({ media: 'screen' });
  // The dialog opens on a week before the meeting (Friday 09/3/2018), not on today.
  await page.getByRole('button', { name: 'Ban hành', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Ban hành văn bản' }).getByLabel('Ngày ban hành')).toHaveValue('02/03/2018');
  await page.getByRole('dialog', { name: 'Ban hành văn bản' }).getByRole('button', { name: 'Hủy' }).click();
  await issue(page);
  await expect(page.getByText('Đã ban hành văn bản số 01/GM-KTĐVHXH')).toBeVisible();
  await expect(preview(page)).toContainText('Số: 01/GM-KTĐVHXH');
  await expect(preview(page)).toContainText('Bắc Kạn, ngày 02 tháng 3 năm 2018');
  await screen(page, '23-invitation-issued');

  await openScreen(page, 'Sổ văn bản');
  await expect(registerRow(page, '01/GM-KTĐVHXH')).toContainText('Đã ban hành');
  await expect(registerRow(page, '01/GM-KTĐVHXH')).toContainText('Giấy mời');

  // The minutes take the next number.
  await openConference(page);
  await page.getByRole('button', { name: 'Biên bản' }).click();
  await expect(preview(page)).toContainText('BIÊN BẢN');
  await expect(preview(page)).toContainText('THƯ KÝ');
  await screen(page, '24-minutes-preview');
  await sheet(page, '24a-minutes-page');
  await issue(page);
  await expect(page.getByText('Đã ban hành văn bản số 02/BB-KTĐVHXH')).toBeVisible();

  // Withdrawn: the status changes, the number stays in the register.
  await openScreen(page, 'Sổ văn bản');
  await expect(registerRow(page, '02/BB-KTĐVHXH')).toContainText('Đã ban hành');
  await page.getByRole('button', { name: 'Thu hồi văn bản số 01/GM-KTĐVHXH' }).click();
  const confirm = page.getByRole('dialog').filter({ hasText: 'Thu hồi văn bản số 01/GM-KTĐVHXH?' });
  await expect(confirm).toContainText('không được cấp lại');
  await confirm.getByRole('button', { name: 'Thu hồi' }).click();
  await expect(confirm).toBeHidden();
  await expect(registerRow(page, '01/GM-KTĐVHXH')).toContainText('Đã thu hồi');
  await expect(registerRow(page, '02/BB-KTĐVHXH')).toContainText('Đã ban hành');
  await page.getByRole('searchbox', { name: 'Tìm văn bản' }).fill('bien ban');
  await expect(page.locator('.ant-table-row')).toHaveCount(1);
  await page.getByRole('searchbox', { name: 'Tìm văn bản' }).fill('');
  await screen(page, '25-register');

  // Reprint from the register: the snapshot's document, with its number.
  await page.getByRole('button', { name: 'Xem văn bản số 02/BB-KTĐVHXH' }).click();
  const view = page.getByRole('dialog', { name: /Văn bản số 02\/BB-KTĐVHXH/ });
  await expect(view.getByTestId('document-preview')).toContainText('Số: 02/BB-KTĐVHXH');
  await expect(view.getByRole('button', { name: 'Lưu DOCX' })).toBeVisible();
  await settled(page); // the dialog's opening animation, for the screenshot
  await screen(page, '26-register-view');
});

test('a meeting without a place says so; its agenda reorders with the keyboard', async ({ page }) => {
  await openDemo(page);
  await openScreen(page, 'Hội nghị');
  await page.getByRole('button', { name: 'Thêm hội nghị' }).click();
  await page.getByLabel('Loại hội nghị').click();
  await page.locator('.ant-select-item-option').filter({ hasText: 'Sơ kết 6 tháng' }).click();
  await page.getByLabel('Tên hội nghị').fill('Hội nghị sơ kết 6 tháng đầu năm 2022');
  await page.getByLabel('Ngày họp').fill('15/07/2022');
  await page.getByLabel('Ngày họp').press('Enter');
  await page.getByLabel('Giờ bắt đầu').fill('8:00');
  await page.getByRole('button', { name: 'Thêm nội dung chương trình' }).click();
  await page.getByLabel('Nội dung chương trình 1').fill('Báo cáo sơ kết');
  await page.getByRole('button', { name: 'Thêm nội dung chương trình' }).click();
  await page.getByLabel('Nội dung chương trình 2').fill('Thảo luận');
  await page.getByRole('button', { name: 'Thêm khách mời' }).click();
  await page.getByLabel('Cơ quan khách mời 1').fill('Ban Thi đua - Khen thưởng tỉnh');
  await page.getByRole('button', { name: 'Thêm hội nghị', exact: true }).last().click();
  // The contract's own message, next to the field.
  await expect(page.getByText('Giờ phải có dạng giờ:phút, ví dụ 14:00')).toBeVisible();
  await page.getByLabel('Giờ bắt đầu').fill('08:00');
  await page.getByRole('button', { name: 'Thêm hội nghị', exact: true }).last().click();
  await expect(page.getByRole('heading', { name: 'Hội nghị sơ kết 6 tháng đầu năm 2022' })).toBeVisible();

  // Move "Thảo luận" up with the keyboard.
  await page.getByRole('button', { name: 'Chuyển lên nội dung 2' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Nội dung chương trình 1')).toHaveValue('Thảo luận');
  await expect(page.getByLabel('Nội dung chương trình 2')).toHaveValue('Báo cáo sơ kết');
  await page.getByRole('button', { name: 'Lưu hội nghị' }).click();
  await expect(page.getByText('Đã lưu', { exact: true })).toBeVisible();

  // Check-in: one unit sends a deputy.
  await page.getByRole('radiogroup', { name: 'Điểm danh Sở Y tế' }).getByText('Cử người dự thay').click();
  await page.getByLabel('Người dự thay của Sở Y tế').fill('Nguyễn Văn X - Phó Giám đốc');
  await page.getByRole('button', { name: 'Lưu điểm danh' }).click();
  await expect(page.getByText('Đã lưu điểm danh')).toBeVisible();
  await page.setViewportSize({ width: 1366, height: 1600 });
  await screen(page, '27-meeting-new');
  await page.setViewportSize({ width: 1366, height: 800 });

  await page.getByRole('button', { name: 'Giấy mời' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'còn thiếu địa điểm' })).toBeVisible();
  await expect(page.getByTestId('document-preview')).toHaveCount(0);
  await screen(page, '28-missing-place');
});

test('the year’s document settings and a free letter', async ({ page }) => {
  await openDemo(page);
  await openScreen(page, 'Cài đặt văn bản');
  await expect(page.getByRole('heading', { name: 'Cài đặt văn bản năm 2022' })).toBeVisible();
  await page.getByRole('button', { name: 'Thêm căn cứ' }).click();
  await page.getByRole('button', { name: 'Lưu cài đặt văn bản' }).click();
  await expect(page.getByText('Căn cứ không được để trống').first()).toBeVisible();
  const bases = page.getByRole('group', { name: 'Căn cứ ban hành' }).getByRole('textbox');
  await bases.last().fill('Căn cứ Nghị định số 152/2025/NĐ-CP của Chính phủ.');
  await page.getByRole('radiogroup', { name: 'Cỡ chữ nội dung' }).getByText('13').click();
  await page.getByRole('button', { name: 'Lưu cài đặt văn bản' }).click();
  await expect(page.getByText('Đã lưu', { exact: true })).toBeVisible();
  // What the bloc sends up or publishes is signed for the collective.
  await expect(page.getByTestId('collective-signature-sample')).toContainText('TM. KHỐI THI ĐUA VĂN HÓA - XÃ HỘI');
  await expect(page.getByTestId('collective-signature-sample')).toContainText('TRƯỞNG KHỐI');
  await screen(page, '29-document-settings');

  await openScreen(page, 'Văn bản');
  await page.getByRole('radiogroup', { name: 'Loại văn bản' }).getByText('Công văn, thông báo').click();
  await page.getByLabel('Trích yếu').fill('đăng ký thi đua năm 2022');
  await page.getByLabel('Kính gửi').fill('Các đơn vị thành viên Khối thi đua Văn hóa - Xã hội');
  await page.getByLabel('Nội dung').fill('Thực hiện Kế hoạch thi đua năm 2022, Trưởng khối đề nghị các đơn vị gửi bản đăng ký thi đua trước ngày 15/3/2022.\nTrân trọng./.');
  await expect(preview(page)).toContainText('V/v đăng ký thi đua năm 2022');
  await expect(preview(page)).toContainText('Kính gửi:');
  await screen(page, '30-letter-preview');
  await sheet(page, '30a-letter-page');
});

test('a closed year’s documents cannot be issued', async ({ page }) => {
  await openDemo(page, 2018);
  await closeYear(page, 2018);
  await openConference(page);
  await expect(page.getByRole('button', { name: 'Lưu hội nghị' })).toBeDisabled();
  await page.getByRole('button', { name: 'Giấy mời' }).click();
  await expect(preview(page)).toContainText('GIẤY MỜI');
  await expect(page.getByRole('button', { name: 'Ban hành', exact: true })).toBeDisabled();
  await openScreen(page, 'Cài đặt văn bản');
  await expect(page.getByRole('button', { name: 'Lưu cài đặt văn bản' })).toBeDisabled();
});

test('the conference’s agenda and report to the provincial board are previewed in the state format', async ({ page }) => {
  await openDemo(page, 2018);
  await openConference(page);
  await page.getByRole('button', { name: 'Chương trình', exact: true }).click();
  await expect(preview(page)).toContainText('CHƯƠNG TRÌNH');
  await expect(preview(page)).toContainText('Số: ');
  await sheet(page, '31-agenda-page');

  await openConference(page);
  await page.getByRole('button', { name: 'Báo cáo' }).click();
  await expect(preview(page)).toContainText('BÁO CÁO');
  await expect(preview(page)).toContainText('Kính gửi:');
  await expect(page.getByText('Văn bản đạt thể thức')).toBeVisible();
  await sheet(page, '32-report-page');
});

test('a letter’s replacement opens with what the letter said, and the register marks the old one replaced', async ({ page }) => {
  await openDemo(page);
  await openScreen(page, 'Văn bản');
  await page.getByRole('radiogroup', { name: 'Loại văn bản' }).getByText('Công văn, thông báo').click();
  await page.getByLabel('Trích yếu').fill('lịch họp Khối quý II');
  await page.getByLabel('Kính gửi').fill('Các đơn vị thành viên Khối thi đua Văn hóa - Xã hội');
  const paragraphs = 'Trưởng khối thông báo lịch họp Khối quý II năm 2022.\nĐề nghị các đơn vị bố trí thành phần dự họp./.';
  await page.getByLabel('Nội dung').fill(paragraphs);
  await expect(preview(page)).toContainText('V/v lịch họp Khối quý II');
  await issue(page, '05/04/2022');
  const issued = page.getByText(/^Đã ban hành văn bản số /);
  await expect(issued).toBeVisible();
  const first = (await issued.textContent())!.replace('Đã ban hành văn bản số ', '');

  await openScreen(page, 'Sổ văn bản');
  await page.getByRole('button', { name: `Ban hành thay thế văn bản số ${first}` }).click();
  await expect(page.getByText(`Văn bản ban hành lần này thay thế văn bản số ${first}`)).toBeVisible();
  await expect(page.getByLabel('Trích yếu')).toHaveValue('lịch họp Khối quý II');
  await expect(page.getByLabel('Kính gửi')).toHaveValue('Các đơn vị thành viên Khối thi đua Văn hóa - Xã hội');
  await expect(page.getByLabel('Nội dung')).toHaveValue(paragraphs);
  await expect(preview(page)).toContainText('Đề nghị các đơn vị bố trí thành phần dự họp./.');
  await page.getByLabel('Trích yếu').fill('lịch họp Khối quý II (sửa đổi)');
  await expect(preview(page)).toContainText('V/v lịch họp Khối quý II (sửa đổi)');
  await issue(page, '06/04/2022');
  await expect(page.getByText(/^Đã ban hành văn bản số /)).toBeVisible();
  const second = (await page.getByText(/^Đã ban hành văn bản số /).textContent())!.replace('Đã ban hành văn bản số ', '');
  expect(second).not.toBe(first);

  await openScreen(page, 'Sổ văn bản');
  await expect(registerRow(page, first)).toContainText(`Đã thay thế bởi ${second}`);
  await expect(registerRow(page, '(sửa đổi)')).toContainText('Đã ban hành');
});

test('minutes say whose every view is and what was concluded, else they cannot be issued; the notice of the conference reports its results', async ({ page }) => {
  await openDemo(page, 2018);
  await openConference(page);
  // Views and directions, each with its speaker.
  await expect(page.getByLabel('Người phát biểu ý kiến 1')).toHaveValue('Đồng chí Đặng Văn H - Giám đốc Sở Y tế');
  await expect(page.getByLabel('Người phát biểu ý kiến chỉ đạo 1')).toHaveValue('Đồng chí Phạm Duy Hưng - Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh');
  await page.getByRole('button', { name: 'Thêm ý kiến', exact: true }).click();
  await page.getByLabel('Nội dung ý kiến 3').fill('Đề nghị Trưởng khối sớm gửi thang điểm chính thức.');
  await page.getByLabel('Kết luận của hội nghị').fill('');
  await page.getByRole('button', { name: 'Lưu hội nghị' }).click();
  await expect(page.getByText('Đã lưu', { exact: true })).toBeVisible();
  await page.setViewportSize({ width: 1366, height: 1800 });
  await screen(page, '33-meeting-views');
  await page.setViewportSize({ width: 1366, height: 800 });

  await page.getByRole('button', { name: 'Biên bản' }).click();
  await expect(preview(page)).toContainText('Đồng chí Đặng Văn H - Giám đốc Sở Y tế: Nhất trí với dự thảo Quy chế');
  const missing = page.getByRole('alert').filter({ hasText: 'Cần bổ sung trước khi ban hành' });
  await expect(missing).toContainText('Biên bản chưa có kết luận (mục IV. KẾT LUẬN)');
  await expect(missing).toContainText('Ý kiến thảo luận thứ 3 của “Hội nghị ký kết giao ước thi đua năm 2018” chưa ghi người phát biểu');
  await expect(page.getByRole('button', { name: 'Ban hành', exact: true })).toBeDisabled();
  await screen(page, '34-minutes-not-ready');

  // Fixed on the meeting, the minutes can go out.
  await expect(page.getByText('Đã lưu', { exact: true })).toHaveCount(0);
  await openConference(page);
  await page.getByLabel('Người phát biểu ý kiến 3').fill('Đồng chí Ngô Thị M - Giám đốc Đài Phát thanh và Truyền hình tỉnh Bắc Kạn');
  await page.getByLabel('Kết luận của hội nghị').fill('Hội nghị thống nhất thông qua Quy chế hoạt động và nội dung giao ước thi đua năm 2018.');
  await page.getByRole('button', { name: 'Lưu hội nghị' }).click();
  await expect(page.getByText('Đã lưu', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Biên bản' }).click();
  await expect(preview(page)).toContainText('Đồng chí Ngô Thị M - Giám đốc Đài Phát thanh và Truyền hình tỉnh Bắc Kạn: Đề nghị Trưởng khối');
  await expect(page.getByRole('alert').filter({ hasText: 'Cần bổ sung trước khi ban hành' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Ban hành', exact: true })).toBeEnabled();

  // The bloc's notice of the conference: its results and the leader's directions in his name, signed for the bloc.
  await page.getByRole('radiogroup', { name: 'Loại văn bản' }).getByText('Công văn, thông báo').click();
  await page.getByRole('radiogroup', { name: 'Công văn hay thông báo' }).getByText('Thông báo', { exact: true }).click();
  await expect(preview(page)).toContainText('Kết quả Hội nghị ký kết giao ước thi đua năm 2018');
  await expect(preview(page)).toContainText('phát biểu chỉ đạo: Nâng cao trách nhiệm của người đứng đầu');
  await expect(preview(page)).toContainText('TM. KHỐI THI ĐUA');
  await sheet(page, '35-notice-page');
});
