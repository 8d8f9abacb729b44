// Vietnamese text helpers shared by services and the renderer (no DOM, no Node).

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Compares in Vietnamese dictionary order (a, ă, â, b, c, d, đ, e, ê …). */
export const compareVietnamese = (a: string, b: string): number => collator.compare(a, b);

export function sortVietnamese<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => compareVietnamese(key(a), key(b)));
}

/** Lower case, without diacritics, single-spaced: "Sở Y tế" → "so y te". */
export function searchKey(text: string): string {
  return withoutDiacritics(text).toLowerCase().replace(/\s+/g, ' ').trim();
}

const withoutDiacritics = (text: string) => text.normalize('NFD').replace(/\p{Diacritic}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

/** True when every word of the query occurs in one of the texts, ignoring diacritics and case. */
export function matchesSearch(query: string, ...texts: string[]): boolean {
  const words = searchKey(query).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const haystack = texts.map(searchKey).join(' ');
  return words.every((word) => haystack.includes(word));
}

/**
 * Zero-width, bidi-control and soft-hyphen characters: pasted from the web or Word they are invisible, yet
 * would make "Sở Y tế" and its look-alike two different names.
 */
const invisible = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/** Text as stored: invisible characters removed, NFC, trimmed, inner runs of white space folded to one space. */
export function cleanText(text: string): string {
  return text.replace(invisible, '').normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Key under which two names count as the same unit: case and spacing ignored, diacritics kept. */
export function sameNameKey(text: string): string {
  return cleanText(text).toLocaleLowerCase('vi');
}

/** "GIÁM ĐỐC" → "Giám đốc": a position written in capitals, as it reads in running text. */
export function sentenceCase(text: string): string {
  const lower = cleanText(text).toLocaleLowerCase('vi');
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
}

/**
 * A position at a unit: "Giám đốc" + "Sở Y tế" → "Giám đốc Sở Y tế"; when the unit's name repeats the
 * position's last word ("Trưởng ban" + "Ban Dân tộc") it is said once: "Trưởng Ban Dân tộc".
 */
export function positionAt(position: string, unitName: string): string {
  const p = cleanText(position);
  const u = cleanText(unitName);
  if (!p) return u;
  const words = p.split(' ');
  const last = words.at(-1) ?? '';
  const first = u.split(' ')[0] ?? '';
  if (words.length > 1 && sameNameKey(last) === sameNameKey(first)) return `${words.slice(0, -1).join(' ')} ${u}`;
  return `${p} ${u}`;
}

/**
 * ASCII file-name words joined by "-", cut at a word within `max`: "Sở Y tế" → "So-Y-te"; empty when
 * nothing is left.
 */
export function asciiWords(text: string, max: number): string {
  const words = withoutDiacritics(text).split(/[^A-Za-z0-9]+/).filter(Boolean);
  let out = '';
  for (const w of words) {
    const next = out ? `${out}-${w}` : w;
    if (next.length > max) break;
    out = next;
  }
  return out;
}

/** Lower-case ASCII file-name words: "Biên bản hội nghị" → "bien-ban-hoi-nghi". */
export const slug = (text: string, max = 60): string => asciiWords(text, max).toLowerCase() || 'van-ban';
