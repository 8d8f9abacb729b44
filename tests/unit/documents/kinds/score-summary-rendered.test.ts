// The score summary rendered by LibreOffice, as an officer's word processor prints it: landscape pages,
// every unit's row whole with its figures, the header repeated on each page, and the signatures never on a
// page of their own. CI installs LibreOffice; without it this fails (rendered.test.ts says what to install).
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Standing } from '../../../../main/contract/index.js';
import { kinds, renderDocx } from '../../../../main/documents/index.js';
import { scoreSummaryInput } from '../../../../main/documents/kinds/score-summary/index.js';
import { fakeSources, scoringOf, tenUnits, thirtyUnits } from '../../../support/score-summary.js';

const TOOLS = ['soffice', 'pdftotext', 'pdfinfo'];
const missing = TOOLS.filter((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0);

interface Rendered {
  /** Each page's text in drawing order (pdftotext -raw): a cell's lines come together, a row reads across. */
  pageTexts: string[];
  /** Points, from pdfinfo. */
  width: number;
  height: number;
}
const rendered = new Map<string, Rendered>();
const BLOCS: Record<string, Standing[]> = { 'tong-hop-8': tenUnits.slice(0, 8), 'tong-hop-10': tenUnits, 'tong-hop-30': thirtyUnits };

beforeAll(async () => {
  if (missing.length > 0) return;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ktd-summary-'));
  const files: string[] = [];
  for (const [name, standings] of Object.entries(BLOCS)) {
    const input = scoreSummaryInput.parse({ preparerName: 'Hà Thị Q', minutesNumber: '12', minutesDate: '2022-12-20' });
    const { data } = await kinds.scoreSummary.gather(input, fakeSources(scoringOf(standings)));
    const file = path.join(dir, `${name}.docx`);
    fs.writeFileSync(file, await renderDocx(kinds.scoreSummary.build({ ...data, date: '2022-12-20' })));
    files.push(file);
  }
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'ktd-lo-profile-'));
  execFileSync(
    'soffice',
    [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, ...files],
    { stdio: 'ignore', timeout: 180_000 },
  );
  for (const name of Object.keys(BLOCS)) {
    const pdf = path.join(dir, `${name}.pdf`);
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    const [width, height] = (/Page size:\s+([\d.]+) x ([\d.]+)/.exec(info) ?? []).slice(1).map(Number);
    const pageTexts = Array.from({ length: pages }, (_, i) =>
      execFileSync('pdftotext', ['-raw', '-f', String(i + 1), '-l', String(i + 1), pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' '),
    );
    rendered.set(name, { pageTexts, width: width!, height: height! });
  }
}, 240_000);

function doc(name: string): Rendered {
  const found = rendered.get(name);
  if (!found) throw new Error(`${name} was not rendered`);
  return found;
}

/** "92.5" as printed: a decimal comma. */
const printed = (points: string) => points.replace('.', ',');

/** A unit's row as it reads across the page: name, self score, the groups, bonus, deductions, total, rank. */
const rowText = (s: Standing) =>
  [s.unitName, s.selfTotal, ...s.groups.map((g) => g.final), s.bonus, s.deductions, s.total].map(printed).join(' ') + ` ${s.rank ?? '—'}`;

const HEADER = 'STT Tên đơn vị Điểm tự chấm Điểm Khối chấm';

describe('the score summary, rendered by LibreOffice', () => {
  it('needs LibreOffice and poppler', () => {
    expect(missing, `missing tools: ${missing.join(', ')}`).toEqual([]);
  });

  it.each(Object.keys(BLOCS))('%s: landscape A4, every unit’s row whole with its figures and total', (name) => {
    const { pageTexts, width, height } = doc(name);
    expect(width).toBeGreaterThan(height);
    expect(Math.round(width)).toBe(842);
    const all = pageTexts.join(' ');
    for (const s of BLOCS[name]!) expect(all, s.unitName).toContain(rowText(s));
    expect(all).toContain('BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM THI ĐUA NĂM 2022 Khối thi đua Văn hóa - Xã hội');
    expect(all).toContain('(Kèm theo Biên bản số 12/BB-KTĐVHXH ngày 20/12/2022)');
  });

  it('8 units and the signatures on one page', () => {
    const { pageTexts } = doc('tong-hop-8');
    expect(pageTexts).toHaveLength(1);
    expect(pageTexts[0]).toContain('NGƯỜI LẬP BIỂU');
  });

  it('30 units on two pages, the header rows on each, the last units with the signatures', () => {
    const { pageTexts } = doc('tong-hop-30');
    expect(pageTexts).toHaveLength(2);
    for (const page of pageTexts) expect(page).toContain(HEADER);
    const last = pageTexts[1]!;
    expect(last).toContain(rowText(thirtyUnits.at(-1)!));
    expect(last.indexOf(thirtyUnits.at(-1)!.unitName)).toBeLessThan(last.indexOf('NGƯỜI LẬP BIỂU'));
    expect(last).toContain('TM. KHỐI THI ĐUA VĂN HÓA - XÃ HỘI TRƯỞNG KHỐI');
  });

  it('10 units: the disqualified unit last with its reason, the re-vote noted, the signatures never alone on a page', () => {
    const { pageTexts } = doc('tong-hop-10');
    const all = pageTexts.join(' ');
    expect(all).toContain('10 Sở Khoa học và Công nghệ 86,5 58,5 19 19 0 10 86,5 — — Tập thể hoặc người đứng đầu bị kỷ luật');
    expect(all).toContain('4 Ban Dân tộc 94 56 19 19 0 0 94 4 Hoàn thành tốt nhiệm vụ Bỏ phiếu lại');
    const signed = pageTexts.find((p) => p.includes('NGƯỜI LẬP BIỂU'))!;
    expect(signed).toContain('Hà Thị Q');
    expect(signed).toContain('Lê Thị C');
    // At least the last unit's row is on the signatures' page, under the repeated header when it is not the first.
    expect(signed).toContain(rowText(tenUnits.at(-1)!));
    if (signed !== pageTexts[0]) expect(signed).toContain(HEADER);
  });
});
