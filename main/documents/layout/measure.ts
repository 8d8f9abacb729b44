/**
 * Rough text width in Times New Roman, enough to size the rules under the issuing body and the motto
 * and to decide where a long issuing body breaks. Widths are advance widths in 1/1000 em of Liberation
 * Serif, metric-compatible with Times New Roman, for ASCII 32..126. Vietnamese letters measure as
 * their base letter: the tone marks sit above or below and do not widen the glyph.
 */

// prettier-ignore
const REGULAR = [250,333,408,500,500,833,778,180,333,333,500,564,250,333,250,278,500,500,500,500,500,500,500,500,500,500,278,278,564,564,564,444,921,722,667,667,722,611,556,722,722,333,389,722,611,889,722,722,556,722,667,556,611,722,722,944,722,722,611,333,278,333,469,500,333,444,500,444,500,444,333,500,500,278,278,500,278,778,500,500,500,500,333,389,278,500,500,722,500,500,444,480,200,480,541];
// prettier-ignore
const BOLD = [250,333,555,500,500,1000,833,278,333,333,500,570,250,333,250,278,500,500,500,500,500,500,500,500,500,500,333,333,570,570,570,500,930,722,667,722,722,667,611,778,778,389,500,778,667,944,722,778,611,778,722,556,667,722,722,1000,722,722,667,333,278,333,581,500,333,500,556,444,556,444,333,500,556,278,333,556,278,833,556,500,556,556,444,389,333,556,500,722,500,500,444,394,220,394,520];

/** Letters whose shape differs from their decomposed base: measured from the font directly. */
const SPECIAL_REGULAR: Record<string, number> = { Đ: 722, đ: 500, Ơ: 722, ơ: 529, Ư: 776, ư: 542 };
const SPECIAL_BOLD: Record<string, number> = { Đ: 722, đ: 556, Ơ: 778, ơ: 554, Ư: 796, ư: 600 };

function charWidth(ch: string, bold: boolean): number {
  const special = (bold ? SPECIAL_BOLD : SPECIAL_REGULAR)[baseWithHorn(ch)];
  if (special !== undefined) return special;
  const base = ch.normalize('NFD').charAt(0);
  const code = base.charCodeAt(0);
  const table = bold ? BOLD : REGULAR;
  if (code >= 32 && code <= 126) return table[code - 32] ?? 500;
  if (code === 0xa0) return table[0] ?? 250; // no-break space
  return 500;
}

/** ờ → ơ, Ữ → Ư: keeps the horn (which widens the letter) and drops the tone mark. */
function baseWithHorn(ch: string): string {
  const d = ch.normalize('NFD');
  const base = d.charAt(0);
  if (base === 'Đ' || base === 'đ') return base;
  return d.includes('\u031b') ? `${base}\u031b`.normalize('NFC') : base;
}

/** Width of a line of text in twips at the given size. */
export function measureText(text: string, sizePt: number, bold = false): number {
  let units = 0;
  for (const ch of text.normalize('NFC')) units += charWidth(ch, bold);
  return Math.round((units / 1000) * sizePt * 20);
}

/**
 * Splits text into as few lines as fit `maxWidth`, the way an officer breaks a body's name: lines of
 * even length, at natural joints (after a comma, before "VÀ", before an organisation noun such as
 * "TRƯỜNG" or "SỞ"), never with a dash at a line's edge, and on a tie the upper line shorter
 * ("KHỐI THI ĐUA / VĂN HÓA - XÃ HỘI"). Explicit "\n" are kept.
 */
export function breakLines(text: string, maxWidth: number, sizePt: number, bold: boolean): string[] {
  return text.split('\n').flatMap((line) => balance(line.trim(), maxWidth, sizePt, bold));
}

/** Words that start an organisation's name: a good place to break a position line. */
const ORGANISATION_NOUNS = /^(TRƯỜNG|SỞ|BAN|ĐÀI|BẢO|ỦY|UBND|KHỐI|CỤC|CHI|TRUNG|BỆNH|VIỆN|HỘI|LIÊN|TỈNH|HUYỆN|THÀNH|BỘ)$/u;

/**
 * Two-syllable words common in the names of agencies and positions. Vietnamese writes syllables apart,
 * so without this a line could break inside a word ("SỞ LAO / ĐỘNG - THƯƠNG / BINH VÀ XÃ HỘI").
 */
const COMPOUNDS = new Set(
  [
    'LAO ĐỘNG', 'THƯƠNG BINH', 'XÃ HỘI', 'VĂN HÓA', 'THỂ THAO', 'DU LỊCH', 'THÔNG TIN', 'TRUYỀN THÔNG',
    'KHOA HỌC', 'CÔNG NGHỆ', 'GIÁO DỤC', 'ĐÀO TẠO', 'Y TẾ', 'PHÁT THANH', 'TRUYỀN HÌNH', 'BẢO HIỂM',
    'CAO ĐẲNG', 'DÂN TỘC', 'NỘI TRÚ', 'CỘNG ĐỒNG', 'NỘI VỤ', 'TÀI CHÍNH', 'KẾ HOẠCH', 'ĐẦU TƯ', 'TƯ PHÁP',
    'XÂY DỰNG', 'GIAO THÔNG', 'VẬN TẢI', 'NÔNG NGHIỆP', 'PHÁT TRIỂN', 'NÔNG THÔN', 'TÀI NGUYÊN',
    'MÔI TRƯỜNG', 'CÔNG THƯƠNG', 'NGOẠI VỤ', 'THANH TRA', 'VĂN PHÒNG', 'GIÁM ĐỐC', 'HIỆU TRƯỞNG',
    'TRƯỞNG BAN', 'CHÁNH VĂN', 'BỆNH VIỆN', 'ỦY BAN', 'NHÂN DÂN', 'MẶT TRẬN', 'TỔ QUỐC', 'CÔNG ĐOÀN',
    'THANH NIÊN', 'PHỤ NỮ', 'CHIẾN BINH', 'THI ĐUA', 'KHEN THƯỞNG', 'CHỦ TỊCH', 'THỦ TRƯỞNG', 'TRUNG TÂM',
    'THÀNH PHỐ', 'KHU VỰC', 'HÀNH CHÍNH', 'KIỂM SÁT', 'TÒA ÁN', 'CÔNG AN', 'QUÂN SỰ', 'BIÊN PHÒNG',
  ].map((w) => w.normalize('NFC')),
);
const inCompound = (last: string, first: string) => COMPOUNDS.has(`${last} ${first}`.normalize('NFC').toLocaleUpperCase('vi'));

/** Beyond this many words, only two-line splits are tried: enough for any real name. */
const MAX_WORDS_FOR_SEARCH = 14;
const EXTRA_LINE_COST = 1800;

function balance(line: string, maxWidth: number, sizePt: number, bold: boolean): string[] {
  if (line === '' || measureText(line, sizePt, bold) <= maxWidth) return [line];
  const words = line.split(/\s+/);
  const width = (ws: string[]) => measureText(ws.join(' '), sizePt, bold);
  const maxLines = words.length > MAX_WORDS_FOR_SEARCH ? 2 : Math.min(4, words.length);

  // Every split that fits competes; each extra line costs about a joint, so a third line is taken
  // only to avoid cutting a name badly ("GIÁM ĐỐC / SỞ LAO ĐỘNG - THƯƠNG BINH / VÀ XÃ HỘI").
  let best: string[] | null = null;
  let bestScore = Number.POSITIVE_INFINITY;
  for (let lines = 2; lines <= maxLines; lines++) {
    for (const cuts of combinations(words.length - 1, lines - 1)) {
      const parts = split(words, cuts);
      const widths = parts.map(width);
      if (Math.max(...widths) > maxWidth) continue;
      // Only the best joint counts: extra lines must not buy extra bonuses.
      let joint = 0;
      let score = Math.max(...widths) + (lines - 2) * EXTRA_LINE_COST;
      for (let k = 0; k < parts.length - 1; k++) {
        const top = parts[k] ?? [];
        const bottom = parts[k + 1] ?? [];
        const last = top[top.length - 1] ?? '';
        const first = bottom[0] ?? '';
        // A line may end with the dash of a name ("SỞ LAO ĐỘNG -"), never start with one.
        if (first === '-') score += 100000;
        else if (last === '-') score += 1500;
        if (inCompound(last, first)) score += 3000;
        if (last.endsWith(',')) joint = Math.max(joint, 900);
        else if (first === 'VÀ' || first === 'và') joint = Math.max(joint, 600);
        // "ỦY BAN" is one word of a name: not a joint before "BAN".
        else if (ORGANISATION_NOUNS.test(first) && last !== 'ỦY' && last !== 'Ủy') joint = Math.max(joint, 1200);
      }
      score -= joint;
      // A last line of one short word ("KHU CÔNG NGHIỆP / TỈNH") reads as cut off.
      const lastPart = parts[parts.length - 1] ?? [];
      if (lastPart.length === 1 && words.length > 2) score += 2000;
      if ((widths[0] ?? 0) > (widths[widths.length - 1] ?? 0)) score += 1;
      if (score < bestScore) {
        bestScore = score;
        best = parts.map((p) => p.join(' '));
      }
    }
  }
  if (best) return best;
  return [line];
}

/** All ways to choose `k` cut positions (1..n) in increasing order. */
function* combinations(n: number, k: number, start = 1): Generator<number[]> {
  if (k === 0) {
    yield [];
    return;
  }
  for (let i = start; i <= n - k + 1; i++) {
    for (const rest of combinations(n, k - 1, i + 1)) yield [i, ...rest];
  }
}

function split(words: string[], cuts: number[]): string[][] {
  const out: string[][] = [];
  let from = 0;
  for (const c of [...cuts, words.length]) {
    out.push(words.slice(from, c));
    from = c;
  }
  return out;
}
