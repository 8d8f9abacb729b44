// Closing the year: the checklist, the refusal without a reason, the reason kept; the next year made from
// the closed one; and a closed year refusing every write channel of the contract.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { channelNames, type ChannelName, type Input } from '../../../../main/contract/index.js';
import { openCountedYear, openDemoYear, openTestServices, openVotingYear, sampleProfile, type TestServices } from '../../../support/services.js';

let s: TestServices;
const backups = () => {
  const dir = path.join(s.dir, 'backups');
  return fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [];
};
beforeEach(async () => {
  s = await openTestServices();
});
afterEach(() => s.close());

describe('the close checklist', () => {
  it('names what is missing, and what is done', async () => {
    const { yearId, unit } = await openVotingYear(s);
    const items = await s.ok('votes.closeChecklist', { yearId });
    const byKey = Object.fromEntries(items.map((i) => [i.key, i]));
    expect(items.map((i) => i.key)).toEqual(['scale', 'scores', 'votes', 'succession', 'scoreSummary', 'voteCountMinutes', 'proposal', 'annualReport', 'minutes']);
    expect(byKey.scale).toMatchObject({ label: 'Thang điểm đã khóa', done: true, detail: '' });
    expect(byKey.scores).toMatchObject({ done: true });
    expect(byKey.votes).toMatchObject({ done: false, detail: 'Chưa có hình thức khen thưởng nào được bầu.' });
    expect(byKey.succession).toMatchObject({ done: false, detail: 'Chưa ghi đơn vị Trưởng khối năm 2023.' });
    expect(byKey.voteCountMinutes).toMatchObject({ label: 'Biên bản kiểm phiếu', done: false, detail: 'Chưa ban hành Biên bản kiểm phiếu.' });
    expect(byKey.scoreSummary).toMatchObject({ label: 'Bảng tổng hợp kết quả chấm điểm' });

    await s.ok('scoring.setScores', { yearId, changes: [{ unitId: unit('Sở Y tế'), itemKey: 'c1-2', self: '' }] });
    const unscored = (await s.ok('votes.closeChecklist', { yearId })).find((i) => i.key === 'scores')!;
    expect(unscored).toMatchObject({ done: false, detail: 'Còn 1 đơn vị chưa chấm đủ: Sở Y tế.' });

    const counted = await openCountedYear(s);
    const after = Object.fromEntries((await s.ok('votes.closeChecklist', { yearId: counted.yearId })).map((i) => [i.key, i.done]));
    expect(after).toMatchObject({ votes: true, succession: true });
  });

  it('an award with a re-vote pending is not counted', async () => {
    const { yearId, yearEnd } = await openCountedYear(s);
    expect(yearEnd.awards.every((a) => a.decided)).toBe(true);
    await s.ok('votes.saveAwards', { yearId, awards: [...yearEnd.awards, { kind: 'other', name: 'Giấy khen', quota: 1, candidateCount: 2, minBand: '' }] });
    const votes = (await s.ok('votes.closeChecklist', { yearId })).find((i) => i.key === 'votes')!;
    expect(votes).toMatchObject({ done: false, detail: 'Chưa kiểm phiếu xong Giấy khen.' });
  });
});

describe('closing the year', () => {
  it('is refused while items are open and no reason is given, and nothing changes', async () => {
    const { yearId } = await openVotingYear(s);
    const result = await s.call('years.close', { yearId });
    expect(result).toMatchObject({ ok: false, code: 'VALIDATION' });
    const message = result.ok ? '' : (result.fieldErrors?.reason ?? '');
    expect(message).toMatch(/^Còn việc chưa xong: chưa có hình thức khen thưởng nào được bầu; chưa ghi đơn vị Trưởng khối năm 2023; chưa ban hành /);
    expect(message).toMatch(/\. Ghi lý do nếu vẫn muốn khóa sổ\.$/);
    expect((await s.ok('years.get', { yearId })).status).toBe('open');
    const rows = await sql<{ n: number }>`SELECT count(*) AS n FROM year_ends`.execute(s.opened.db);
    expect(Number(rows.rows[0]!.n)).toBe(0);
    // Refused before the backup is taken.
    expect(backups().some((f) => f.includes('truoc-khoa-so-nam'))).toBe(false);
  });

  it('goes ahead with a reason, kept with the year', async () => {
    const { yearId } = await openVotingYear(s);
    const reason = 'Các văn bản đã ban hành trên giấy trước khi dùng phần mềm.';
    expect(await s.ok('years.close', { yearId, reason })).toMatchObject({ status: 'closed' });
    expect(backups()).toEqual([expect.stringContaining('truoc-khoa-so-nam')]);
    expect((await s.ok('votes.yearEnd', { yearId })).closingReason).toBe(reason);
  });
});

describe('the next year', () => {
  it('is headed by the successors elected, and starts from a draft copy of the scale in force', async () => {
    const { yearId, unit } = await openCountedYear(s);
    const blocId = (await s.ok('years.get', { yearId })).blocId;
    await s.ok('years.close', { yearId, reason: 'Chưa ban hành đủ văn bản.' });
    const next = await s.ok('years.create', { blocId, year: 2023 });
    expect(next).toMatchObject({ headUnitId: unit('Sở Giáo dục và Đào tạo'), deputyUnitId: unit('Bảo hiểm xã hội tỉnh Bắc Kạn'), memberCount: 10 });
    const scale = await s.ok('scoring.scale', { yearId: next.id });
    const inForce = (await s.ok('scoring.scale', { yearId })).inForce!;
    expect(scale.current).toMatchObject({ version: 1, status: 'draft', checksum: inForce.checksum, scoredUnits: 0 });
    expect(scale.current!.definition).toEqual(inForce.definition);
    expect(scale.inForce).toBeNull();
  });

  it('keeps this year’s head and deputy when no successor was recorded', async () => {
    const { blocId, yearId } = await openDemoYear(s, 2022);
    const year = await s.ok('years.get', { yearId });
    const next = await s.ok('years.create', { blocId, year: 2023 });
    expect(next).toMatchObject({ headUnitId: year.headUnitId, deputyUnitId: year.deputyUnitId });
  });
});

/**
 * Every channel of the contract, sorted: a read (allowed on a closed year), a write of something outside the
 * year (why), or a write of the year with a valid request, which a closed year must refuse. A new channel
 * fails the first test until it is sorted here.
 */
type Requests = { [C in ChannelName]?: Input<C> };

describe('a closed year', () => {
  it('refuses every write channel of the contract and still answers its reads', async () => {
    const { yearId, unit, yearEnd } = await openCountedYear(s);
    const year = await s.ok('years.get', { yearId });
    const unitId = unit('Sở Y tế');
    const meeting = await s.ok('meetings.create', { yearId, kind: 'other', name: 'Họp Khối' });
    const letter = { kind: 'notice' as const, subject: 'Lịch họp Khối', paragraphs: ['Trưởng khối thông báo lịch họp./.'] };
    const issued = await s.call('documents.issue', { yearId, type: 'letter', input: letter, date: '2022-12-30' } as never);
    const evidence = await s.ok('scoring.addEvidence', { yearId, unitId, itemKey: 'c1-1', file: { fileName: 'a.pdf', base64: 'YQ==' } });
    const scan = { fileName: 'ban-ky.pdf', base64: Buffer.from('%PDF-1.4').toString('base64') };
    await s.ok('documents.attachSignedCopy', { documentId: issued.ok ? issued.data.id : 0, files: [scan] });
    const settings = await s.ok('settings.get', { yearId });
    const pledge = await s.ok('pledges.get', { yearId });
    const scale = (await s.ok('scoring.scale', { yearId })).inForce!;
    const workbook = await s.ok('scoring.unitWorkbook', { yearId, unitId });
    const [flag] = yearEnd.awards;
    const round = flag!.rounds[0]!;
    await s.ok('years.close', { yearId, reason: 'Kiểm thử' });

    const writes: Requests = {
      'years.updateProfile': { yearId, ...sampleProfile },
      'years.setLeadership': { yearId, headUnitId: null, deputyUnitId: null },
      'years.close': { yearId, reason: 'Lần nữa' },
      'years.delete': { yearId },
      'units.create': { yearId, name: 'Sở Tư pháp' },
      'units.update': { yearId, unitId, name: 'Sở Y tế tỉnh' },
      'units.addToYear': { yearId, unitId },
      'units.removeFromYear': { yearId, unitId },
      'units.retire': { unitId, lastYear: 2021 },
      'units.merge': { blocId: year.blocId, unitIds: [unitId, unit('Ban Dân tộc')], fromYear: 2022, newUnit: { name: 'Sở Y tế và Dân tộc' } },
      'units.importMany': { yearId, rows: [{ name: 'Sở Tư pháp', shortName: '', headPosition: '', headName: '' }] },
      'settings.update': { ...settings, yearId },
      'meetings.create': { yearId, kind: 'other', name: 'Họp lần hai' },
      'meetings.update': { ...meeting, meetingId: meeting.id, name: 'Họp Khối (sửa)' },
      'meetings.delete': { meetingId: meeting.id },
      'meetings.setAttendance': { meetingId: meeting.id, attendance: [] },
      'documents.issue': { yearId, type: 'letter', input: letter, date: '2022-12-31' } as never,
      'documents.withdraw': { documentId: issued.ok ? issued.data.id : 0 },
      'documents.attachSignedCopy': { documentId: issued.ok ? issued.data.id : 0, files: [scan], replaceCopy: true },
      'documents.removeSignedCopy': { documentId: issued.ok ? issued.data.id : 0 },
      'pledges.save': { ...pledge, yearId, signatories: pledge.signatories.map(({ unitId: u, blankName }) => ({ unitId: u, blankName })) },
      'pledges.startFrom': { yearId, source: 'template' },
      'scoring.saveScale': { yearId, definition: scale.definition },
      'scoring.startScale': { yearId, source: 'template' },
      'scoring.importScale': { yearId, file: await scaleWorkbook() },
      'scoring.lockScale': { yearId },
      'scoring.unlockScale': { yearId },
      'scoring.newVersion': { yearId },
      'scoring.setScores': { yearId, changes: [{ unitId, itemKey: 'c1-1', self: '20' }] },
      'scoring.addEvidence': { yearId, unitId, itemKey: 'c1-1', file: { fileName: 'b.pdf', base64: 'Yg==' } },
      'scoring.removeEvidence': { evidenceId: evidence.id },
      'scoring.confirmImport': { yearId, files: [workbook] },
      'votes.saveRules': { ...yearEnd.rules, yearId },
      'votes.saveAwards': { yearId, awards: yearEnd.awards },
      'votes.proposeCandidates': { awardId: flag!.id },
      'votes.setCandidates': { roundId: round.id, candidates: [] },
      'votes.enterTally': { roundId: round.id, ...round.entries[0]!, entry: 1 },
      'votes.openReVote': { roundId: round.id },
      'votes.setSuccession': { ...yearEnd.succession, yearId },
      'guide.setDeadlines': { yearId, deadlines: { pledge: '2022-03-31', signing: '2022-03-31', midYear: '2022-07-31', scoring: '2022-11-30', yearEnd: '2022-12-31', handover: '2023-01-31' } },
    };
    const reads: Requests = {
      'blocs.list': {},
      'years.list': { blocId: year.blocId },
      'years.get': { yearId },
      'years.history': { yearId },
      'units.list': { yearId },
      'units.listAll': { blocId: year.blocId },
      'units.previewImport': { yearId, pasted: 'Sở Tư pháp' },
      'units.exportList': { yearId },
      'units.issuedPledges': { blocId: year.blocId },
      'settings.get': { yearId },
      'meetings.list': { yearId },
      'meetings.get': { meetingId: meeting.id },
      'documents.prepare': { yearId, type: 'letter', input: letter } as never,
      'documents.list': { yearId },
      'documents.get': { documentId: issued.ok ? issued.data.id : 0 },
      'documents.docx': { documentId: issued.ok ? issued.data.id : 0 },
      // Reprinting writes a file, not the year's data.
      'documents.save': { documentId: issued.ok ? issued.data.id : 0 },
      'documents.openSignedCopy': { documentId: issued.ok ? issued.data.id : 0 },
      'documents.registerWorkbook': { yearId, allYears: true },
      'pledges.get': { yearId },
      'scoring.scale': { yearId },
      'scoring.scores': { yearId },
      'scoring.ranking': { yearId },
      'scoring.evidence': { yearId },
      'scoring.openEvidence': { evidenceId: evidence.id },
      'scoring.unitWorkbook': { yearId, unitId },
      'scoring.allWorkbooks': { yearId, to: 'zip' },
      'scoring.previewImport': { yearId, files: [workbook] },
      'scoring.summaryWorkbook': { yearId },
      'votes.yearEnd': { yearId },
      'votes.closeChecklist': { yearId },
      'guide.year': { yearId },
      'guide.deadlines': { yearId },
      'reports.unitHistory': { blocId: year.blocId, unitId },
      'reports.membership': { blocId: year.blocId },
      'reports.search': { blocId: year.blocId, query: 'so y te' },
    };
    // Writes of something else than one year: a new bloc, a new year (made from a closed one too), a whole bloc's
    // package, the whole data's backups (a restore brings back the data as it was, closed years and all).
    const outside: ChannelName[] = [
      'blocs.create',
      'blocs.openDemo',
      'years.create',
      'handover.export',
      'handover.preview',
      'handover.import',
      'handover.choose',
      ...channelNames.filter((name) => name.startsWith('backups.')),
    ];
    // The one write a closed year takes: reopening it, last, below.
    const reopening: ChannelName[] = ['years.reopen'];
    // Reads only the desktop answers (these services serve the browser); a closed year's PDF: pdf.test.ts.
    const desktopOnly: ChannelName[] = ['documents.savePdf', 'units.chooseImportFile'];
    expect(issued).toMatchObject({ ok: true });
    expect([...Object.keys(writes), ...Object.keys(reads), ...outside, ...reopening, ...desktopOnly].sort()).toEqual([...channelNames].sort());

    const closed = `Năm 2022 đã khóa sổ, không thể thay đổi dữ liệu của năm này.`;
    for (const [channel, input] of Object.entries(writes) as [ChannelName, never][]) {
      const result = await s.call(channel, input);
      expect(result, channel).toMatchObject({ ok: false, code: 'YEAR_CLOSED' });
      if (!result.ok && channel !== 'scoring.confirmImport') expect(result.message, channel).toBe(closed);
    }
    for (const [channel, input] of Object.entries(reads) as [ChannelName, never][]) {
      expect(await s.call(channel, input), channel).toMatchObject({ ok: true });
    }
    expect(await s.ok('votes.yearEnd', { yearId })).toEqual({ ...yearEnd, closingReason: 'Kiểm thử' });

    expect(await s.ok('years.reopen', { yearId, reason: 'Sửa kết quả kiểm phiếu' })).toMatchObject({ status: 'open' });
    expect(await s.call('years.setLeadership', { yearId, headUnitId: null, deputyUnitId: null })).toMatchObject({ ok: true });
  });
});

/** A scale as officers type it in a workbook: one group, one criterion. */
async function scaleWorkbook() {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Thang điểm');
  ws.addRows([
    ['STT', 'Nội dung tiêu chí', 'Điểm tối đa', 'Hướng dẫn chấm'],
    ['I', 'Thực hiện nhiệm vụ', 100, ''],
    ['1', 'Hoàn thành kế hoạch', 100, ''],
  ]);
  return { fileName: 'thang-diem.xlsx', base64: Buffer.from(await wb.xlsx.writeBuffer()).toString('base64') };
}
