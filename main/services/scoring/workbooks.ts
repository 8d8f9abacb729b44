// The workbooks that travel to the units and back, and the summary as a workbook. The files themselves
// are made and read in ./workbooks/; here they meet the database.
import path from 'node:path';
import JSZip from 'jszip';
import type { ParsedInput, WorkbookPreview, Year } from '../../contract/index.js';
import { scoredItems } from '../../scoring/items.js';
import { computeStandings } from '../../scoring/ranking.js';
import { ServiceError } from '../errors.js';
import { isInside, writeFile } from '../documents/files.js';
import type { Reader, Trx } from '../transaction.js';
import { inTransaction } from '../transaction.js';
import { findMember, listMembers } from '../units/queries.js';
import { findOpenYear, findYear } from '../years/queries.js';
import type { Db } from '../../../db/connection.js';
import { definitionOf, lockedScaleRow, readScores, scoringSource, type ScaleRow } from './queries.js';
import { scaleForScoring, write } from './scores.js';
import { readUnitWorkbook, type ImportExpectation } from './workbooks/read-unit-workbook.js';
import { unitWorkbookFileName, writeUnitWorkbook, type WorkbookIdentity } from './workbooks/unit-workbook.js';
import { summaryWorkbookFileName, writeSummaryWorkbook } from './workbooks/summary-workbook.js';

export const WORKBOOKS_FOLDER = 'bang-tu-cham';

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

async function lockedScale(db: Reader, year: Year): Promise<ScaleRow> {
  const row = await lockedScaleRow(db, year.id);
  if (!row) throw new ServiceError('CONFLICT', `Năm ${year.year} chưa có thang điểm đã khóa để gửi bảng tự chấm.`);
  return row;
}

const identityOf = (year: Year, row: ScaleRow, unit: { unitId: number; name: string }): WorkbookIdentity => ({
  blocName: year.blocName,
  year: year.year,
  unitId: unit.unitId,
  unitName: unit.name,
  scaleId: row.id,
  scaleVersion: row.version,
  checksum: row.checksum,
});

export async function unitWorkbook(db: Reader, yearId: number, unitId: number) {
  const year = await findYear(db, yearId);
  const row = await lockedScale(db, year);
  const identity = identityOf(year, row, await findMember(db, year.id, unitId));
  const bytes = await writeUnitWorkbook(identity, definitionOf(row), await readScores(db, row.id, unitId));
  return { fileName: unitWorkbookFileName(identity), base64: base64(bytes) };
}

/** One workbook per member: into the data folder (desktop), or one zip to download (browser mode). */
export async function allWorkbooks(db: Reader, dataDir: string, input: ParsedInput<'scoring.allWorkbooks'>) {
  const year = await findYear(db, input.yearId);
  const row = await lockedScale(db, year);
  const definition = definitionOf(row);
  const entries = await readScores(db, row.id);
  const files: { fileName: string; bytes: Uint8Array }[] = [];
  for (const member of await listMembers(db, year.id)) {
    const identity = identityOf(year, row, member);
    const own = entries.filter((e) => e.unitId === member.unitId);
    files.push({ fileName: unitWorkbookFileName(identity), bytes: await writeUnitWorkbook(identity, definition, own) });
  }
  if (input.to === 'zip') {
    const zip = new JSZip();
    for (const f of files) zip.file(f.fileName, f.bytes);
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    return { folder: null, files: files.map((f) => f.fileName), zip: { fileName: `Bang-tu-cham-${year.year}.zip`, base64: base64(bytes) } };
  }
  const root = path.resolve(dataDir);
  const folder = path.join(root, WORKBOOKS_FOLDER, String(year.year));
  for (const f of files) {
    const target = path.join(folder, f.fileName);
    if (!isInside(root, target) || path.basename(target) !== f.fileName) throw new ServiceError('FORBIDDEN', 'Tên tệp không hợp lệ.');
    writeFile(target, f.bytes);
  }
  return { folder, files: files.map((f) => f.fileName), zip: null };
}

async function expectationOf(db: Reader, year: Year, row: ScaleRow): Promise<ImportExpectation> {
  const members = (await listMembers(db, year.id)).map((m) => ({ unitId: m.unitId, unitName: m.name }));
  return { blocName: year.blocName, year: year.year, scaleId: row.id, scaleVersion: row.version, checksum: row.checksum, members, def: definitionOf(row) };
}

/** A returned file, checked, with what the unit's total would be once written. */
async function previewOne(db: Reader, expect: ImportExpectation, file: { fileName: string; base64: string }): Promise<WorkbookPreview> {
  const read = await readUnitWorkbook(Buffer.from(file.base64, 'base64'), file.fileName, expect);
  const unit = expect.members.find((m) => m.unitId === read.unitId);
  let total: string | null = null;
  if (unit && read.errors.length === 0) {
    // The file brings the unit's own figures and notes; what the bloc set stays. Against every unit's
    // figures, as a target criterion is scored against the bloc's best.
    const entries = new Map((await readScores(db, expect.scaleId)).map((e) => [`${e.unitId}/${e.itemKey}`, e]));
    for (const c of read.changes) {
      const before = entries.get(`${c.unitId}/${c.itemKey}`);
      entries.set(`${c.unitId}/${c.itemKey}`, { bloc: null, reason: '', ...before, ...c });
    }
    const standings = computeStandings(expect.def, expect.members, [...entries.values()]);
    total = standings.find((s) => s.unitId === unit.unitId)?.total ?? null;
  }
  const criteria = new Set(scoredItems(expect.def).filter((i) => i.role === 'criterion').map((i) => i.key));
  const scored = read.changes.filter((c) => c.self !== null && criteria.has(c.itemKey)).length;
  return {
    fileName: file.fileName,
    unitId: read.unitId,
    unitName: unit?.unitName ?? read.unitName,
    scored,
    total,
    errors: read.errors,
    warnings: read.warnings,
    changes: read.errors.length === 0 ? read.changes : [],
  };
}

export async function previewImport(db: Reader, input: ParsedInput<'scoring.previewImport'>): Promise<WorkbookPreview[]> {
  const year = await findYear(db, input.yearId);
  const row = await lockedScale(db, year);
  const expect = await expectationOf(db, year, row);
  const previews: WorkbookPreview[] = [];
  for (const file of input.files) previews.push(await previewOne(db, expect, file));
  return previews;
}

/** Writes each file that checks out in its own transaction; a file with errors writes nothing. */
export async function confirmImport(db: Db, input: ParsedInput<'scoring.confirmImport'>) {
  const imported: string[] = [];
  const refused: WorkbookPreview[] = [];
  for (const file of input.files) {
    const done = await inTransaction(db, async (trx: Trx) => {
      const year = await findOpenYear(trx, input.yearId);
      const row = await scaleForScoring(trx, year);
      const preview = await previewOne(trx, await expectationOf(trx, year, row), file);
      if (preview.errors.length > 0 || preview.unitId === null) return preview;
      const current = new Map((await readScores(trx, row.id, preview.unitId)).map((e) => [e.itemKey, e]));
      for (const change of preview.changes) {
        await write(trx, row.id, { bloc: null, reason: '', ...current.get(change.itemKey), ...change });
      }
      return null;
    });
    if (done) refused.push(done);
    else imported.push(file.fileName);
  }
  return { imported, refused };
}

export async function summaryWorkbook(db: Reader, yearId: number) {
  const year = await findYear(db, yearId);
  const source = await scoringSource(db, year);
  if (!source) throw new ServiceError('CONFLICT', `Năm ${year.year} chưa có thang điểm đã khóa nên chưa có bảng tổng hợp.`);
  const bytes = await writeSummaryWorkbook(
    { blocName: year.blocName, governingBody: year.governingBody, year: year.year },
    source.definition,
    source.standings,
  );
  return { fileName: summaryWorkbookFileName(year.year), base64: base64(bytes) };
}
