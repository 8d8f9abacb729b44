import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Download, Page } from '@playwright/test';
import { closeYear, expect, openDemo, openScreen, screen, settled, switchYear, test } from './fixtures.js';

// The demo bloc's 2022 year: the template scale, locked, and every member's figures (assets/demo).

const grid = (page: Page) => page.getByRole('grid', { name: 'Bảng chấm điểm' });
const row = (page: Page, unit: string) => grid(page).locator('tbody tr').filter({ has: page.getByRole('rowheader', { name: unit }) });
const cell = (page: Page, unit: string, itemKey: string, side: 'self' | 'bloc') => row(page, unit).locator(`td[data-item-key="${itemKey}"][data-side="${side}"]`);

async function unitId(page: Page, unit: string): Promise<string> {
  return (await row(page, unit).locator('td[data-unit-id]').first().getAttribute('data-unit-id'))!;
}
const total = async (page: Page, unit: string) => page.getByTestId(`total-${await unitId(page, unit)}`);
const rank = async (page: Page, unit: string) => page.getByTestId(`rank-${await unitId(page, unit)}`);

async function saved(download: Download, dir: string): Promise<string> {
  const file = path.join(dir, download.suggestedFilename());
  await download.saveAs(file);
  return file;
}

/** A row of the ranking table, by the unit's own name (other rows may name it in their notes). */
const rankingRow = (page: Page, unit: string) => page.locator('.ant-table-tbody tr.ant-table-row').filter({ has: page.getByText(unit, { exact: true }) });
const groupFilter = (page: Page, name: string) => page.getByRole('radiogroup', { name: 'Lọc theo nhóm' }).getByText(name, { exact: true }).click();

test('score grid: figures typed with the keyboard, a bloc figure held for its reason, paste from Excel, live totals and ranks', async ({ page }) => {
  await openDemo(page);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await openScreen(page, 'Chấm điểm');
  await expect(page.getByRole('heading', { name: 'Chấm điểm năm 2022' })).toBeVisible();
  await expect(grid(page).locator('tbody tr')).toHaveCount(10);
  await expect(await total(page, 'Ban Dân tộc')).toHaveText('100,5');
  await expect(await rank(page, 'Ban Dân tộc')).toHaveText('2');
  await expect(await total(page, 'Bảo hiểm xã hội tỉnh Bắc Kạn')).toHaveText('97,5');
  await expect(await rank(page, 'Sở Y tế')).toHaveText('4');

  // One click, then the keyboard only: a figure, Enter (down), a figure with a decimal comma, Tab (right).
  await cell(page, 'Ban Dân tộc', 'c1-1', 'self').click();
  await page.keyboard.type('28');
  await page.keyboard.press('Enter');
  await expect(cell(page, 'Ban Dân tộc', 'c1-1', 'self')).toHaveText('28');
  await expect(await total(page, 'Ban Dân tộc')).toHaveText('99,5');
  await expect(cell(page, 'Bảo hiểm xã hội tỉnh Bắc Kạn', 'c1-1', 'self')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.type('9,5');
  await page.keyboard.press('Tab');
  await expect(cell(page, 'Bảo hiểm xã hội tỉnh Bắc Kạn', 'c1-1', 'self')).toHaveText('9,5');
  await expect(await total(page, 'Bảo hiểm xã hội tỉnh Bắc Kạn')).toHaveText('78');
  await expect(await rank(page, 'Bảo hiểm xã hội tỉnh Bắc Kạn')).toHaveText('10');
  await expect(await rank(page, 'Sở Y tế')).toHaveText('3');

  // The bloc's figure differs from the unit's: it waits, marked, for its reason; Enter saves both.
  const bloc = cell(page, 'Bảo hiểm xã hội tỉnh Bắc Kạn', 'c1-1', 'bloc');
  await expect(bloc).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.type('9');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Lý do', { exact: true })).toBeFocused();
  await expect(bloc).toHaveClass(/sg-needs-reason/);
  await expect(page.getByText('Điểm Khối chấm khác điểm tự chấm: ghi lý do rồi nhấn Enter')).toBeVisible();
  await expect(await total(page, 'Bảo hiểm xã hội tỉnh Bắc Kạn')).toHaveText('78');
  await page.keyboard.type('Chưa có văn bản chứng minh kết quả');
  await page.keyboard.press('Enter');
  await expect(await total(page, 'Bảo hiểm xã hội tỉnh Bắc Kạn')).toHaveText('77,5');
  await expect(bloc).toHaveText('9');
  await expect(bloc).not.toHaveClass(/sg-needs-reason/);
  await expect(grid(page)).toBeFocused();

  // A figure over the maximum is refused with the service's own words, and Escape puts the cell back.
  await page.keyboard.type('45');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Bảo hiểm xã hội tỉnh Bắc Kạn: Tiêu chí 1.1: điểm không được vượt quá tối đa 30')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(bloc).toHaveText('9');
  await screen(page, 'score-grid');

  // Delete clears the bloc's figure: the unit's own counts again.
  await page.keyboard.press('Delete');
  await expect(bloc).toHaveText('');
  await expect(await total(page, 'Bảo hiểm xã hội tỉnh Bắc Kạn')).toHaveText('78');

  // A column copied from Excel fills down from the active cell, in one write.
  await cell(page, 'Ban Dân tộc', 'c1-2', 'self').click();
  await page.evaluate(() => navigator.clipboard.writeText('7\r\n8,5\r\n9.5\r\n'));
  await page.keyboard.press('Control+V');
  await expect(page.getByText('Đã dán 3 ô.')).toBeVisible();
  await expect(cell(page, 'Ban Dân tộc', 'c1-2', 'self')).toHaveText('7');
  await expect(cell(page, 'Bảo hiểm xã hội tỉnh Bắc Kạn', 'c1-2', 'self')).toHaveText('8,5');
  await expect(cell(page, 'Đài Phát thanh và Truyền hình tỉnh Bắc Kạn', 'c1-2', 'self')).toHaveText('9,5');
  await expect(await total(page, 'Ban Dân tộc')).toHaveText('96,5');

  // Everything was saved by the service: a fresh page shows it.
  await page.reload();
  await openScreen(page, 'Chấm điểm');
  await expect(cell(page, 'Ban Dân tộc', 'c1-1', 'self')).toHaveText('28');
  await expect(cell(page, 'Ban Dân tộc', 'c1-2', 'self')).toHaveText('7');
  await expect(cell(page, 'Bảo hiểm xã hội tỉnh Bắc Kạn', 'c1-1', 'bloc')).toHaveText('');
  await expect(await total(page, 'Bảo hiểm xã hội tỉnh Bắc Kạn')).toHaveText('77,5');

  // The filter by group.
  await groupFilter(page, 'Nhóm II');
  await expect(cell(page, 'Ban Dân tộc', 'c1-1', 'self')).toHaveCount(0);
  await expect(cell(page, 'Ban Dân tộc', 'c2-3', 'self')).toHaveText('4');
});

test('a unit’s card explains its total; evidence is added, opened, refused over the size limit and removed', async ({ page }) => {
  await openDemo(page);
  await openScreen(page, 'Chấm điểm');
  await row(page, 'Sở Y tế').getByRole('button', { name: 'Sở Y tế' }).click();
  const card = page.getByRole('dialog', { name: 'Thẻ điểm: Sở Y tế' });
  await expect(card).toContainText('I. Thực hiện nhiệm vụ chính trị, chuyên môn');
  await expect(card).toContainText('1.1: 27,5 (Khối chấm, tự chấm 28,5: Chưa hoàn thành chỉ tiêu tỷ lệ bác sĩ trên vạn dân theo kế hoạch.)');
  await expect(card).toContainText('Phân định khi bằng điểm');
  await settled(page);
  await card.getByRole('button', { name: 'Close' }).or(card.getByRole('button', { name: 'Đóng' })).first().click();
  await expect(card).toBeHidden();

  await cell(page, 'Sở Y tế', 'c1-1', 'self').click();
  const panel = page.locator('.ant-card').filter({ hasText: 'Minh chứng' });
  await expect(panel).toContainText('Sở Y tế');
  await expect(panel).toContainText('Chưa có minh chứng');
  const upload = panel.locator('input[type="file"]');
  await upload.setInputFiles({ name: 'Báo cáo kết quả.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 báo cáo') });
  await expect(panel.getByText('Báo cáo kết quả.pdf')).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Mở Báo cáo kết quả.pdf' }).click()]);
  expect(download.suggestedFilename()).toBe('Báo cáo kết quả.pdf');

  await upload.setInputFiles({ name: 'video.mp4', mimeType: 'video/mp4', buffer: Buffer.alloc(21 * 1024 * 1024) });
  await expect(page.getByText('Tệp “video.mp4” quá lớn (21,0 MB); mỗi tệp minh chứng tối đa 20 MB.')).toBeVisible();
  await expect(panel.getByText('video.mp4')).toHaveCount(0);

  await panel.getByRole('button', { name: 'Xóa Báo cáo kết quả.pdf' }).click();
  await page.getByRole('tooltip').getByRole('button', { name: 'Xóa' }).click();
  await expect(panel.getByText('Chưa có minh chứng')).toBeVisible();
});

test('self-scoring workbooks: one sent, filled in, returned with a faulty copy, previewed, imported; the ranking follows', async ({ page }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'khoi-thi-dua-workbooks-'));
  try {
    await openDemo(page);
    await openScreen(page, 'Chấm điểm');
    await expect(await rank(page, 'Sở Y tế')).toHaveText('4');
    await page.getByRole('tab', { name: 'Bảng tự chấm (Excel)' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải bảng tự chấm của Sở Y tế' }).click()]);
    expect(download.suggestedFilename()).toBe('Tu-cham-2022-So-Y-te.xlsx');
    const sent = await saved(download, dir);

    // The unit fills in its own figures in the "Tự chấm" column, as Excel would save them.
    const fill = async (figures: Record<string, number>, name: string) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(sent);
      const sheet = wb.getWorksheet('Tự chấm')!;
      let selfColumn = 0;
      sheet.eachRow((r) => r.eachCell((c, col) => c.value === 'Tự chấm' && (selfColumn ||= col)));
      sheet.eachRow((r) => {
        const figure = figures[String(r.getCell(1).value)];
        if (figure !== undefined) r.getCell(selfColumn).value = figure;
      });
      const file = path.join(dir, name);
      await wb.xlsx.writeFile(file);
      return file;
    };
    const good = await fill({ '1.3': 10, '1.4': 10 }, 'Tu-cham-2022-So-Y-te.xlsx');
    const faulty = await fill({ '1.2': 15 }, 'Tu-cham-2022-So-Y-te-ban-sai.xlsx');

    const importCard = page.locator('.ant-card').filter({ hasText: 'Nhận bảng tự chấm đơn vị gửi lại' });
    await importCard.locator('input[type="file"]').setInputFiles([good, faulty]);
    const previews = page.getByTestId('import-preview-item');
    await expect(previews).toHaveCount(2);
    await expect(previews.nth(0)).toContainText(/^Sở Y tế: 12 tiêu chí, tổng 99/);
    await expect(previews.nth(1)).toContainText(/^Sở Y tế: 1 lỗi/);
    const error = previews.nth(1).getByText(/1\.2.*không được vượt quá tối đa 10/);
    await expect(error).toBeVisible();
    await expect(error).toHaveCSS('color', 'rgb(207, 19, 34)');
    await expect(page.getByRole('button', { name: 'Nhập 1 tệp hợp lệ' })).toBeEnabled();
    // Nothing is written before the officer confirms.
    await page.getByRole('tab', { name: 'Bảng chấm điểm' }).click();
    await expect(cell(page, 'Sở Y tế', 'c1-3', 'self')).toHaveText('9');
    await page.getByRole('tab', { name: 'Bảng tự chấm (Excel)' }).click();
    await screen(page, 'import-preview');

    await page.getByRole('button', { name: 'Nhập 1 tệp hợp lệ' }).click();
    await expect(page.getByText('Đã nhập 1 tệp: Tu-cham-2022-So-Y-te.xlsx')).toBeVisible();
    await page.getByRole('tab', { name: 'Bảng chấm điểm' }).click();
    await expect(cell(page, 'Sở Y tế', 'c1-3', 'self')).toHaveText('10');
    await expect(await total(page, 'Sở Y tế')).toHaveText('99');

    await openScreen(page, 'Xếp hạng');
    await expect(rankingRow(page, 'Sở Y tế')).toContainText('99');
    await expect(rankingRow(page, 'Sở Y tế').locator('td').first()).toHaveText('3');

    // "Gửi tất cả" in browser mode: one zip of every member's workbook.
    await openScreen(page, 'Chấm điểm');
    await page.getByRole('tab', { name: 'Bảng tự chấm (Excel)' }).click();
    const [zip] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Gửi tất cả' }).click()]);
    expect(zip.suggestedFilename()).toBe('Bang-tu-cham-2022.zip');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('ranking: a tie broken in words, a tie for a re-vote, a disqualified unit out of the running, charts as PNG, the summary', async ({ page }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'khoi-thi-dua-ranking-'));
  try {
    await openDemo(page);
    await openScreen(page, 'Xếp hạng');
    await expect(page.getByRole('heading', { name: 'Xếp hạng năm 2022' })).toBeVisible();
    // Bảo hiểm xã hội and Sở Y tế both total 97,5: group I decides.
    await expect(rankingRow(page, 'Bảo hiểm xã hội tỉnh Bắc Kạn')).toContainText('nhóm I cao hơn');
    await expect(rankingRow(page, 'Bảo hiểm xã hội tỉnh Bắc Kạn').locator('td').first()).toHaveText('3');
    await expect(rankingRow(page, 'Sở Y tế').locator('td').first()).toHaveText('4');

    // Sở Y tế's figures made equal on every link of the chain: total, group I, bonus items.
    await openScreen(page, 'Chấm điểm');
    await cell(page, 'Sở Y tế', 'c1-1', 'bloc').click();
    await page.keyboard.press('Delete');
    await expect(await total(page, 'Sở Y tế')).toHaveText('98,5');
    await groupFilter(page, 'Thưởng/Trừ');
    await cell(page, 'Sở Y tế', 'b4', 'self').click();
    await page.keyboard.type('0');
    await page.keyboard.press('Enter');
    await expect(await total(page, 'Sở Y tế')).toHaveText('97,5');
    await expect(await rank(page, 'Sở Y tế')).toHaveText('3*');

    // Discipline takes Trường Cao đẳng out of the running; its scores stay.
    await cell(page, 'Trường Cao đẳng Bắc Kạn', 'd3', 'self').click();
    await page.keyboard.type('1');
    await page.keyboard.press('Enter');
    await expect(await rank(page, 'Trường Cao đẳng Bắc Kạn')).toHaveText('Loại');
    await expect(await total(page, 'Trường Cao đẳng Bắc Kạn')).toHaveText('78');

    await openScreen(page, 'Xếp hạng');
    await expect(page.getByText('2 đơn vị bằng điểm mà các tiêu chí phụ không phân định được')).toBeVisible();
    for (const [unit, other] of [
      ['Sở Y tế', 'Bảo hiểm xã hội tỉnh Bắc Kạn'],
      ['Bảo hiểm xã hội tỉnh Bắc Kạn', 'Sở Y tế'],
    ] as const) {
      await expect(rankingRow(page, unit)).toContainText('Bỏ phiếu lại');
      await expect(rankingRow(page, unit)).toContainText(`với ${other}`);
      await expect(rankingRow(page, unit).locator('td').first()).toHaveText('3*');
    }
    const out = rankingRow(page, 'Trường Cao đẳng Bắc Kạn');
    await expect(out).toContainText('Không xét xếp hạngTập thể hoặc người đứng đầu bị kỷ luật');
    await expect(out.locator('td').first()).toHaveText('—');
    await expect(out).toContainText('78');
    await expect(page.getByTestId('ranking-chart')).not.toContainText('Trường Cao đẳng Bắc Kạn');
    await screen(page, 'ranking');

    // Each chart as a PNG for the report.
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải ảnh PNG' }).click()]);
    expect(png.suggestedFilename()).toBe('Xep-hang-2022.png');
    const bytes = fs.readFileSync(await saved(png, dir));
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    // Width and height from the IHDR chunk: the chart drawn at twice its size, under its title.
    expect(bytes.readUInt32BE(16)).toBeGreaterThan(1000);
    expect(bytes.readUInt32BE(20)).toBeGreaterThan(500);
    await page.getByRole('tab', { name: 'Nhóm I', exact: true }).click();
    const [groupPng] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải ảnh PNG' }).click()]);
    expect(groupPng.suggestedFilename()).toBe('Xep-hang-2022-nhom-I.png');

    // The score summary as a workbook, and as the document.
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải bảng tổng hợp (Excel)' }).click()]);
    expect(xlsx.suggestedFilename()).toBe('Tong-hop-diem-2022.xlsx');
    const summary = new ExcelJS.Workbook();
    await summary.xlsx.readFile(await saved(xlsx, dir));
    const texts: string[] = [];
    summary.worksheets[0]!.eachRow((r) => texts.push(r.values!.toString()));
    expect(texts.join('\n')).toContain('Trường Cao đẳng Bắc Kạn');
    await page.getByRole('button', { name: 'Lập văn bản bảng tổng hợp' }).click();
    await expect(page).toHaveURL(/#\/documents\?type=scoreSummary$/);
    await expect(page.getByRole('heading', { name: 'Văn bản năm 2022' })).toBeVisible();
    await expect(page.getByTestId('document-preview')).toContainText('Trường Cao đẳng Bắc Kạn');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('nothing to score without a locked scale; a closed year’s grid is read-only', async ({ page }) => {
  await openDemo(page, 2020);
  await openScreen(page, 'Chấm điểm');
  await expect(page.getByText('Năm 2020 chưa có thang điểm.')).toBeVisible();
  await expect(grid(page)).toHaveCount(0);
  await page.getByRole('button', { name: 'Mở màn hình Thang điểm' }).click();
  await expect(page).toHaveURL(/#\/scale$/);

  await switchYear(page, 2022);
  await closeYear(page, 2022);
  await openScreen(page, 'Chấm điểm');
  await expect(page.getByText('Năm 2022 đã khóa sổ: bảng điểm chỉ để xem.').first()).toBeVisible();
  await cell(page, 'Sở Y tế', 'c1-2', 'self').click();
  await page.keyboard.type('5');
  await expect(page.locator('.ant-message')).toContainText('Năm 2022 đã khóa sổ: bảng điểm chỉ để xem.');
  await expect(page.locator('.sg-editor')).toHaveCount(0);
  await page.keyboard.press('Delete');
  await expect(cell(page, 'Sở Y tế', 'c1-2', 'self')).toHaveText('10');
  await expect(page.getByLabel('Lý do', { exact: true })).toBeDisabled();
});
