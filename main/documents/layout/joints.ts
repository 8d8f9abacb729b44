/**
 * Where a name in capitals may break, and at what cost: rules about how the names of Vietnamese bodies
 * are built, not a list of their words.
 *
 * A name is a noun phrase: a head noun ("SỞ", "BAN", "ỦY BAN", "TRUNG TÂM"), then modifiers, joined by
 * "VÀ", "CÁC", commas and dashes, often ending with "TỈNH" or "THÀNH PHỐ" and a place name. Those joints
 * are where an officer breaks a line. Between two joints runs a phrase of plain syllables, which starts
 * and ends on a word: Vietnamese writes the syllables of a word apart, and the words of a name are nearly
 * all of two syllables ("XÂY DỰNG", "CÔNG NGHIỆP"). A phrase of even length then reads one way only, in
 * pairs from its start. In a phrase of odd length one word has a single syllable, and it may be any of
 * them ("HỢP TÁC XÃ", "CAO ĐẲNG NGHỀ DÂN TỘC"): a break costs in proportion to the share of those
 * readings in which it falls inside a word (`splitShare`). So a break is cheap where the readings agree
 * it falls between words, and a likely split word costs more than an extra line. A head noun or title
 * of one syllable stays with the word after it ("SỞ XÂY DỰNG"), "VÀ" and "CÁC" with the phrase they
 * open, "TỈNH" with its place name; a line never starts with a dash.
 *
 * Text that is not in capitals (a subject line, a "V/v") is a sentence, not a name: only punctuation
 * counts there, and balance decides.
 */

/** Cost of a break before a word; see `gapCosts`. */
export const COST = {
  /** A natural joint: before "VÀ", "CÁC", "TỈNH", a head noun; after a comma or a dash. */
  joint: 0,
  /** Between two words of a phrase. */
  word: 4,
  /** Leaves "VÀ" or "CÁC" at a line's end, away from what it joins: worse than an extra line. */
  afterFunction: 16,
  /** Leaves a head noun or title of one syllable at a line's end, away from its word: "TRƯỜNG / CAO ĐẲNG". */
  hold: 18,
  /** Parts "TỈNH" or "THÀNH PHỐ" from its place name: "TỈNH / THÁI NGUYÊN". */
  marker: 20,
  /** Inside a pair of syllables that is surely a word; less as the pairing grows uncertain. */
  pair: 60,
  /** Inside a head noun or place marker ("TRUNG / TÂM", "THÀNH / PHỐ") or a place name ("HỒ CHÍ / MINH"). */
  known: 80,
  /** Starts a line with a dash: never, unless nothing else fits. */
  never: 1e6,
} as const;

const phrases = (list: string) =>
  list
    .split('|')
    .map((w) => w.normalize('NFC').split(' '))
    .sort((a, b) => b.length - a.length);

/** Structural words that start the name of a body; longest first, so "HỘI ĐỒNG" wins over "HỘI". */
const HEADS = phrases(
  'BỘ CHỈ HUY|BAN CHỈ HUY|ỦY BAN|TRUNG TÂM|BỆNH VIỆN|VĂN PHÒNG|HỘI ĐỒNG|LIÊN MINH|LIÊN ĐOÀN|LIÊN HIỆP|KHO BẠC|' +
    'NGÂN HÀNG|CHI CỤC|CHI NHÁNH|CÔNG AN|TÒA ÁN|THANH TRA|BẢO HIỂM|ĐẢNG ỦY|' +
    'SỞ|BAN|TRƯỜNG|ĐÀI|CỤC|VIỆN|HỘI|BÁO|KHU|ĐOÀN|KHỐI|QUỸ',
);
/** Words that introduce a place name, which then runs to the next joint unbroken: "TỈNH THÁI NGUYÊN". */
const PLACE_MARKERS = phrases('THÀNH PHỐ|KHU VỰC|TỈNH');
/** Words that join two phrases and belong with the second: "… / VÀ XÃ HỘI", "… / CÁC KHU CÔNG NGHIỆP". */
const FUNCTION_WORDS = new Set(['VÀ', 'CÁC']);
/** One-syllable titles before a position, which stand alone: "PHÓ / CHỦ TỊCH". */
const TITLES = new Set(['PHÓ', 'CHÁNH', 'TỔNG', 'QUYỀN']);
/** After a one-syllable head noun it makes a position, not a name: "CỤC TRƯỞNG", "VIỆN TRƯỞNG". */
const CHIEF = 'TRƯỞNG';

const isDash = (w: string) => /^[-–]$/u.test(w);
const endsClause = (w: string) => /[,;:]$/u.test(w);
const isCapitals = (w: string) => /\p{L}/u.test(w) && w === w.toLocaleUpperCase('vi');
/** Abbreviations ("KT.", "V/v"), numbers and marks: whole tokens that pair with nothing. */
const standsAlone = (w: string) => /[.\d/]/u.test(w) || !/\p{L}/u.test(w);

function matchAt(ws: string[], i: number, list: string[][]): number {
  return list.find((m) => m.every((part, k) => ws[i + k] === part))?.length ?? 0;
}

/**
 * In a phrase of `length` syllables, the share of its readings in which the gap after syllable `k`
 * (1-based) falls inside a word. A reading cuts the phrase into two-syllable words with, when the length
 * is odd, one word of one syllable somewhere. Inside a name that syllable is most often a modifier closing
 * its phrase ("HỢP TÁC XÃ", "HÀNH CHÍNH CÔNG"), and seldom a word opening it (head nouns are known
 * already): the reading with it last weighs 2, with it first 1/2, others 1; and a closing modifier stays
 * with the word it modifies. A name's last phrase ends on a place name instead ("… NỘI TRÚ BẮC KẠN"):
 * there every reading weighs the same.
 */
export function splitShare(k: number, length: number, endsName: boolean): number {
  if (length % 2 === 0) return k % 2;
  let inside = 0;
  let total = 0;
  for (let single = 1; single <= length; single += 2) {
    const last = single === length;
    const weight = endsName ? 1 : last ? 2 : single === 1 ? 0.5 : 1;
    total += weight;
    // Pairs start at odd positions before the single syllable and at even ones after it.
    const within = k < single ? k % 2 === 1 || (last && k === single - 1) : k > single && (k - single) % 2 === 1;
    if (within) inside += weight;
  }
  return inside / total;
}

/**
 * cost[i]: the cost of breaking the line before words[i] (cost[0] is unused). Words are NFC, split on
 * spaces, as given (a name is expected in capitals).
 */
export function gapCosts(ws: string[]): number[] {
  const cost: number[] = ws.map(() => COST.word);
  const set = (i: number, c: number) => {
    if (i > 0 && i < ws.length) cost[i] = c;
  };
  /** Indices of the plain syllables of the phrase being read. */
  let phrase: number[] = [];
  const endPhrase = () => {
    const endsName = phrase[phrase.length - 1] === ws.length - 1;
    phrase.forEach((at, k) => k > 0 && set(at, COST.word + (COST.pair - COST.word) * splitShare(k, phrase.length, endsName)));
    phrase = [];
  };
  /** Words read so far of the place name after "TỈNH" (null: not in one): it runs unbroken to the next joint. */
  let place: number | null = null;
  /** The word before is a head noun or a title of one syllable, read with the word after it: "SỞ XÂY DỰNG". */
  let holdNext = false;

  for (let i = 0; i < ws.length; ) {
    const w = ws[i] ?? '';
    const prev = ws[i - 1] ?? '';
    const held = holdNext;
    holdNext = false;
    // After "VÀ" a break costs the same whatever follows; after a comma or a dash, whatever followed ends.
    const afterJoint = isDash(prev) || endsClause(prev);
    const gap = (own: number) =>
      set(i, held ? COST.hold : FUNCTION_WORDS.has(prev) ? COST.afterFunction : afterJoint ? COST.joint : own);
    if (afterJoint) {
      endPhrase();
      place = null;
    }

    if (isDash(w) || !isCapitals(w) || standsAlone(w)) {
      endPhrase();
      place = null;
      if (isDash(w)) set(i, COST.never);
      else gap(COST.word);
      i++;
      continue;
    }
    const marker = matchAt(ws, i, PLACE_MARKERS);
    if (marker > 0 || FUNCTION_WORDS.has(w)) {
      endPhrase();
      gap(COST.joint);
      for (let k = 1; k < marker; k++) set(i + k, COST.known);
      place = marker > 0 ? 0 : null;
      i += Math.max(marker, 1);
      continue;
    }
    if (place !== null) {
      // "THÀNH PHỐ / HỒ CHÍ MINH" at worst; never "HỒ CHÍ / MINH".
      gap(place === 0 ? COST.marker : COST.known);
      place++;
      i++;
      continue;
    }
    // A head noun or a title can only start where a word starts: at an even offset in the phrase. A head
    // of two or more syllables is told by itself ("CHỈ HUY TRƯỞNG / BỘ CHỈ HUY …"); one syllable is not:
    // "QUỐC HỘI" ends on "HỘI".
    const atWord = phrase.length % 2 === 0;
    const longHead = matchAt(ws, i, HEADS);
    const head = atWord || longHead > 1 ? longHead : 0;
    if (head === 1 && ws[i + 1] === CHIEF) {
      gap(COST.word);
      phrase.push(i, i + 1);
      i += 2;
      continue;
    }
    if (head > 0 || (atWord && TITLES.has(w))) {
      endPhrase();
      gap(head > 0 ? COST.joint : COST.word);
      for (let k = 1; k < head; k++) set(i + k, COST.known);
      i += Math.max(head, 1);
      // "PHÓ / CHÁNH VĂN PHÒNG" rather than "PHÓ CHÁNH / VĂN PHÒNG": a title holds its position, not another title.
      holdNext = head <= 1 && !TITLES.has(ws[i] ?? '');
      continue;
    }
    gap(COST.word);
    phrase.push(i);
    i++;
  }
  endPhrase();
  return cost;
}
