import type { Db } from '../../../db/connection.js';
import type { Handlers, ParsedInput, Pledge, Year } from '../../contract/index.js';
import { fieldError, ServiceError } from '../errors.js';
import type { ServiceOptions } from '../options.js';
import { backedUp, inTransaction, type Trx } from '../transaction.js';
import { listMembers } from '../units/queries.js';
import { findOpenYear, listYears } from '../years/queries.js';
import { defaultOrder, findPledge, readPledge, templateContents, type PledgeContents } from './queries.js';

type PledgesHandlers = Pick<Handlers, 'pledges.get' | 'pledges.save' | 'pledges.startFrom'>;

export const pledgesHandlers = (db: Db, { backup }: Pick<ServiceOptions, 'backup'>): PledgesHandlers => ({
  'pledges.get': ({ yearId }) => findPledge(db, yearId),
  'pledges.save': ({ yearId, ...fields }) => inTransaction(db, (trx) => savePledge(trx, yearId, fields)),
  // Starting over replaces the year's pledge wholesale: the data as it was is kept aside first.
  'pledges.startFrom': ({ yearId, source }) =>
    backedUp(db, () => backup('replacePledge'), async (trx) => {
      const year = await findOpenYear(trx, yearId);
      const contents = source === 'template' ? await templateContents(trx, year) : await fromLastYear(trx, year);
      await write(trx, year.id, contents);
      return findPledge(trx, year.id);
    }),
});

/**
 * Saves the year's pledge as a whole. Every member unit of the year signs exactly once; a unit outside
 * the year's membership cannot sign.
 */
export async function savePledge(trx: Trx, yearId: number, fields: Omit<ParsedInput<'pledges.save'>, 'yearId'>): Promise<Pledge> {
  const year = await findOpenYear(trx, yearId);
  const members = await listMembers(trx, year.id);
  const memberIds = new Set(members.map((m) => m.unitId));
  fields.signatories.forEach((s, i) => {
    if (!memberIds.has(s.unitId)) {
      throw fieldError(
        `signatories.${i}.unitId`,
        `Đơn vị không phải thành viên của khối trong năm ${year.year} nên không thể ký giao ước.`,
      );
    }
  });
  const listed = new Set(fields.signatories.map((s) => s.unitId));
  const missing = members.filter((m) => !listed.has(m.unitId));
  if (missing.length > 0) {
    throw fieldError('signatories', `Mỗi đơn vị thành viên phải ký giao ước; còn thiếu: ${missing.map((m) => m.name).join(', ')}.`);
  }
  await write(trx, year.id, fields);
  return findPledge(trx, year.id);
}

async function write(trx: Trx, yearId: number, c: PledgeContents): Promise<void> {
  const row = {
    yearId,
    title: c.title,
    subject: c.subject,
    legalBases: JSON.stringify(c.legalBases),
    preamble: c.preamble,
    itemGroups: JSON.stringify(c.groups.map((g) => ({ title: g.title, items: g.items.map((i) => ({ text: i.text })) }))),
    implementation: JSON.stringify(c.implementation),
    perRow: c.perRow,
    typeCode: c.typeCode,
    numbered: c.numbered ? 1 : 0,
    recipients: JSON.stringify(c.recipients),
  };
  await trx
    .insertInto('pledges')
    .values(row)
    .onConflict((oc) => oc.column('yearId').doUpdateSet(row))
    .execute();
  await trx.deleteFrom('pledgeSignatories').where('yearId', '=', yearId).execute();
  if (c.signatories.length > 0) {
    await trx
      .insertInto('pledgeSignatories')
      .values(c.signatories.map((s, i) => ({ yearId, unitId: s.unitId, position: i + 1, blankName: s.blankName ? 1 : 0 })))
      .execute();
  }
}

/**
 * The latest earlier year's pledge, for this year: the year in the title, subject and preamble moved on,
 * the signatories kept in their order while still members, new members after them.
 */
async function fromLastYear(trx: Trx, year: Year): Promise<PledgeContents> {
  const earlier = (await listYears(trx, year.blocId)).filter((y) => y.year < year.year).reverse();
  for (const source of earlier) {
    const last = await readPledge(trx, source.id);
    if (!last) continue;
    const move = (text: string) => text.replaceAll(String(source.year), String(year.year));
    const members = await listMembers(trx, year.id);
    const memberIds = new Set(members.map((m) => m.unitId));
    const kept = last.signatories.filter((s) => memberIds.has(s.unitId));
    const keptIds = new Set(kept.map((s) => s.unitId));
    const added = defaultOrder(year, members)
      .filter((m) => !keptIds.has(m.unitId))
      .map((m) => ({ unitId: m.unitId, blankName: false }));
    return {
      ...last,
      title: move(last.title),
      subject: move(last.subject),
      preamble: move(last.preamble),
      signatories: [...kept, ...added],
    };
  }
  throw new ServiceError('NOT_FOUND', `Chưa có bản giao ước của năm nào trước năm ${year.year} để sao chép.`);
}
