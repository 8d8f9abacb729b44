import { describe, expect, it } from 'vitest';
import { SAFE_SHARE, breakLines, measureText } from '../../../../main/documents/layout/measure.js';
import { gridLayout } from '../../../../main/documents/layout/signature-lines.js';
import { headerColumns, signatureColumns } from '../../../../main/documents/layout/sizes.js';
import { CELL_PADDING } from '../../../../main/documents/layout/units.js';
import { mmToTwip, upper, type DocumentOptions } from '../../../../main/documents/index.js';
import { LONG_UNITS, longNameBlocks, splitWords } from './long-names.js';

// A signature block in a grid of three: about 55 mm wide, less the cell padding.
const gridCell = mmToTwip(50);
/** The text width of a block in the pledge's grid, 2 or 3 a row, on a portrait or landscape page. */
const gridWidths = (['portrait', 'landscape'] as const).flatMap((orientation) =>
  ([2, 3] as const).map((perRow) => {
    const options: DocumentOptions = { bodyFontSize: 14, orientation };
    const { widths } = gridLayout({ kind: 'signatureGrid', perRow, blocks: [] }, options);
    return { label: `${perRow} a row, ${orientation}`, width: (widths[0] ?? 0) - 90 };
  }),
);

/** Lines that Word or LibreOffice could wrap by themselves: wider than the safe share, and not one word. */
const overflowing = (lines: string[], width: number, sizePt = 13) =>
  lines.filter((l) => l.includes(' ') && measureText(l, sizePt, true) > width * SAFE_SHARE);

describe('breaking a name in capitals the way an officer would', () => {
  it('never breaks inside a two-syllable word', () => {
    expect(breakLines('SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI', gridCell, 13, true)).toEqual([
      'SỞ LAO ĐỘNG -',
      'THƯƠNG BINH',
      'VÀ XÃ HỘI',
    ]);
  });

  it('keeps a short name whole and splits a long one at its joint', () => {
    expect(breakLines('SỞ Y TẾ', gridCell, 13, true)).toEqual(['SỞ Y TẾ']);
    const lines = breakLines('SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH', mmToTwip(60), 13, true);
    expect(lines).toEqual(['SỞ VĂN HÓA,', 'THỂ THAO VÀ DU LỊCH']);
  });

  it('never starts a line with a dash', () => {
    for (const width of [mmToTwip(35), mmToTwip(45), gridCell]) {
      const lines = breakLines('SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI', width, 13, true);
      expect(lines.every((l) => !l.startsWith('-'))).toBe(true);
    }
  });

  it('breaks the issuing body of the header as the preview shows it', () => {
    const width = headerColumns({ bodyFontSize: 14, orientation: 'portrait' })[0] - 2 * CELL_PADDING;
    expect(breakLines('KHỐI THI ĐUA VĂN HÓA - XÃ HỘI', width, 13, true)).toEqual(['KHỐI THI ĐUA', 'VĂN HÓA - XÃ HỘI']);
  });

  it('reads the demo units well in a grid of three', () => {
    const width = gridWidths.find((g) => g.label === '3 a row, portrait')?.width ?? 0;
    expect(breakLines('TRƯỜNG CAO ĐẲNG NGHỀ DÂN TỘC NỘI TRÚ BẮC KẠN', width, 13, true)).toEqual([
      'TRƯỜNG CAO ĐẲNG',
      'NGHỀ DÂN TỘC',
      'NỘI TRÚ BẮC KẠN',
    ]);
    expect(breakLines('ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH TỈNH BẮC KẠN', width, 13, true)).toEqual([
      'ĐÀI PHÁT THANH',
      'VÀ TRUYỀN HÌNH',
      'TỈNH BẮC KẠN',
    ]);
    expect(breakLines('LIÊN MINH HỢP TÁC XÃ TỈNH LÀO CAI', width, 13, true)).toEqual(['LIÊN MINH', 'HỢP TÁC XÃ', 'TỈNH LÀO CAI']);
  });

  it('keeps the "\\n" an officer typed, breaking a forced line further only when it does not fit', () => {
    const wide = gridWidths.find((g) => g.label === '2 a row, portrait')?.width ?? 0;
    expect(breakLines('SỞ XÂY DỰNG\nTỈNH PHÚ THỌ', wide, 13, true)).toEqual(['SỞ XÂY DỰNG', 'TỈNH PHÚ THỌ']);
    const narrow = gridWidths.find((g) => g.label === '3 a row, portrait')?.width ?? 0;
    expect(breakLines('SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nTỈNH LÂM ĐỒNG', narrow, 13, true)).toEqual([
      'SỞ NÔNG NGHIỆP',
      'VÀ MÔI TRƯỜNG',
      'TỈNH LÂM ĐỒNG',
    ]);
  });

  it('takes as many lines as a long name needs, each inside the width', () => {
    const name = upper(LONG_UNITS.find((u) => u.name.length > 80)?.name ?? '');
    const lines = breakLines(name, mmToTwip(50), 13, true);
    expect(lines.length).toBeGreaterThanOrEqual(5);
    expect(overflowing(lines, mmToTwip(50))).toEqual([]);
    expect(lines.join(' ')).toBe(name);
  });

  it('lets only a single word wider than the width overflow', () => {
    expect(breakLines('THƯƠNG BINH', mmToTwip(10), 13, true)).toEqual(['THƯƠNG', 'BINH']);
  });

  it('breaks a sentence (not in capitals) by balance alone', () => {
    expect(breakLines('V/v đề nghị gửi báo cáo tự chấm điểm thi đua năm 2018', 3620, 12, false)).toEqual([
      'V/v đề nghị gửi báo cáo tự',
      'chấm điểm thi đua năm 2018',
    ]);
  });
});

describe('thirty long names of provincial bodies, in every width they print at', () => {
  it.each(gridWidths)('the grid, $label: every unit name fits its lines, and no word is split', ({ width }) => {
    for (const block of longNameBlocks()) {
      const lines = breakLines(upper(block.unit ?? ''), width, 13, true);
      expect(overflowing(lines, width, 13), block.unit ?? '').toEqual([]);
      expect(splitWords(lines), lines.join(' / ')).toEqual([]);
    }
  });

  it.each([13, 14] as const)('a signature area at %i pt: "GIÁM ĐỐC SỞ …" fits its lines, and no word is split', (size) => {
    const width = signatureColumns({ bodyFontSize: size, orientation: 'portrait' })[1] - 2 * CELL_PADDING;
    for (const unit of LONG_UNITS) {
      const lines = breakLines(`${unit.position} ${upper(unit.name)}`, width, size, true);
      expect(overflowing(lines, width, size), unit.name).toEqual([]);
      expect(splitWords(lines), lines.join(' / ')).toEqual([]);
    }
  });

  it('a long text breaks quickly into lines that fit', () => {
    const text = Array.from({ length: 8 }, () => upper(LONG_UNITS[1]?.name ?? '')).join(' VÀ ');
    const started = performance.now();
    const lines = breakLines(text, mmToTwip(50), 13, true);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(lines.length).toBeGreaterThan(30);
    expect(overflowing(lines, mmToTwip(50), 13)).toEqual([]);
  });
});
