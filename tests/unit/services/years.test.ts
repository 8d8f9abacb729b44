import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import { YEAR_CLOSED } from '../../../db/guards.js';
import { closeImportedYears } from '../../../main/services/years/events.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeYear, openDemoYear, openTestServices, sampleProfile, type TestServices } from '../../support/services.js';

let s: TestServices;
let blocId: number;
let yearId: number;

beforeEach(async () => {
  s = await openTestServices();
  ({ blocId, yearId } = await s.ok('blocs.create', { ...sampleProfile, firstYear: 2018 }));
});
afterEach(() => s.close());

describe('bloc profile', () => {
  it('is stored per year and copied into the next year', async () => {
    await s.ok('years.updateProfile', { yearId, ...sampleProfile, governingBody: 'UBND TỈNH THÁI NGUYÊN' });
    const next = await s.ok('years.create', { blocId, year: 2019 });
    expect(next.governingBody).toBe('UBND TỈNH THÁI NGUYÊN');
    await s.ok('years.updateProfile', { yearId: next.id, ...sampleProfile, symbol: 'KTĐ1' });
    expect((await s.ok('years.get', { yearId })).symbol).toBe('KTĐVHXH');
  });

  it('explains each bad field', async () => {
    const result = await s.call('years.updateProfile', { yearId, ...sampleProfile, blocName: '', symbol: 'KTĐ VHXH' });
    expect(result).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fieldErrors: {
        blocName: 'Tên khối thi đua không được để trống',
        symbol: 'Ký hiệu chỉ gồm chữ, số và dấu gạch ngang, không có khoảng trắng',
      },
    });
  });
});

describe('years', () => {
  it('copies membership, heads and settings from the year before', async () => {
    const head = await s.ok('units.create', { yearId, name: 'Sở Y tế', headName: 'Đặng Văn H', headPosition: 'GIÁM ĐỐC' });
    const deputy = await s.ok('units.create', { yearId, name: 'Ban Dân tộc' });
    await s.ok('years.setLeadership', { yearId, headUnitId: head.unitId, deputyUnitId: deputy.unitId });
    const next = await s.ok('years.create', { blocId, year: 2019 });
    expect(next).toMatchObject({ year: 2019, status: 'open', memberCount: 2, headUnitId: head.unitId, deputyUnitId: deputy.unitId });
    const copied = await s.ok('units.list', { yearId: next.id });
    expect(copied.find((u) => u.unitId === head.unitId)).toMatchObject({ headName: 'Đặng Văn H', headPosition: 'GIÁM ĐỐC' });
  });

  it('refuses a year number out of 2000–2100 with its message, creating nothing', async () => {
    for (const [year, message] of [
      [1800, 'Năm phải từ 2000 trở đi'],
      [3000, 'Năm không được sau 2100'],
      [20277, 'Năm không được sau 2100'],
    ] as const) {
      expect(await s.call('years.create', { blocId, year })).toMatchObject({ ok: false, code: 'VALIDATION', fieldErrors: { year: message } });
    }
    expect(await s.ok('years.list', { blocId })).toHaveLength(1);
  });

  it('refuses a year that already exists', async () => {
    const result = await s.call('years.create', { blocId, year: 2018 });
    expect(result).toMatchObject({ ok: false, code: 'CONFLICT', fieldErrors: { year: 'Năm 2018 đã có trong khối thi đua.' } });
    expect(await s.ok('years.list', { blocId })).toHaveLength(1);
  });

  it('refuses a head unit that is not a member that year', async () => {
    const member = await s.ok('units.create', { yearId, name: 'Sở Y tế' });
    const next = await s.ok('years.create', { blocId, year: 2019 });
    const outsider = await s.ok('units.create', { yearId: next.id, name: 'Sở Nội vụ' });
    const result = await s.call('years.setLeadership', { yearId, headUnitId: outsider.unitId, deputyUnitId: member.unitId });
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { headUnitId: 'Đơn vị Trưởng khối phải là thành viên của khối trong năm 2018.' },
    });
    expect((await s.ok('years.get', { yearId })).deputyUnitId).toBeNull();
  });

  it('refuses the same unit as head and deputy', async () => {
    const member = await s.ok('units.create', { yearId, name: 'Sở Y tế' });
    const result = await s.call('years.setLeadership', { yearId, headUnitId: member.unitId, deputyUnitId: member.unitId });
    expect(result).toMatchObject({ ok: false, fieldErrors: { deputyUnitId: 'Đơn vị Phó khối phải khác đơn vị Trưởng khối' } });
  });

  it('a closed year refuses every edit, through the services and in the database itself', async () => {
    const member = await s.ok('units.create', { yearId, name: 'Sở Y tế' });
    await closeYear(s, yearId);
    const closedMessage = 'Năm 2018 đã khóa sổ, không thể thay đổi dữ liệu của năm này.';
    expect(await s.call('units.create', { yearId, name: 'Ban Dân tộc' })).toMatchObject({ ok: false, code: 'YEAR_CLOSED', message: closedMessage });
    expect(await s.call('units.update', { yearId, unitId: member.unitId, name: 'Sở Y tế mới' })).toMatchObject({ code: 'YEAR_CLOSED' });
    expect(await s.call('units.removeFromYear', { yearId, unitId: member.unitId })).toMatchObject({ code: 'YEAR_CLOSED' });
    expect(await s.call('years.updateProfile', { yearId, ...sampleProfile })).toMatchObject({ code: 'YEAR_CLOSED' });
    expect(await s.call('units.retire', { unitId: member.unitId, lastYear: 2017 })).toMatchObject({ code: 'YEAR_CLOSED' });
    await expect(sql`UPDATE year_units SET name = 'x'`.execute(s.opened.db)).rejects.toThrow(YEAR_CLOSED);
    expect((await s.ok('units.list', { yearId }))[0]!.name).toBe('Sở Y tế');
    // The next year can still be made from a closed one.
    expect((await s.ok('years.create', { blocId, year: 2019 })).memberCount).toBe(1);
  });
});


describe('reopening a closed year', () => {
  /** The copies taken before reopening, by their file name's words; and the year's status in one of them. */
  const reopenBackups = () => {
    const dir = path.join(s.dir, 'backups');
    return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.includes('truoc-mo-lai-nam')) : [];
  };
  const statusIn = (file: string) => {
    const copy = new BetterSqlite3(path.join(s.dir, 'backups', file), { readonly: true });
    const row = copy.prepare('SELECT status FROM years WHERE id = ?').get(yearId) as { status: string };
    copy.close();
    return row.status;
  };
  const iso = expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);

  it('takes a reason and a backup of the closed year, records it in the history, and the year takes edits again', async () => {
    const member = await s.ok('units.create', { yearId, name: 'Sở Y tế' });
    expect(await s.ok('years.history', { yearId })).toEqual([]);
    await closeYear(s, yearId);
    const reason = '  Sửa tên   thủ trưởng Sở Y tế  ';
    expect(await s.ok('years.reopen', { yearId, reason })).toMatchObject({ status: 'open' });
    const [taken, ...more] = reopenBackups();
    expect(more).toEqual([]);
    expect(statusIn(taken!)).toBe('closed');

    await s.ok('units.update', { yearId, unitId: member.unitId, name: 'Sở Y tế', headName: 'Đặng Văn H' });
    await s.ok('years.close', { yearId, reason: 'Đã sửa xong.' });
    expect(await s.ok('years.history', { yearId })).toEqual([
      { kind: 'close', reason: 'Bàn giao sớm cho đơn vị Trưởng khối năm sau.', at: iso },
      { kind: 'reopen', reason: 'Sửa tên thủ trưởng Sở Y tế', at: iso },
      { kind: 'close', reason: 'Đã sửa xong.', at: iso },
    ]);
    expect(await s.call('units.update', { yearId, unitId: member.unitId, name: 'Sở Y tế mới' })).toMatchObject({ code: 'YEAR_CLOSED' });
  });

  it('is refused without a reason, or for a year that is open, before any backup is taken', async () => {
    expect(await s.call('years.reopen', { yearId, reason: 'Sửa điểm' })).toEqual({
      ok: false,
      code: 'CONFLICT',
      message: 'Năm 2018 chưa khóa sổ nên không cần mở lại.',
    });
    await closeYear(s, yearId);
    expect(await s.call('years.reopen', { yearId, reason: '   ' })).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fieldErrors: { reason: 'Lý do mở lại không được để trống' },
    });
    expect(await s.call('years.reopen', { yearId: 999, reason: 'Sửa điểm' })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(reopenBackups()).toEqual([]);
    expect((await s.ok('years.get', { yearId })).status).toBe('closed');
    expect((await s.ok('years.history', { yearId })).map((e) => e.kind)).toEqual(['close']);
  });

  it('opens only that year: a later closed year stays closed', async () => {
    const next = await s.ok('years.create', { blocId, year: 2019 });
    await closeYear(s, yearId);
    await closeYear(s, next.id);
    await s.ok('years.reopen', { yearId, reason: 'Sửa văn bản năm 2018' });
    expect((await s.ok('years.list', { blocId })).map((y) => [y.year, y.status])).toEqual([
      [2018, 'open'],
      [2019, 'closed'],
    ]);
  });
});

describe('years closed in a handover package', () => {
  it('arrive closed with their history, or, from a package made before it was kept, with the closing they had and no time', async () => {
    const next = await s.ok('years.create', { blocId, year: 2019 });
    await closeYear(s, next.id);
    await s.ok('years.reopen', { yearId: next.id, reason: 'Sửa điểm' });
    // As an import leaves them: rows in, the years still open, 2019's history come along with its closing last.
    await s.opened.db.insertInto('yearEvents').values({ yearId: next.id, kind: 'close', reason: 'Đã sửa' }).execute();
    await sql`INSERT INTO year_ends (year_id, closing_reason) VALUES (${yearId}, 'Bàn giao sớm.')`.execute(s.opened.db);
    await s.opened.db.transaction().execute((trx) => closeImportedYears(trx, [yearId, next.id]));
    expect((await s.ok('years.list', { blocId })).map((y) => y.status)).toEqual(['closed', 'closed']);
    expect(await s.ok('years.history', { yearId })).toEqual([{ kind: 'close', reason: 'Bàn giao sớm.', at: null }]);
    expect((await s.ok('years.history', { yearId: next.id })).map((e) => e.reason)).toEqual(['Bàn giao sớm cho đơn vị Trưởng khối năm sau.', 'Sửa điểm', 'Đã sửa']);
  });
});

describe('units of a closed year', () => {
  it('keep who took their place there: a unit merged before is not merged again over a closed year', async () => {
    const a = await s.ok('units.create', { yearId, name: 'Trường A' });
    const b = await s.ok('units.create', { yearId, name: 'Trường B' });
    const y2019 = await s.ok('years.create', { blocId, year: 2019 });
    const y2020 = await s.ok('years.create', { blocId, year: 2020 });
    // A and B became C in 2020, and 2020 was closed; merging A again from 2019 would rewrite who took its place.
    await s.ok('units.merge', { blocId, unitIds: [a.unitId, b.unitId], fromYear: 2020, newUnit: { name: 'Trường C' } });
    await closeYear(s, y2020.id);
    const other = await s.ok('units.create', { yearId: y2019.id, name: 'Trường D' });
    const result = await s.call('units.merge', { blocId, unitIds: [a.unitId, other.unitId], fromYear: 2019, newUnit: { name: 'Trường E' } });
    expect(result).toEqual({
      ok: false,
      code: 'YEAR_CLOSED',
      message: 'Đơn vị “Trường A” đã hợp nhất vào “Trường C” (năm 2020 đã khóa sổ): không thể hợp nhất lại.',
    });
  });
});

describe('deleting a year created by mistake', () => {
  const deleteBackups = () => {
    const dir = path.join(s.dir, 'backups');
    return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.includes('truoc-xoa-nam')) : [];
  };

  it('deletes an empty year with its membership, settings and draft scale after a backup, and the units only it had', async () => {
    const kept = await s.ok('units.create', { yearId, name: 'Sở Y tế' });
    await s.ok('years.setLeadership', { yearId, headUnitId: kept.unitId, deputyUnitId: null });
    const mistake = await s.ok('years.create', { blocId, year: 2100 });
    const added = await s.ok('units.create', { yearId: mistake.id, name: 'Sở Nội vụ' });
    await s.ok('settings.update', { ...(await s.ok('settings.get', { yearId: mistake.id })), yearId: mistake.id, archive: 'VT, VP' });

    expect(await s.ok('years.delete', { yearId: mistake.id })).toEqual({ deleted: true });
    expect((await s.ok('years.list', { blocId })).map((y) => y.year)).toEqual([2018]);
    expect((await s.ok('units.listAll', { blocId })).map((u) => u.name)).toEqual(['Sở Y tế']);
    expect(await s.call('years.get', { yearId: mistake.id })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    const db = s.opened.db;
    for (const table of ['yearUnits', 'settings', 'scales'] as const) {
      expect(await db.selectFrom(table).select('yearId').where('yearId', '=', mistake.id).execute(), table).toEqual([]);
    }
    expect(await db.selectFrom('units').select('id').where('id', '=', added.unitId).execute()).toEqual([]);
    const [taken, ...more] = deleteBackups();
    expect(more).toEqual([]);
    const copy = new BetterSqlite3(path.join(s.dir, 'backups', taken!), { readonly: true });
    expect(copy.prepare('SELECT year FROM years WHERE id = ?').get(mistake.id)).toEqual({ year: 2100 });
    copy.close();
  });

  it('refuses the bloc’s first year, even when a year before it is added, and an unknown year', async () => {
    const earlier = await s.ok('years.create', { blocId, year: 2017 });
    expect(await s.call('years.delete', { yearId })).toEqual({
      ok: false,
      code: 'CONFLICT',
      message: 'Không thể xóa năm 2018: đây là năm đầu tiên của khối thi đua.',
    });
    expect(await s.call('years.delete', { yearId: 999 })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await s.ok('years.delete', { yearId: earlier.id })).toEqual({ deleted: true });
    expect(await s.ok('years.list', { blocId })).toHaveLength(1);
  });

  it('refuses a closed year, and a year once closed', async () => {
    const next = await s.ok('years.create', { blocId, year: 2019 });
    await closeYear(s, next.id);
    expect(await s.call('years.delete', { yearId: next.id })).toMatchObject({
      ok: false,
      code: 'YEAR_CLOSED',
      message: 'Năm 2019 đã khóa sổ, không thể thay đổi dữ liệu của năm này.',
    });
    await s.ok('years.reopen', { yearId: next.id, reason: 'Sửa điểm' });
    expect(await s.call('years.delete', { yearId: next.id })).toMatchObject({
      message: 'Không thể xóa năm 2019 vì năm này đã có: thông tin tổng kết năm đã lưu, lịch sử khóa sổ.',
    });
    expect(deleteBackups()).toEqual([]);
  });

  it('refuses a year that holds work, naming what it holds, before any backup is taken', async () => {
    const { yearId: y2022 } = await openDemoYear(s, 2022);
    expect(await s.call('years.delete', { yearId: y2022 })).toEqual({
      ok: false,
      code: 'CONFLICT',
      message: 'Không thể xóa năm 2022 vì năm này đã có: 1 hội nghị, thang điểm đã khóa, điểm chấm của 10 đơn vị.',
    });

    const fresh = await s.ok('years.create', { blocId, year: 2019 });
    await s.ok('meetings.create', { yearId: fresh.id, kind: 'other', name: 'Họp Khối' });
    expect(await s.call('years.delete', { yearId: fresh.id })).toMatchObject({ message: 'Không thể xóa năm 2019 vì năm này đã có: 1 hội nghị.' });
    expect(deleteBackups()).toEqual([]);
    expect(await s.ok('years.list', { blocId })).toHaveLength(2);
  });

  it('refuses a year units were merged from', async () => {
    const a = await s.ok('units.create', { yearId, name: 'Trường A' });
    const b = await s.ok('units.create', { yearId, name: 'Trường B' });
    const next = await s.ok('years.create', { blocId, year: 2019 });
    await s.ok('units.merge', { blocId, unitIds: [a.unitId, b.unitId], fromYear: 2019, newUnit: { name: 'Trường C' } });
    expect(await s.call('years.delete', { yearId: next.id })).toMatchObject({
      message: 'Không thể xóa năm 2019 vì năm này đã có: đơn vị hợp nhất từ năm 2019.',
    });
  });
});
