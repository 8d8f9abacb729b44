// Vietnamese text helpers shared by services and the renderer (no DOM, no Node).

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Compares in Vietnamese dictionary order (a, ă, â, b, c, d, đ, e, ê …). */
export const compareVietnamese = (a: string, b: string): number => collator.compare(a, b);

export function sortVietnamese<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => compareVietnamese(key(a), key(b)));
}

/** Lower case, without diacritics, single-spaced: "Sở Y tế" → "so y te". */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when every word of the query occurs in one of the texts, ignoring diacritics and case. */
export function matchesSearch(query: string, ...texts: string[]): boolean {
  const words = searchKey(query).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const haystack = texts.map(searchKey).join(' ');
  return words.every((word) => haystack.includes(word));
}

/** Text as stored: NFC, trimmed, inner runs of white space folded to one space. */
export function cleanText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Key under which two names count as the same unit: case and spacing ignored, diacritics kept. */
export function sameNameKey(text: string): string {
  return cleanText(text).toLocaleLowerCase('vi');
}
