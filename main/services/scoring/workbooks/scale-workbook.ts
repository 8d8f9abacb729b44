// Reading a scale from a workbook laid out as officers keep it: a table on the first sheet with a code, the
// content, the maximum and maybe guidance, under a title or two. Roman numerals open groups, "1"/"1.1" are
// criteria, "a"/"a)"/"1.1.a" sub-criteria of the criterion above; groups named "Điểm thưởng"/"Điểm cộng" and
// "Điểm trừ" hold bonus and deduction items. Anything unreadable is refused naming its row and column.
import type ExcelJS from 'exceljs';
import type { z } from 'zod';
import { scaleDefinition, type importMessage, type ScaleDefinition, type ScaleDefinitionInput } from '../../../contract/scoring.js';
import { ServiceError } from '../../errors.js';
import { sameNameKey } from '../../../common/vietnamese.js';
import { plain, sum, toBig } from '../../../scoring/decimal.js';
import { cellText, placeOf } from './cells.js';
import { openWorkbook } from './open-workbook.js';

type ImportMessage = z.infer<typeof importMessage>;

const HEADER_SEARCH_ROWS = 30;

/** Header cell texts (lower case) each column is known by. */
const isCodeHeader = (t: string) => ['mã', 'mã số', 'stt', 'tt', 'số tt', 'số thứ tự'].includes(t);
const isNameHeader = (t: string) => t.startsWith('nội dung') || t.startsWith('tiêu chí') || t === 'tên tiêu chí';
const isMaxHeader = (t: string) => t === 'điểm' || ['điểm tối đa', 'điểm chuẩn', 'thang điểm', 'điểm quy định'].some((h) => t.startsWith(h));
const isGuidanceHeader = (t: string) => ['hướng dẫn', 'cách chấm', 'cách tính', 'ghi chú'].some((h) => t.startsWith(h));

interface Columns {
  code: number;
  name: number;
  max: number;
  guidance: number | null;
}

function findHeader(sheet: ExcelJS.Worksheet): { row: number; columns: Columns } | null {
  for (let r = 1; r <= Math.min(sheet.rowCount, HEADER_SEARCH_ROWS); r++) {
    const found: Partial<Columns> = {};
    sheet.getRow(r).eachCell((cell, c) => {
      const t = sameNameKey(cellText(cell.value));
      if (found.code === undefined && isCodeHeader(t)) found.code = c;
      else if (found.name === undefined && isNameHeader(t)) found.name = c;
      else if (found.max === undefined && isMaxHeader(t)) found.max = c;
      else if (found.guidance === undefined && isGuidanceHeader(t)) found.guidance = c;
    });
    if (found.code !== undefined && found.name !== undefined && found.max !== undefined) {
      return { row: r, columns: { code: found.code, name: found.name, max: found.max, guidance: found.guidance ?? null } };
    }
  }
  return null;
}

const ROMAN = /^[IVX]+$/;
const NUMBERED = /^\d+(\.\d+)*$/;
const LETTER = /^[a-zđ]$/;
const NUMBERED_LETTER = /^\d+(\.\d+)*\.[a-zđ]$/;

type Section = 'criteria' | 'bonus' | 'deductions';

/**
 * What a heading opens. A Roman-numbered group is bonus or deductions when its name says so anywhere; a
 * heading without a Roman numeral (no code or a capital letter: "ĐIỂM THƯỞNG", "B. Điểm trừ") only when its
 * name starts with it.
 */
function sectionOf(name: string, roman: boolean): Section {
  const t = sameNameKey(name);
  const says = (words: string) => (roman ? t.includes(words) : t.startsWith(words));
  if (says('điểm thưởng') || says('điểm cộng')) return 'bonus';
  if (says('điểm trừ')) return 'deductions';
  return 'criteria';
}

interface Draft {
  key: string;
  code: string;
  name: string;
  max: number | null;
  guidance: string;
  row: number;
}
type DraftCriterion = Draft & { children: Draft[] };
type DraftGroup = Draft & { criteria: DraftCriterion[] };
interface Drafts {
  groups: DraftGroup[];
  bonus: Draft[];
  deductions: Draft[];
}

interface Context {
  at: (row?: number, column?: number) => string;
  refuse: (where: string, message: string) => ServiceError;
  columns: Columns;
  warnings: ImportMessage[];
}

const total = (values: number[]) => Number(plain(sum(values.map((v) => toBig(v)))));

export async function readScaleWorkbook(bytes: Uint8Array, fileName: string): Promise<{ definition: ScaleDefinitionInput; warnings: ImportMessage[] }> {
  const opened = await openWorkbook(bytes, fileName);
  if (!opened.ok) throw new ServiceError('VALIDATION', opened.message);
  const sheet = opened.workbook.worksheets.find((s) => s.state === 'visible') ?? opened.workbook.worksheets[0]!;
  const at = (row?: number, column?: number) => placeOf(fileName, sheet.name, row, column);
  const refuse = (where: string, message: string) => new ServiceError('VALIDATION', `${where}: ${message}`);

  const header = findHeader(sheet);
  if (!header) {
    throw refuse(at(), `không tìm thấy dòng tiêu đề của bảng (các cột “Mã” hoặc “STT”, “Nội dung”, “Điểm tối đa”) trong ${HEADER_SEARCH_ROWS} dòng đầu`);
  }
  const { columns } = header;
  const warnings: ImportMessage[] = [];

  const maxAt = (r: number): number | null => {
    const value = sheet.getCell(r, columns.max).value;
    const text = cellText(value);
    if (text === '') return null;
    if (typeof value === 'number' && value >= 0) return value;
    if (/^\d+([.,]\d+)?$/.test(text)) return Number(text.replace(',', '.'));
    throw refuse(at(r, columns.max), `điểm “${text}” không phải là số không âm`);
  };

  const groups: DraftGroup[] = [];
  const bonus: Draft[] = [];
  const deductions: Draft[] = [];
  let section: Section = 'criteria';
  let bonusCap: number | null = null;
  let group: DraftGroup | null = null;
  let criterion: DraftCriterion | null = null;

  for (let r = header.row + 1; r <= sheet.rowCount; r++) {
    const code = cellText(sheet.getCell(r, columns.code).value).replace(/^\(/, '').replace(/[.)\s]+$/, '');
    const name = cellText(sheet.getCell(r, columns.name).value);
    const guidance = columns.guidance === null ? '' : cellText(sheet.getCell(r, columns.guidance).value);
    if (code === '' && name === '') continue;
    // A total line closes many officers' tables, after the deductions as often as not.
    if (code === '' && sameNameKey(name).startsWith('tổng')) continue;
    const base = { code, name, guidance, row: r };

    const roman = ROMAN.test(code);
    // Bonus and deductions are often headed without a Roman numeral ("ĐIỂM THƯỞNG", "B. Điểm trừ").
    if (roman || (/^[A-Z]?$/.test(code) && sectionOf(name, false) !== 'criteria')) {
      section = sectionOf(name, roman);
      criterion = null;
      group = null;
      if (section === 'criteria') {
        group = { ...base, key: `g${groups.length + 1}`, max: maxAt(r), criteria: [] };
        groups.push(group);
      } else if (section === 'bonus') bonusCap = maxAt(r);
      continue;
    }
    if (section !== 'criteria') {
      const points = maxAt(r);
      if (points === null) throw refuse(at(r, columns.max), `thiếu số điểm của mục “${name}”`);
      const list = section === 'bonus' ? bonus : deductions;
      list.push({ ...base, key: `${section === 'bonus' ? 'b' : 'd'}${list.length + 1}`, max: points });
      continue;
    }
    if (code === '') {
      warnings.push({ where: at(r), message: `Dòng không có mã nên không được đọc: “${name}”` });
      continue;
    }
    const isSub = LETTER.test(code) || NUMBERED_LETTER.test(code) || (criterion !== null && NUMBERED.test(code) && code.startsWith(`${criterion.code}.`));
    if (!isSub && !NUMBERED.test(code)) {
      warnings.push({ where: at(r, columns.code), message: `Mã “${code}” không phải mã nhóm (I, II…), tiêu chí (1, 1.1) hay tiêu chí thành phần (a, 1.1.a): dòng không được đọc` });
      continue;
    }
    if (!group) throw refuse(at(r, columns.code), `tiêu chí “${code}” đứng trước nhóm đầu tiên; thang điểm cần các nhóm đánh số La Mã (I, II, III…)`);
    if (isSub) {
      if (!criterion) throw refuse(at(r, columns.code), `tiêu chí thành phần “${code}” không thuộc tiêu chí nào`);
      const subCode = LETTER.test(code) ? `${criterion.code}.${code}` : code;
      criterion.children.push({ ...base, code: subCode, key: `${criterion.key}-${criterion.children.length + 1}`, max: maxAt(r) });
      continue;
    }
    criterion = { ...base, key: `c${groups.length}-${group.criteria.length + 1}`, max: maxAt(r), children: [] };
    group.criteria.push(criterion);
  }

  if (groups.length === 0) throw refuse(at(), 'không tìm thấy nhóm tiêu chí nào (mã I, II, III…) dưới dòng tiêu đề');
  const drafts = { groups, bonus, deductions };
  const ctx = { at, refuse, columns, warnings };
  return { definition: validated(assemble(drafts, bonusCap, ctx), drafts, ctx), warnings };
}

/** Fills maxima left empty from the items below them, then builds the definition. */
function assemble(drafts: Drafts, bonusCap: number | null, ctx: Context): ScaleDefinitionInput {
  const fromBelow = (d: Draft, below: number[], what: 'nhóm' | 'tiêu chí'): number => {
    if (d.max !== null) return d.max;
    if (below.length === 0) throw ctx.refuse(ctx.at(d.row, ctx.columns.max), `thiếu điểm tối đa của ${what} “${d.code}”`);
    const max = total(below);
    ctx.warnings.push({ where: ctx.at(d.row, ctx.columns.max), message: `${what === 'nhóm' ? 'Nhóm' : 'Tiêu chí'} ${d.code} không ghi điểm tối đa: lấy tổng các mục bên dưới (${max})` });
    return max;
  };
  const groups = drafts.groups.map((g) => {
    const criteria = g.criteria.map((c) => {
      const children = c.children.map((s) => ({ key: s.key, code: s.code, name: s.name, max: fromBelow(s, [], 'tiêu chí'), guidance: s.guidance }));
      const max = fromBelow(c, children.map((s) => s.max), 'tiêu chí');
      return { key: c.key, code: c.code, name: c.name, max, guidance: c.guidance, children };
    });
    const max = fromBelow(g, criteria.map((c) => c.max), 'nhóm');
    return { key: g.key, code: g.code, name: g.name, max, guidance: g.guidance, criteria };
  });
  return {
    base: total(groups.map((g) => g.max)),
    bonusCap: bonusCap ?? total(drafts.bonus.map((b) => b.max ?? 0)),
    groups,
    bonus: drafts.bonus.map((b) => ({ key: b.key, name: b.name, points: b.max ?? 0 })),
    deductions: drafts.deductions.map((d) => ({ key: d.key, name: d.name, points: d.max ?? 0 })),
  };
}

/** The definition as the contract takes it; a problem is refused naming the row it came from. */
function validated(input: ScaleDefinitionInput, { groups, bonus, deductions }: Drafts, { at, columns }: Context): ScaleDefinition {
  const parsed = scaleDefinition.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const [list, i, sub, j, subSub, k] = issue.path;
  let draft: Draft | undefined;
  if (list === 'groups' && typeof i === 'number') {
    const g = groups[i];
    const c = sub === 'criteria' && typeof j === 'number' ? g?.criteria[j] : undefined;
    draft = subSub === 'children' && typeof k === 'number' ? c?.children[k] : (c ?? g);
  } else if (list === 'bonus' && typeof i === 'number') draft = bonus[i];
  else if (list === 'deductions' && typeof i === 'number') draft = deductions[i];
  const field = issue.path.at(-1);
  const column = field === 'name' ? columns.name : field === 'code' ? columns.code : field === 'guidance' ? (columns.guidance ?? undefined) : columns.max;
  throw new ServiceError('VALIDATION', `${draft ? at(draft.row, column) : at()}: ${issue.message}`);
}
