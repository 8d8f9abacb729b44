/**
 * Text width in Times New Roman, to size the rules under the issuing body and the motto and to break
 * names into lines that fit. Widths are advance widths in 1/1000 em of Liberation Serif, metric-compatible
 * with Times New Roman, for ASCII 32..126. Vietnamese letters measure as their base letter: the tone
 * marks sit above or below and do not widen the glyph.
 */
import { gapCosts } from './joints.js';

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

/** Advance widths of a text in 1/1000 em. */
function units(text: string, bold: boolean): number {
  let sum = 0;
  for (const ch of text.normalize('NFC')) sum += charWidth(ch, bold);
  return sum;
}

const toTwips = (u: number, sizePt: number) => Math.round((u / 1000) * sizePt * 20);

/** Width of a line of text in twips at the given size. */
export function measureText(text: string, sizePt: number, bold = false): number {
  return toTwips(units(text, bold), sizePt);
}

/**
 * A line counts as fitting only within this share of its width. LibreOffice sets our lines to within
 * 0.2% of these widths, but Word sets them in Times New Roman itself and rounds glyph positions, and a
 * line that wraps by itself would push a signer's name below the others of the row.
 */
export const SAFE_SHARE = 0.98;

/**
 * Each line costs more than a plain break between two words (joints.ts), so the fewest lines win, but
 * less than splitting a likely word: an extra line is taken to avoid that.
 */
const LINE_COST = 10;
/** A last line of one word reads as cut off ("KHU CÔNG NGHIỆP / TỈNH"). */
const LONE_LAST_COST = 12;
/** Weight of a line's distance from the average line, squared, as a share of the width. */
const BALANCE_COST = 30;
/** Up to this many lines more than the fewest that fit are tried: room to step around a bad break. */
const EXTRA_LINES = 2;

/**
 * Splits text into lines that fit `maxWidth` (with the `SAFE_SHARE` margin), the way an officer breaks a
 * body's name: few lines, of even length, at the joints of the name and never inside a word (see
 * joints.ts). Only a single word wider than the width overflows. Explicit "\n" are the officer's own
 * breaks: kept, each line broken further only if it does not fit.
 */
export function breakLines(text: string, maxWidth: number, sizePt: number, bold: boolean): string[] {
  return text.split('\n').flatMap((line) => breakLine(line.trim(), maxWidth, sizePt, bold));
}

/** Dynamic programming over break positions: O(n²) per line count, for n words. */
function breakLine(line: string, maxWidth: number, sizePt: number, bold: boolean): string[] {
  const fit = maxWidth * SAFE_SHARE;
  if (line === '' || measureText(line, sizePt, bold) <= fit) return [line];
  const words = line.split(/\s+/);
  const n = words.length;
  const gaps = gapCosts(words.map((w) => w.normalize('NFC')));
  const prefix = [0];
  for (const w of words) prefix.push((prefix[prefix.length - 1] ?? 0) + units(w, bold));
  const space = units(' ', bold);
  /** Width of words i..j-1 on one line. */
  const width = (i: number, j: number) => toTwips((prefix[j] ?? 0) - (prefix[i] ?? 0) + (j - i - 1) * space, sizePt);
  const fits = (i: number, j: number) => j - i === 1 || width(i, j) <= fit;

  const fewest = fewestLines(n, fits);
  let best: { cost: number; cuts: number[] } = { cost: Number.POSITIVE_INFINITY, cuts: [] };
  for (let k = fewest; k <= Math.min(n, fewest + EXTRA_LINES); k++) {
    const target = width(0, n) / k;
    const lineCost = (i: number, j: number) => {
      const off = (width(i, j) - target) / maxWidth;
      const lone = j === n && j - i === 1 && n > 2 ? LONE_LAST_COST : 0;
      return LINE_COST + BALANCE_COST * off * off + lone + (j < n ? (gaps[j] ?? 0) : 0);
    };
    const found = bestSplit(n, k, fits, lineCost);
    if (found && found.cost < best.cost) best = found;
  }
  const bounds = [0, ...best.cuts, n];
  return bounds.slice(1).map((end, m) => words.slice(bounds[m], end).join(' '));
}

/** The fewest lines that fit, filling each line greedily (optimal for a fixed width). */
function fewestLines(n: number, fits: (i: number, j: number) => boolean): number {
  let lines = 0;
  for (let i = 0; i < n; lines++) {
    let j = i + 1;
    while (j < n && fits(i, j + 1)) j++;
    i = j;
  }
  return lines;
}

/** The cheapest way to set n words in exactly k lines: the cuts (word indices) and the cost; null if none fits. */
function bestSplit(n: number, k: number, fits: (i: number, j: number) => boolean, lineCost: (i: number, j: number) => number) {
  const none = Number.POSITIVE_INFINITY;
  // cost[j]: the first j words in the lines set so far; starts[m][j]: where line m + 1 of that setting starts.
  let cost = [0, ...new Array<number>(n).fill(none)];
  const starts: number[][] = [];
  for (let m = 1; m <= k; m++) {
    const next = new Array<number>(n + 1).fill(none);
    const from = new Array<number>(n + 1).fill(0);
    for (let j = m; j <= n; j++) {
      for (let i = m - 1; i < j; i++) {
        if (!fits(i, j)) continue;
        const c = (cost[i] ?? none) + lineCost(i, j);
        if (c < (next[j] ?? none)) {
          next[j] = c;
          from[j] = i;
        }
      }
    }
    starts.push(from);
    cost = next;
  }
  const total = cost[n] ?? none;
  if (total === none) return null;
  const cuts: number[] = [];
  for (let m = k - 1, j = n; m > 0; m--) {
    j = starts[m]?.[j] ?? 0;
    cuts.unshift(j);
  }
  return { cost: total, cuts };
}
