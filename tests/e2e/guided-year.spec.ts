// A new officer's first months on a 1366×768 screen, following only the home screen's next action (and the
// menu's "Tổng quan" to come back): a bloc, its 11 units pasted, the head and deputy, a 5-item pledge, the
// signing conference, then its invitation, the pledge and the minutes issued. Every click, key press and
// filled field is counted: the issue asks for at most 45.
import type { Locator, Page } from '@playwright/test';
import { choose, expect, openScreen, screen, settled, test } from './fixtures.js';

const thisYear = new Date().getFullYear();

/** The demo bloc's 2018 members (shared/example-bloc.json), with a head's name each: name, short name, position, head. */
const UNITS = [
  ['Bảo hiểm xã hội tỉnh Bắc Kạn', 'BHXH tỉnh', 'GIÁM ĐỐC', 'Hoàng Văn Minh'],
  ['Trường Cao đẳng Nghề Dân tộc Nội trú Bắc Kạn', 'CĐ Nghề DTNT', 'HIỆU TRƯỞNG', 'Nông Văn Thắng'],
  ['Trường Cao đẳng Cộng đồng Bắc Kạn', 'CĐ Cộng đồng', 'HIỆU TRƯỞNG', 'Lê Thị Cúc'],
  ['Sở Văn hóa, Thể thao và Du lịch', 'Sở VHTTDL', 'GIÁM ĐỐC', 'Đinh Quang Tuyên'],
  ['Sở Thông tin và Truyền thông', 'Sở TTTT', 'GIÁM ĐỐC', 'Lương Văn Sơn'],
  ['Sở Khoa học và Công nghệ', 'Sở KHCN', 'GIÁM ĐỐC', 'Hà Văn Quang'],
  ['Sở Y tế', 'Sở Y tế', 'GIÁM ĐỐC', 'Đặng Văn Hải'],
  ['Ban Dân tộc', 'Ban Dân tộc', 'TRƯỞNG BAN', 'Bùi Thị Kim'],
  ['Sở Giáo dục và Đào tạo', 'Sở GDĐT', 'GIÁM ĐỐC', 'Ngô Thị Mai'],
  ['Đài Phát thanh và Truyền hình tỉnh Bắc Kạn', 'Đài PTTH', 'GIÁM ĐỐC', 'Triệu Văn Long'],
  ['Sở Lao động - Thương binh và Xã hội', 'Sở LĐTBXH', 'GIÁM ĐỐC', 'Vi Thị Hà'],
];
const pasted = UNITS.map((row) => row.join('\t')).join('\n');

/** The example's 2018 first pledge item, in place of the template's. */
const FIRST_ITEM = 'Phát huy tinh thần đoàn kết, đổi mới phương pháp làm việc, nâng cao chất lượng, hoàn thành xuất sắc nhiệm vụ chính trị được giao.';

/** The officer's actions, counted: a click, a key press or a filled field is one; choosing in a dropdown is two. */
function actions(page: Page) {
  let count = 0;
  return {
    click: async (target: Locator) => {
      count += 1;
      await target.click();
    },
    fill: async (target: Locator, value: string) => {
      count += 1;
      await target.fill(value);
    },
    press: async (target: Locator, key: string) => {
      count += 1;
      await target.press(key);
    },
    choose: async (combobox: Locator, option: string) => {
      count += 2;
      await choose(page, combobox, option);
    },
    home: async () => {
      count += 1;
      await openScreen(page, 'Tổng quan');
      await expect(page.getByRole('heading', { name: `Tổng quan năm ${thisYear}` })).toBeVisible();
    },
    get count() {
      return count;
    },
  };
}

const next = (page: Page) => page.getByTestId('next-action');
const step = (page: Page, title: string) => page.getByRole('table', { name: 'Các bước trong năm' }).getByRole('row').filter({ hasText: title });

test('a new officer follows the home screen from an empty bloc to the signing conference’s minutes in at most 45 actions', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  const act = actions(page);

  // The bloc.
  await act.click(page.getByRole('button', { name: 'Tạo khối thi đua mới' }));
  await act.fill(page.getByLabel('Tên khối thi đua'), 'Khối thi đua Văn hóa - Xã hội');
  await act.fill(page.getByLabel(/Cơ quan chủ quản/), 'UBND TỈNH BẮC KẠN');
  await act.fill(page.getByLabel('Địa danh'), 'Bắc Kạn');
  await act.click(page.getByRole('button', { name: 'Tạo khối thi đua', exact: true }));
  await expect(page.getByRole('heading', { name: `Tổng quan năm ${thisYear}` })).toBeVisible();
  await expect(step(page, 'Đơn vị, Trưởng khối và Phó khối')).toContainText('Chưa có đơn vị thành viên');
  await expect(step(page, 'Đơn vị, Trưởng khối và Phó khối')).toContainText('Chưa bắt đầu');
  await expect(next(page)).toHaveText('Dán danh sách đơn vị');
  await expect(next(page)).toBeInViewport();
  await screen(page, 'guided-01-new-bloc');

  // The units, pasted from a list.
  await act.click(next(page));
  const paste = page.getByRole('dialog', { name: 'Dán danh sách đơn vị' });
  await act.fill(paste.getByLabel('Danh sách đơn vị'), pasted);
  await act.click(paste.getByRole('button', { name: 'Thêm 11 đơn vị' }));
  await expect(paste).toBeHidden();

  // The head and deputy, from the home screen; the head unit's drafting office with them.
  await act.home();
  await expect(page.getByTestId('member-count')).toHaveText('11 đơn vị');
  await expect(page.getByTestId('head-unit')).toHaveText('Chưa chọn');
  await expect(next(page)).toHaveText('Chọn Trưởng khối, Phó khối');
  await screen(page, 'guided-02-units');
  await act.click(next(page));
  const leadership = page.getByRole('dialog', { name: `Trưởng khối, Phó khối năm ${thisYear}` });
  await act.choose(leadership.getByLabel('Trưởng khối', { exact: true }), 'Trường Cao đẳng Cộng đồng Bắc Kạn');
  await act.choose(leadership.getByLabel('Phó khối', { exact: true }), 'Sở Y tế');
  await act.fill(leadership.getByLabel('Nơi lưu văn bản'), 'VT, VP');
  await settled(page);
  await screen(page, 'guided-03-leadership');
  await act.click(leadership.getByRole('button', { name: 'Lưu Trưởng khối, Phó khối' }));
  await expect(leadership).toBeHidden();
  await expect(page.getByTestId('head-unit')).toHaveText('Trường Cao đẳng Cộng đồng Bắc Kạn');
  await expect(page.getByTestId('deputy-unit')).toHaveText('Sở Y tế');
  await expect(step(page, 'Đơn vị, Trưởng khối và Phó khối')).toContainText('Đã xong');
  await expect(next(page)).toHaveText('Soạn giao ước');
  await screen(page, 'guided-04-leadership-set');

  // The pledge: five items, from the bloc's six-item template.
  await act.click(next(page));
  await expect(page.getByRole('heading', { name: `Giao ước thi đua năm ${thisYear}` })).toBeVisible();
  await act.click(page.getByRole('button', { name: 'Xóa nội dung 6' }));
  await act.click(page.getByRole('button', { name: 'Xóa', exact: true }));
  await expect(page.getByLabel('Nội dung giao ước 6', { exact: true })).toHaveCount(0);
  await act.fill(page.getByLabel('Nội dung giao ước 1', { exact: true }), FIRST_ITEM);
  await act.click(page.getByRole('button', { name: 'Lưu giao ước' }));
  await expect(page.getByText('Đã lưu', { exact: true })).toBeVisible();

  // The signing conference.
  await act.home();
  await expect(step(page, 'Kế hoạch và giao ước thi đua')).toContainText('Đang làm');
  await expect(next(page)).toHaveText('Tạo hội nghị ký kết');
  await screen(page, 'guided-05-pledge-saved');
  await act.click(next(page));
  await expect(page.getByLabel('Tên hội nghị')).toHaveValue(`Hội nghị ký kết giao ước thi đua năm ${thisYear}`);
  await act.fill(page.getByLabel('Ngày họp'), `09/03/${thisYear}`);
  await act.fill(page.getByLabel('Giờ bắt đầu'), '14:00');
  await act.fill(page.getByLabel('Giờ kết thúc'), '17:00');
  await act.fill(page.getByLabel('Địa điểm'), 'Hội trường Trường Cao đẳng Cộng đồng Bắc Kạn');
  await expect(page.getByLabel('Chủ trì')).toHaveValue('Lê Thị Cúc - Hiệu trưởng Trường Cao đẳng Cộng đồng Bắc Kạn, Trưởng khối');
  await act.fill(page.getByLabel('Thư ký'), 'Hà Thị Thu - Chuyên viên Trường Cao đẳng Cộng đồng Bắc Kạn');
  // The usual points of a signing conference are there: what was said on the first goes in the minutes.
  await expect(page.getByLabel('Nội dung chương trình 2')).toHaveValue(`Các đơn vị thành viên ký kết giao ước thi đua năm ${thisYear}`);
  await act.fill(page.getByLabel('Tóm tắt nội dung 1'), 'Các đơn vị thảo luận, nhất trí thông qua 5 nội dung của Bản giao ước thi đua.');
  await act.fill(page.getByLabel('Kết luận của hội nghị'), 'Các đơn vị thành viên ký kết giao ước thi đua năm ' + thisYear + '.');
  await act.click(page.getByRole('button', { name: 'Thêm hội nghị', exact: true }));
  await expect(page.getByRole('heading', { name: `Hội nghị ký kết giao ước thi đua năm ${thisYear}` })).toBeVisible();
  await act.click(page.getByRole('button', { name: 'Lưu điểm danh' }));
  await expect(page.getByText('Đã lưu điểm danh')).toBeVisible();

  // Its documents, each from the home screen's next action, dated by default.
  const issue = async (label: string, title: string) => {
    await act.home();
    await expect(next(page)).toHaveText(label);
    await act.click(next(page));
    await expect(page.getByRole('heading', { name: `Văn bản năm ${thisYear}` })).toBeVisible();
    await expect(page.getByRole('radiogroup', { name: 'Loại văn bản' }).getByRole('radio', { name: title, exact: true })).toBeChecked();
    await act.click(page.getByRole('button', { name: 'Ban hành', exact: true }));
    const dialog = page.getByRole('dialog', { name: 'Ban hành văn bản' });
    await expect(dialog.getByLabel('Ngày ban hành')).not.toHaveValue('');
    await settled(page); // the dialog's opening animation: a click while it zooms in may be lost
    await act.click(dialog.getByRole('button', { name: 'Ban hành' }));
    await expect(page.getByText(/Đã ban hành/)).toBeVisible();
  };
  await issue('Phát hành giấy mời', 'Giấy mời');
  await issue('Phát hành bản giao ước', 'Giao ước thi đua');
  await screen(page, 'guided-06-pledge-issued');
  await issue('Phát hành biên bản hội nghị', 'Biên bản');

  await act.home();
  for (const title of ['Đơn vị, Trưởng khối và Phó khối', 'Kế hoạch và giao ước thi đua', 'Hội nghị ký kết giao ước']) {
    await expect(step(page, title)).toContainText('Đã xong');
  }
  await expect(next(page)).toHaveText('Tạo hội nghị sơ kết');
  await screen(page, 'guided-07-signing-done');

  console.log(`actions: ${act.count}`);
  expect(act.count).toBeLessThanOrEqual(45);
});

test('the deadlines of the steps are set from the home screen; a passed one is flagged', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.getByRole('button', { name: 'Tạo khối thi đua mới' }).click();
  await page.getByLabel('Tên khối thi đua').fill('Khối thi đua Văn hóa - Xã hội');
  await page.getByLabel(/Cơ quan chủ quản/).fill('UBND TỈNH BẮC KẠN');
  await page.getByLabel('Địa danh').fill('Bắc Kạn');
  await page.getByRole('button', { name: 'Tạo khối thi đua', exact: true }).click();
  await expect(page.getByRole('heading', { name: `Tổng quan năm ${thisYear}` })).toBeVisible();

  await page.getByRole('button', { name: 'Thời hạn các bước' }).click();
  const dialog = page.getByRole('dialog', { name: `Thời hạn các bước năm ${thisYear}` });
  await expect(dialog.getByLabel('Sơ kết 6 tháng')).toHaveValue(`31/07/${thisYear}`);
  await expect(dialog.getByLabel('Đề nghị khen thưởng, báo cáo và bàn giao')).toHaveValue(`31/01/${thisYear + 1}`);
  // New Year's Day for the mid-year review: passed, so overdue — except on New Year's Day itself.
  const typed = `01/01/${thisYear}`;
  const today = new Date();
  const passed = today.getMonth() > 0 || today.getDate() > 1;
  await dialog.getByLabel('Sơ kết 6 tháng').fill(typed);
  await dialog.getByLabel('Sơ kết 6 tháng').press('Enter');
  await settled(page);
  await screen(page, 'guided-08-deadlines');
  await dialog.getByRole('button', { name: 'Lưu thời hạn' }).click();
  await expect(dialog).toBeHidden();
  await expect(step(page, 'Sơ kết 6 tháng')).toContainText(typed);
  if (passed) {
    await expect(step(page, 'Sơ kết 6 tháng').getByText('Quá hạn')).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: 'Quá hạn:' })).toContainText(`Sơ kết 6 tháng (${typed})`);
  } else {
    await expect(step(page, 'Sơ kết 6 tháng').getByText('Quá hạn')).toHaveCount(0);
  }
  await screen(page, 'guided-09-overdue');

  // The same deadlines are among the year's settings.
  await openScreen(page, 'Năm thi đua');
  const card = page.locator('.ant-card').filter({ hasText: `Thời hạn các bước năm ${thisYear}` });
  await expect(card.getByRole('row', { name: /Sơ kết 6 tháng/ })).toContainText(typed);
  await card.getByRole('button', { name: 'Sửa thời hạn' }).click();
  await expect(page.getByRole('dialog', { name: `Thời hạn các bước năm ${thisYear}` }).getByLabel('Sơ kết 6 tháng')).toHaveValue(typed);
});
