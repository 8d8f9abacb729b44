import { z } from 'zod';
import { channel } from './channel.js';
import { cleanLines } from '../common/lines.js';
import { sameNameKey } from '../common/vietnamese.js';
import { email, id, optionalText, requiredText, yearNumber } from './fields.js';
import { attachedFile } from './scoring.js';

/** Everything about a unit that belongs to one year. */
export const membershipFields = z.object({
  name: requiredText('Tên đơn vị'),
  shortName: optionalText('Tên viết tắt', 60),
  headName: optionalText('Họ tên thủ trưởng', 80),
  headPosition: optionalText('Chức vụ thủ trưởng', 80),
  deputySigns: z.boolean().default(false),
  deputyName: optionalText('Họ tên cấp phó', 80),
  deputyPosition: optionalText('Chức vụ cấp phó', 80),
  address: optionalText('Địa chỉ', 250),
  phone: optionalText('Số điện thoại', 40),
  email,
  officerName: optionalText('Họ tên cán bộ thi đua', 80),
  /**
   * The name as it prints in the pledge's signature block, with the officer's own line breaks ("\n");
   * empty: broken automatically. Per year, like the name.
   */
  printedName: z
    .string()
    .default('')
    .transform(cleanLines)
    .pipe(z.string().max(300, 'Tên in ở ô chữ ký quá dài (tối đa 300 ký tự)')),
});

export const yearUnit = membershipFields.extend({
  unitId: id,
  yearId: id,
  endYear: z.number().int().nullable(),
});
export type YearUnit = z.infer<typeof yearUnit>;
export type MembershipFields = z.input<typeof membershipFields>;
export type Membership = z.output<typeof membershipFields>;

/** A membership with nothing filled in but the names. */
export const blankMembership = (name = '', shortName = ''): Membership => ({
  name,
  shortName,
  headName: '',
  headPosition: '',
  deputySigns: false,
  deputyName: '',
  deputyPosition: '',
  address: '',
  phone: '',
  email: '',
  officerName: '',
  printedName: '',
});

export const unit = z.object({
  id,
  name: z.string(),
  shortName: z.string(),
  endYear: z.number().int().nullable(),
  successorUnitId: id.nullable(),
  successorName: z.string().nullable(),
  years: z.array(z.number().int()),
});
export type Unit = z.infer<typeof unit>;

const deputyNeedsName = (v: { deputySigns: boolean; deputyName: string; deputyPosition: string }) =>
  !v.deputySigns || (v.deputyName !== '' && v.deputyPosition !== '');
const deputyRule = {
  message: 'Khi cấp phó ký thay, cần nhập họ tên và chức vụ của cấp phó',
  path: ['deputyName'],
};

/** The printed name only adds line breaks: the same words as the name (case and spacing aside). */
const printedNameKeepsName = (v: { name: string; printedName: string }) =>
  v.printedName === '' || sameNameKey(v.printedName.replace(/\n/g, ' ')) === sameNameKey(v.name);
const printedNameRule = {
  message: 'Tên in ở ô chữ ký phải giữ nguyên tên đơn vị, chỉ thêm chỗ xuống dòng (để trống thì tự ngắt dòng).',
  path: ['printedName'],
};

/** The four columns a pasted list or a workbook gives for each unit; the rest is filled later in the drawer. */
export const importedUnit = z.object({
  name: z.string().max(1000),
  shortName: z.string().max(1000),
  headPosition: z.string().max(1000),
  headName: z.string().max(1000),
});
export type ImportedUnit = z.infer<typeof importedUnit>;
export const importColumn = z.enum(['name', 'shortName', 'headPosition', 'headName', 'ignored']);
export type ImportColumn = z.infer<typeof importColumn>;

/** A pasted list or a workbook read into rows, each with what stops it from being added (empty: it can be). */
export const unitsImportPreview = z.object({
  fileName: z.string().nullable(),
  /** What each column was read as, left to right; `header` says whether a header row named them. */
  columns: z.array(importColumn),
  header: z.boolean(),
  rows: z.array(importedUnit.extend({ line: z.number().int(), errors: z.array(z.string()) })),
});
export type UnitsImportPreview = z.infer<typeof unitsImportPreview>;

/** The issued pledge of a year (register), against the year's members today. */
export const issuedPledgeStatus = z.object({
  yearId: id,
  year: z.number().int(),
  documentId: id,
  /** "05/GƯ-KTĐVHXH" or "Không số". */
  numberText: z.string(),
  date: z.string(),
  /** Member units the issued pledge lists (by the name printed in their signature block). */
  listedUnitIds: z.array(id),
  /** Names printed in the pledge of units that are no longer members. */
  leftUnits: z.array(z.string()),
  /** Members the issued pledge does not list. */
  unlistedUnits: z.array(z.string()),
  /** The issued pledge no longer matches the members: it must be re-issued. */
  issuedPledgeMismatch: z.boolean(),
});
export type IssuedPledgeStatus = z.infer<typeof issuedPledgeStatus>;

export const unitsChannels = {
  /** Member units of a year, in Vietnamese order. */
  'units.list': channel(z.object({ yearId: id }), z.array(yearUnit)),
  /** Every unit the bloc has had, with the years it was a member. */
  'units.listAll': channel(z.object({ blocId: id }), z.array(unit)),
  /** A new unit, member of the year from now on. */
  'units.create': channel(
    membershipFields.extend({ yearId: id }).refine(deputyNeedsName, deputyRule).refine(printedNameKeepsName, printedNameRule),
    yearUnit,
  ),
  'units.update': channel(
    membershipFields
      .extend({ yearId: id, unitId: id })
      .refine(deputyNeedsName, deputyRule)
      .refine(printedNameKeepsName, printedNameRule),
    yearUnit,
  ),
  /** Adds an existing, active unit to a year, with its latest details. */
  'units.addToYear': channel(z.object({ yearId: id, unitId: id }), yearUnit),
  'units.removeFromYear': channel(z.object({ yearId: id, unitId: id }), z.object({ removed: z.literal(true) })),
  /** The unit's last year; it leaves every later year. */
  'units.retire': channel(z.object({ unitId: id, lastYear: yearNumber }), unit),
  /** Two or more units end and one begins in `fromYear`; earlier years keep the old units. */
  'units.merge': channel(
    z.object({
      blocId: id,
      unitIds: z.array(id).min(2, 'Cần chọn ít nhất hai đơn vị để hợp nhất'),
      fromYear: yearNumber,
      newUnit: membershipFields.refine(printedNameKeepsName, printedNameRule),
    }),
    unit,
  ),
  /** Reads a pasted list (Excel, Word) or an uploaded workbook into rows to check; writes nothing. */
  'units.previewImport': channel(
    z
      .object({ yearId: id, pasted: z.string().max(200_000, 'Danh sách dán quá dài').optional(), file: attachedFile.optional() })
      .refine((v) => (v.pasted === undefined) !== (v.file === undefined), 'Chưa có danh sách đơn vị để đọc'),
    unitsImportPreview,
  ),
  /** Desktop: the system's open dialog for a workbook, read as previewImport; null when cancelled. */
  'units.chooseImportFile': channel(z.object({ yearId: id }), unitsImportPreview.nullable()),
  /** Adds every row as a new member unit in one transaction; refused whole, with the preview's messages. */
  'units.importMany': channel(
    z.object({ yearId: id, rows: z.array(importedUnit.extend({ line: z.number().int().positive().optional() })).min(1, 'Chưa có đơn vị nào để thêm').max(500, 'Tối đa 500 đơn vị một lần') }),
    z.array(yearUnit),
  ),
  /** The year's member units as a workbook: saved where the officer picks (desktop) or downloaded. */
  'units.exportList': channel(
    z.object({ yearId: id }),
    z.object({ fileName: z.string(), path: z.string().nullable(), base64: z.string().nullable() }),
  ),
  /** Each year of the bloc whose pledge was issued, and whether it still matches the year's members. */
  'units.issuedPledges': channel(z.object({ blocId: id }), z.array(issuedPledgeStatus)),
};
