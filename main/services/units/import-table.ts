// A list of units as officers keep it (an Excel range, a Word table pasted as text, a workbook) read into
// rows of name, short name, head's position and head's name. The columns are named by a header row when
// there is one, in any order; otherwise they are told apart by what they hold.
import type { ImportColumn, ImportedUnit } from '../../contract/index.js';
import { cleanText, searchKey } from '../../common/vietnamese.js';

/** One line of the source: its number as the officer sees it (the line, or the sheet's row) and its cells. */
export interface SourceRow {
  line: number;
  cells: string[];
}

export interface ReadTable {
  columns: ImportColumn[];
  header: boolean;
  rows: (ImportedUnit & { line: number })[];
}

/** The delimiter of a pasted text: tabs (Excel, Word), else ";" or "|". One column when none is found. */
function delimiterOf(text: string): string | null {
  for (const d of ['\t', '|', ';']) if (text.includes(d)) return d;
  return null;
}

/** Splits pasted text into rows of cells; a quoted cell (Excel quotes one holding a line break) stays whole. */
export function splitPasted(text: string): SourceRow[] {
  const delimiter = delimiterOf(text);
  const rows: SourceRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  const endCell = () => {
    cells.push(cell);
    cell = '';
  };
  const endRow = () => {
    endCell();
    rows.push({ line: rowLine, cells });
    cells = [];
  };
  const chars = text.replace(/\r\n?/g, '\n');
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (quoted) {
      if (c === '"' && chars[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        cell += c === '\n' ? ' ' : c;
      }
    } else if (c === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (c === delimiter) endCell();
    else if (c === '\n') {
      endRow();
      line++;
      rowLine = line;
    } else cell += c;
  }
  endRow();
  return rows.map((r) => ({ line: r.line, cells: trimOuterPipes(r.cells.map(cleanText), delimiter) }));
}

/** "| a | b |" (a Markdown or Word-as-text table) has an empty cell before the first and after the last bar. */
const trimOuterPipes = (cells: string[], delimiter: string | null) =>
  delimiter === '|' && cells.length > 2 && cells[0] === '' && cells.at(-1) === '' ? cells.slice(1, -1) : cells;

/** A row with nothing in it, or a Markdown rule ("---|---"). */
const isBlank = (cells: string[]) => cells.every((c) => c === '' || /^[-:=_\s]+$/.test(c));

/** What a header cell names, or null when it is not a header word. */
function headerColumn(cell: string): ImportColumn | null {
  const key = searchKey(cell).replace(/[^a-z0-9 ]/g, ' ').replace(/\s+/g, ' ').trim();
  if (key === '') return null;
  if (/^(stt|tt|so tt|so thu tu)$/.test(key)) return 'ignored';
  // The deputy and the officer are filled in the drawer: their columns are not the head's.
  if (/\b(pho|can bo|dia chi|dien thoai|email|ghi chu)\b/.test(key)) return 'ignored';
  if (/\b(viet tat|ten tat|ky hieu)\b/.test(key)) return 'shortName';
  if (/\b(chuc vu|chuc danh)\b/.test(key)) return 'headPosition';
  if (/\b(ho ten|ho va ten|thu truong|lanh dao|nguoi dung dau|nguoi ky)\b/.test(key)) return 'headName';
  // Anchored: a title line ("Danh sách đơn vị thành viên năm 2022") is not the name's header.
  if (/^(ten|don vi|co quan)\b/.test(key)) return 'name';
  return null;
}

/** The header row's columns, when every filled cell of the row is a header word and one names the unit. */
function readHeader(cells: string[]): ImportColumn[] | null {
  const filled = cells.filter((c) => c !== '');
  const columns = cells.map((c) => (c === '' ? 'ignored' : headerColumn(c)));
  if (filled.length === 0 || columns.some((c) => c === null) || !columns.includes('name')) return null;
  return dedupe(columns as ImportColumn[]);
}

/** A role taken twice keeps its first column. */
function dedupe(columns: ImportColumn[]): ImportColumn[] {
  const seen = new Set<ImportColumn>();
  return columns.map((c) => {
    if (c === 'ignored' || !seen.has(c)) {
      seen.add(c);
      return c;
    }
    return 'ignored';
  });
}

const POSITION_WORDS =
  /^(phó )?(giám đốc|trưởng ban|trưởng phòng|chánh văn phòng|chánh thanh tra|chủ tịch|bí thư|hiệu trưởng|viện trưởng|tổng biên tập|tổng giám đốc|cục trưởng|chi cục trưởng|chỉ huy trưởng|thủ trưởng|trưởng đài|trưởng|giám đốc sở)\b/u;

const hasLetters = (c: string) => /\p{L}/u.test(c);
/**
 * "Trưởng ban", "GIÁM ĐỐC", "CHÁNH VĂN PHÒNG": a position starts with a position word, or is several words in
 * capitals (a short name in capitals, "BHXH", is one word).
 */
const looksLikePosition = (c: string) =>
  POSITION_WORDS.test(c.toLocaleLowerCase('vi')) || (hasLetters(c) && c.includes(' ') && c === c.toLocaleUpperCase('vi'));
/** "Đặng Văn H": two to six words, each starting with a capital, the rest of each word in small letters. */
const looksLikePerson = (c: string) => {
  const words = c.split(' ');
  return words.length >= 2 && words.length <= 6 && words.every((w) => /^\p{Lu}\p{Ll}*\.?$/u.test(w));
};
const looksLikeIndex = (c: string) => /^\d{1,3}[.)]?$/.test(c);

/** Columns told apart by their cells: numbers, positions, people's names, then the longest is the name. */
function guessColumns(rows: SourceRow[]): ImportColumn[] {
  const width = Math.max(...rows.map((r) => r.cells.length));
  const columnCells = Array.from({ length: width }, (_, i) => rows.map((r) => r.cells[i] ?? '').filter((c) => c !== ''));
  const share = (cells: string[], test: (c: string) => boolean) => (cells.length === 0 ? 0 : cells.filter(test).length / cells.length);
  const roles: (ImportColumn | null)[] = columnCells.map((cells) => (cells.length === 0 || share(cells, looksLikeIndex) === 1 ? 'ignored' : null));
  const free = () => roles.flatMap((r, i) => (r === null ? [i] : []));
  const best = (score: (i: number) => number) => free().reduce<number | null>((b, i) => (b === null || score(i) > score(b) ? i : b), null);
  const averageLength = (i: number) => columnCells[i]!.reduce((sum, c) => sum + c.length, 0) / Math.max(columnCells[i]!.length, 1);

  // The name first when it is the only column left to guess.
  if (free().length > 1) {
    const position = best((i) => share(columnCells[i]!, looksLikePosition));
    if (position !== null && share(columnCells[position]!, looksLikePosition) >= 0.5) roles[position] = 'headPosition';
  }
  if (free().length > 1) {
    const person = best((i) => share(columnCells[i]!, looksLikePerson));
    if (person !== null && share(columnCells[person]!, looksLikePerson) >= 0.5) roles[person] = 'headName';
  }
  const name = best(averageLength);
  if (name !== null) roles[name] = 'name';
  const short = best((i) => -averageLength(i));
  if (short !== null && averageLength(short) <= 20) roles[short] = 'shortName';
  return roles.map((r) => r ?? 'ignored');
}

/** The rows read with the columns found; a header may follow a few title lines (as in an exported list). */
export function readTable(source: SourceRow[]): ReadTable {
  const rows = source.filter((r) => !isBlank(r.cells));
  const headerAt = rows.slice(0, 6).findIndex((r) => readHeader(r.cells) !== null);
  const header = headerAt >= 0 ? readHeader(rows[headerAt]!.cells) : null;
  const data = header ? rows.slice(headerAt + 1) : rows;
  const columns = header ?? (data.length > 0 ? guessColumns(data) : []);
  const cellOf = (cells: string[], role: ImportColumn) => {
    const i = columns.indexOf(role);
    return i < 0 ? '' : (cells[i] ?? '');
  };
  return {
    columns,
    header: header !== null,
    rows: data.map(({ line, cells }) => ({
      line,
      name: cellOf(cells, 'name'),
      shortName: cellOf(cells, 'shortName'),
      headPosition: cellOf(cells, 'headPosition'),
      headName: cellOf(cells, 'headName'),
    })),
  };
}
