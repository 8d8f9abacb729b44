// The guided year: each step's status and what it lacks, the one next action, read from the data as the
// officer goes through a new bloc's first months; the demo's 2018 as its data has it.
import { afterEach, describe, expect, it } from 'vitest';
import type { GuideYear } from '../../../main/contract/index.js';
import { closeYear, openDemoYear, openTestServices, sampleProfile, type TestServices } from '../../support/services.js';

let s: TestServices;
afterEach(() => s.close());

const step = (guide: GuideYear, key: string) => guide.steps.find((st) => st.key === key)!;
const statuses = (guide: GuideYear) => Object.fromEntries(guide.steps.map((st) => [st.key, st.status]));

describe('the demo’s 2018', () => {
  it('has its units, head, pledge and signing conference; lacks the deputy and the documents', async () => {
    s = await openTestServices(undefined, '2018-04-02');
    const { yearId, signing } = await openDemoYear(s, 2018);
    const guide = await s.ok('guide.year', { yearId });
    expect(guide.steps.map((st) => st.key)).toEqual(['setup', 'pledge', 'signing', 'midYear', 'scoring', 'yearEnd', 'handover']);
    expect(guide.steps.map((st) => st.title)).toEqual([
      'Đơn vị, Trưởng khối và Phó khối',
      'Kế hoạch và giao ước thi đua',
      'Hội nghị ký kết giao ước',
      'Sơ kết 6 tháng',
      'Kiểm tra chéo và chấm điểm',
      'Hội nghị tổng kết và bỏ phiếu',
      'Đề nghị khen thưởng, báo cáo và bàn giao',
    ]);
    expect(statuses(guide)).toEqual({
      setup: 'inProgress',
      pledge: 'inProgress',
      signing: 'inProgress',
      midYear: 'notStarted',
      scoring: 'notStarted',
      yearEnd: 'notStarted',
      handover: 'notStarted',
    });
    expect(step(guide, 'setup').missing).toEqual(['Chưa chọn Phó khối']);
    expect(step(guide, 'signing').missing).toEqual(['Chưa phát hành giấy mời hội nghị ký kết', 'Chưa phát hành biên bản hội nghị ký kết']);
    expect(step(guide, 'handover').missing).toContain('Chưa ghi đơn vị Trưởng khối năm 2019');
    expect(guide.next).toEqual({ label: 'Chọn Trưởng khối, Phó khối', route: 'leadership', params: {} });

    // Past 31 March: what the signing conference lacks is overdue; the mid-year review is not due yet.
    expect(guide.today).toBe('2018-04-02');
    expect(guide.steps.filter((st) => st.overdue).map((st) => st.key)).toEqual(['setup', 'pledge', 'signing']);
    expect(step(guide, 'midYear')).toMatchObject({ deadline: '2018-07-31', overdue: false });

    // With a deputy, the next action is the invitation to the demo’s own conference.
    const units = await s.ok('units.list', { yearId });
    const year = await s.ok('years.get', { yearId });
    await s.ok('years.setLeadership', { yearId, headUnitId: year.headUnitId, deputyUnitId: units.find((u) => u.unitId !== year.headUnitId)!.unitId });
    expect((await s.ok('guide.year', { yearId })).next).toEqual({
      label: 'Phát hành giấy mời',
      route: 'documents',
      params: { type: 'invitation', meetingId: signing!.id },
    });
  });

  it('the demo’s 2022, scored and counted, is further on; closed, it has no next action and nothing overdue', async () => {
    s = await openTestServices(undefined, '2023-03-01');
    const { yearId } = await openDemoYear(s, 2022);
    const guide = await s.ok('guide.year', { yearId });
    expect(step(guide, 'scoring')).toMatchObject({ status: 'done', missing: [], overdue: false });
    expect(step(guide, 'pledge').overdue).toBe(true);
    await closeYear(s, yearId);
    const closed = await s.ok('guide.year', { yearId });
    expect(closed.next).toBeNull();
    expect(closed.steps.some((st) => st.overdue)).toBe(false);
    expect(step(closed, 'handover').missing).not.toContain('Chưa khóa sổ năm 2022');
  });
});

describe('a new bloc, stage by stage', () => {
  it('leads from the units to the signing conference’s minutes', async () => {
    s = await openTestServices(undefined, '2024-02-01');
    const { yearId } = await s.ok('blocs.create', { ...sampleProfile, firstYear: 2024 });
    const next = async () => (await s.ok('guide.year', { yearId })).next;

    let guide = await s.ok('guide.year', { yearId });
    expect(statuses(guide)).toMatchObject({ setup: 'notStarted', pledge: 'notStarted', signing: 'notStarted' });
    expect(step(guide, 'setup').missing).toEqual([
      'Chưa có đơn vị thành viên',
      'Chưa chọn Trưởng khối',
      'Chưa chọn Phó khối',
      'Chưa ghi nơi lưu văn bản (ký hiệu đơn vị soạn thảo)',
    ]);
    expect(guide.steps.some((st) => st.overdue)).toBe(false);
    expect(guide.next).toEqual({ label: 'Dán danh sách đơn vị', route: 'units', params: { paste: 1 } });

    const head = await s.ok('units.create', { yearId, name: 'Sở Y tế', headPosition: 'GIÁM ĐỐC', headName: 'Đặng Văn H', officerName: 'Hà Thị Thu', phone: '0209 3870 123' });
    const deputy = await s.ok('units.create', { yearId, name: 'Ban Dân tộc', headPosition: 'TRƯỞNG BAN', headName: 'Bùi Thị K' });
    guide = await s.ok('guide.year', { yearId });
    expect(step(guide, 'setup')).toMatchObject({ status: 'inProgress', missing: ['Chưa chọn Trưởng khối', 'Chưa chọn Phó khối', 'Chưa ghi nơi lưu văn bản (ký hiệu đơn vị soạn thảo)'] });
    expect(guide.next).toMatchObject({ label: 'Chọn Trưởng khối, Phó khối', route: 'leadership' });

    await s.ok('years.setLeadership', { yearId, headUnitId: head.unitId, deputyUnitId: deputy.unitId });
    // Every document ends with "Lưu: VT, <the drafting office>": “VT” alone is not enough.
    expect(await next()).toEqual({ label: 'Ghi nơi lưu văn bản', route: 'documentSettings', params: {} });
    const settings = await s.ok('settings.get', { yearId });
    await s.ok('settings.update', { ...settings, yearId, archive: 'VT' });
    expect(await next()).toMatchObject({ route: 'documentSettings' });
    await s.ok('settings.update', { ...settings, yearId, archive: 'VT, VP' });
    guide = await s.ok('guide.year', { yearId });
    expect(step(guide, 'setup').status).toBe('done');
    expect(guide.next).toEqual({ label: 'Soạn giao ước', route: 'pledges', params: {} });

    const draft = await s.ok('pledges.get', { yearId });
    await s.ok('pledges.save', { ...draft, yearId, signatories: draft.signatories.map(({ unitId, blankName }) => ({ unitId, blankName })) });
    guide = await s.ok('guide.year', { yearId });
    expect(step(guide, 'pledge')).toMatchObject({ status: 'inProgress', missing: ['Chưa phát hành bản giao ước'] });
    expect(guide.next).toEqual({ label: 'Tạo hội nghị ký kết', route: 'meeting', params: { kind: 'signing' } });

    const meeting = await s.ok('meetings.create', {
      yearId,
      kind: 'signing',
      name: 'Hội nghị ký kết giao ước thi đua năm 2024',
      date: '2024-03-08',
      startTime: '08:00',
      endTime: '11:00',
      place: 'Hội trường Sở Y tế',
      chair: 'Đặng Văn H - Giám đốc Sở Y tế, Trưởng khối',
      secretary: 'Hà Thị Thu - Chuyên viên Sở Y tế',
      views: [{ speaker: 'Bùi Thị K - Trưởng ban Ban Dân tộc', content: 'Nhất trí với các nội dung giao ước.' }],
      conclusions: 'Các đơn vị ký kết giao ước thi đua năm 2024.',
    });
    guide = await s.ok('guide.year', { yearId });
    expect(step(guide, 'signing')).toMatchObject({ status: 'inProgress', missing: ['Chưa phát hành giấy mời hội nghị ký kết', 'Chưa phát hành biên bản hội nghị ký kết'] });
    expect(guide.next).toEqual({ label: 'Phát hành giấy mời', route: 'documents', params: { type: 'invitation', meetingId: meeting.id } });

    await s.ok('documents.issue', { yearId, type: 'invitation', input: { meetingId: meeting.id }, date: '2024-03-01' });
    expect(await next()).toEqual({ label: 'Phát hành bản giao ước', route: 'documents', params: { type: 'pledge' } });

    await s.ok('documents.issue', { yearId, type: 'pledge', input: {}, date: '2024-03-08' });
    expect(step(await s.ok('guide.year', { yearId }), 'pledge').status).toBe('done');
    expect(await next()).toEqual({ label: 'Phát hành biên bản hội nghị', route: 'documents', params: { type: 'minutes', meetingId: meeting.id } });

    await s.ok('meetings.setAttendance', {
      meetingId: meeting.id,
      attendance: [head, deputy].map((u) => ({ unitId: u.unitId, status: 'present' as const })),
    });
    await s.ok('documents.issue', { yearId, type: 'minutes', input: { meetingId: meeting.id }, date: '2024-03-08' });
    guide = await s.ok('guide.year', { yearId });
    expect(statuses(guide)).toMatchObject({ setup: 'done', pledge: 'done', signing: 'done', midYear: 'notStarted' });
    expect(guide.next).toEqual({ label: 'Tạo hội nghị sơ kết', route: 'meeting', params: { kind: 'midYearReview' } });
    // The bloc's new scale is the next thing after the mid-year review.
    expect(step(guide, 'scoring').missing[0]).toMatch(/^Chưa (lập|khóa) thang điểm$/);
  });
});

describe('deadlines', () => {
  it('default by month, are set per year with Vietnamese refusals, and a new year copies them a year later', async () => {
    s = await openTestServices(undefined, '2024-04-01');
    const { yearId, blocId } = await s.ok('blocs.create', { ...sampleProfile, firstYear: 2024 });
    const defaults = await s.ok('guide.deadlines', { yearId });
    expect(defaults).toEqual({
      pledge: '2024-03-31',
      signing: '2024-03-31',
      midYear: '2024-07-31',
      scoring: '2024-11-30',
      yearEnd: '2024-12-31',
      handover: '2025-01-31',
    });
    expect((await s.ok('guide.year', { yearId })).steps.filter((st) => st.overdue).map((st) => st.key)).toEqual(['setup', 'pledge', 'signing']);

    const later = { ...defaults, pledge: '2024-04-15', signing: '2024-02-29' };
    expect(await s.ok('guide.setDeadlines', { yearId, deadlines: later })).toEqual(later);
    const guide = await s.ok('guide.year', { yearId });
    expect(step(guide, 'pledge')).toMatchObject({ deadline: '2024-04-15', overdue: false });
    expect(step(guide, 'setup')).toMatchObject({ deadline: '2024-04-15', overdue: false });
    expect(step(guide, 'signing').overdue).toBe(true);

    expect(await s.call('guide.setDeadlines', { yearId, deadlines: { ...later, midYear: '2026-07-31' } })).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      message: 'Thời hạn “Sơ kết 6 tháng” phải trong năm 2024 hoặc năm 2025.',
      fieldErrors: { 'deadlines.midYear': 'Thời hạn “Sơ kết 6 tháng” phải trong năm 2024 hoặc năm 2025.' },
    });
    expect(await s.call('guide.setDeadlines', { yearId, deadlines: { ...later, yearEnd: '2024-02-30' } })).toMatchObject({
      ok: false,
      fieldErrors: { 'deadlines.yearEnd': 'Thời hạn “Hội nghị tổng kết và bỏ phiếu”: ngày không tồn tại' },
    });
    expect(await s.call('guide.setDeadlines', { yearId, deadlines: { ...later, scoring: '30/11/2024' } })).toMatchObject({
      ok: false,
      fieldErrors: { 'deadlines.scoring': 'Thời hạn “Kiểm tra chéo và chấm điểm” phải có dạng năm-tháng-ngày' },
    });
    expect(await s.ok('guide.deadlines', { yearId })).toEqual(later);

    const next = await s.ok('years.create', { blocId, year: 2025 });
    // 29 February has no 2025: the last day of that February.
    expect(await s.ok('guide.deadlines', { yearId: next.id })).toEqual({ ...defaults, pledge: '2025-04-15', signing: '2025-02-28', midYear: '2025-07-31', scoring: '2025-11-30', yearEnd: '2025-12-31', handover: '2026-01-31' });

    await closeYear(s, yearId);
    expect(await s.call('guide.setDeadlines', { yearId, deadlines: later })).toMatchObject({ ok: false, code: 'YEAR_CLOSED' });
  });
});
