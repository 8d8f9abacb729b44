/**
 * The pledge of a year as the officer sees it: the saved contents, or a default draft from the bloc
 * template, with every signatory resolved from that year's membership (names as used that year, the
 * head or, when the unit's deputy signs, "KT." and the deputy) and the problems to fix before printing.
 */
import template from '../../../assets/defaults/pledge.json' with { type: 'json' };
import type { Pledge, PledgeGroupFields, ResolvedSignatory, Year, YearUnit } from '../../contract/index.js';
import type { SignatureBlock } from '../../documents/index.js';
import { upper } from '../../documents/index.js';
import { cleanText } from '../../common/vietnamese.js';
import { readSettings } from '../settings/queries.js';
import type { Reader } from '../transaction.js';
import { listMembers } from '../units/queries.js';
import { findYear } from '../years/queries.js';


/** What is stored, before resolution. */
export interface PledgeContents {
  title: string;
  subject: string;
  legalBases: string[];
  preamble: string;
  groups: PledgeGroupFields[];
  implementation: string[];
  perRow: 2 | 3;
  typeCode: string | null;
  numbered: boolean;
  recipients: string[];
  signatories: { unitId: number; blankName: boolean }[];
}

const parseArray = <T>(json: string): T[] => {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? (value as T[]) : [];
};

const fill = (text: string, year: Year) => cleanText(text.replaceAll('{year}', String(year.year)).replaceAll('{blocName}', year.blocName));

/** Head unit first, then the year's members in Vietnamese order. */
export function defaultOrder(year: Year, members: YearUnit[]): YearUnit[] {
  const head = members.filter((m) => m.unitId === year.headUnitId);
  return [...head, ...members.filter((m) => m.unitId !== year.headUnitId)];
}

/** The bloc template, filled in for the year: the default draft and what "start from the template" gives. */
export async function templateContents(db: Reader, year: Year): Promise<PledgeContents> {
  const settings = await readSettings(db, year.id);
  const members = await listMembers(db, year.id);
  return {
    title: fill(template.title, year),
    subject: fill(template.subject, year),
    legalBases: [...settings.legalBases],
    preamble: fill(template.preamble, year),
    groups: template.groups.map((g) => ({ title: fill(g.title, year), items: g.items.map((t) => ({ text: fill(t, year) })) })),
    implementation: template.implementation.map((p) => fill(p, year)),
    perRow: template.perRow === 2 ? 2 : 3,
    typeCode: null,
    numbered: false,
    recipients: [],
    signatories: defaultOrder(year, members).map((m) => ({ unitId: m.unitId, blankName: false })),
  };
}

/** The saved contents of the year's pledge, or null when none is saved. */
export async function readPledge(db: Reader, yearId: number): Promise<PledgeContents | null> {
  const row = await db.selectFrom('pledges').selectAll().where('yearId', '=', yearId).executeTakeFirst();
  if (!row) return null;
  const signatories = await db
    .selectFrom('pledgeSignatories')
    .select(['unitId', 'blankName'])
    .where('yearId', '=', yearId)
    .orderBy('position')
    .execute();
  return {
    title: row.title,
    subject: row.subject,
    legalBases: parseArray<string>(row.legalBases),
    preamble: row.preamble,
    groups: parseArray<PledgeGroupFields>(row.itemGroups),
    implementation: parseArray<string>(row.implementation),
    perRow: row.perRow === 2 ? 2 : 3,
    typeCode: row.typeCode,
    numbered: row.numbered === 1,
    recipients: parseArray<string>(row.recipients),
    signatories: signatories.map((s) => ({ unitId: s.unitId, blankName: s.blankName === 1 })),
  };
}

/**
 * A member's block in the grid: "SỞ Y TẾ" / "GIÁM ĐỐC" / name, or, when the deputy signs,
 * "SỞ Y TẾ" / "KT. GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC" / the deputy's name.
 */
export function signatoryBlock(m: YearUnit, blankName: boolean): SignatureBlock {
  const position = upper(cleanText(m.headPosition));
  // The officer's own line breaks of the name, when set for the year.
  const base = { unit: upper(m.printedName || cleanText(m.name)), authority: position ? [position] : [], ...(blankName && { blankName: true }) };
  if (m.deputySigns) {
    return { ...base, prefix: 'KT.', deputyPosition: upper(cleanText(m.deputyPosition)), name: blankName ? '' : cleanText(m.deputyName) };
  }
  return { ...base, prefix: null, name: blankName ? '' : cleanText(m.headName) };
}

interface Resolved {
  signatories: ResolvedSignatory[];
  problems: Pledge['problems'];
}

/**
 * The saved order kept for the units still members (a unit that left the year left the list with it);
 * members not in the list yet follow, in the default order, flagged so the officer places them.
 */
export function resolveSignatories(year: Year, members: YearUnit[], saved: PledgeContents['signatories']): Resolved {
  const byUnit = new Map(members.map((m) => [m.unitId, m]));
  const listed = saved.filter((s) => byUnit.has(s.unitId));
  const seen = new Set(listed.map((s) => s.unitId));
  const added = defaultOrder(year, members).filter((m) => !seen.has(m.unitId));
  const problems: Pledge['problems'] = [];
  if (members.length === 0) {
    problems.push({ unitId: null, field: 'signatories', message: `Năm ${year.year} chưa có đơn vị thành viên nào để ký giao ước.` });
  }
  for (const m of added) {
    if (saved.length === 0) break;
    problems.push({
      unitId: m.unitId,
      field: 'signatories',
      message: `${m.name} chưa có trong danh sách ký đã lưu: đã thêm vào cuối, cần xếp lại thứ tự và lưu.`,
    });
  }
  const order = [...listed, ...added.map((m) => ({ unitId: m.unitId, blankName: false }))];
  const signatories = order.map((s, i): ResolvedSignatory => {
    const m = byUnit.get(s.unitId) as YearUnit;
    const block = signatoryBlock(m, s.blankName);
    const at = `signatories.${i}`;
    if (block.authority.length === 0) {
      problems.push({ unitId: m.unitId, field: at, message: `${m.name}: chưa có chức vụ của thủ trưởng đơn vị.` });
    }
    if (m.deputySigns && !block.deputyPosition) {
      problems.push({ unitId: m.unitId, field: at, message: `${m.name}: cấp phó ký thay nhưng chưa có chức vụ của cấp phó.` });
    }
    if (!s.blankName && !block.name) {
      const who = m.deputySigns ? 'cấp phó ký thay' : 'thủ trưởng đơn vị';
      problems.push({
        unitId: m.unitId,
        field: at,
        message: `${m.name}: chưa có họ tên ${who}. Nhập họ tên ở mục Đơn vị, hoặc chọn “để trống họ tên” để ghi tay.`,
      });
    }
    return {
      unitId: m.unitId,
      blankName: s.blankName,
      unitName: m.name,
      deputySigns: m.deputySigns,
      isHeadUnit: m.unitId === year.headUnitId,
      block,
    };
  });
  return { signatories, problems };
}

/** The year's pledge: saved, or the default draft (not saved), resolved. */
export async function findPledge(db: Reader, yearId: number): Promise<Pledge> {
  const year = await findYear(db, yearId);
  const saved = await readPledge(db, yearId);
  const contents = saved ?? (await templateContents(db, year));
  const members = await listMembers(db, yearId);
  const { signatories, problems } = resolveSignatories(year, members, contents.signatories);
  if (contents.groups.every((g) => g.items.length === 0)) {
    problems.unshift({ unitId: null, field: 'groups', message: 'Bản giao ước chưa có nội dung giao ước nào.' });
  }
  const { signatories: _stored, ...rest } = contents;
  return { ...rest, yearId, year: year.year, saved: saved !== null, signatories, problems };
}
