// The annual report and the year-end conference's minutes prepared by the services on the demo's 2022,
// scored, voted and counted: drafted from what the year holds, issued once the officer wrote its own parts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCountedYear, openTestServices, openVotingYear, type TestServices } from '../../../support/services.js';

let s: TestServices;
beforeAll(async () => {
  s = await openTestServices();
});
afterAll(() => s.close());

const written = {
  assessment: '1. Ưu điểm\nCác đơn vị thực hiện nghiêm túc nội dung giao ước thi đua.',
  proposals: 'Đề nghị Ban Thi đua - Khen thưởng tỉnh tổ chức tập huấn nghiệp vụ cho cán bộ làm công tác thi đua.',
};

describe('the annual report of the demo’s 2022', () => {
  it('before the vote: asks for the awards and next year’s head', async () => {
    const { yearId } = await openVotingYear(s);
    const prepared = await s.ok('documents.prepare', { yearId, type: 'annualReport', input: { parts: written } });
    expect(prepared.problems.map((p) => p.field)).toEqual(['votes.awards', 'votes.succession']);
  });

  it('once counted: drafted from the vote and the succession, ready to issue, dated up to January of next year', async () => {
    const { yearId } = await openCountedYear(s);
    const prepared = await s.ok('documents.prepare', { yearId, type: 'annualReport', input: { parts: written } });
    expect(prepared.breaches).toEqual([]);
    expect(prepared.problems).toEqual([]);
    const parts = prepared.data.parts as Record<string, string>;
    expect(parts.scoring).toContain('- Cờ thi đua của Ủy ban nhân dân tỉnh: Sở Giáo dục và Đào tạo (8/10 phiếu, đạt 80,00%).');
    expect(parts.outlook).toContain('Sở Giáo dục và Đào tạo được giao là đơn vị Trưởng khối, Bảo hiểm xã hội tỉnh Bắc Kạn là đơn vị Phó khối.');
    expect(prepared.issueDate).toMatchObject({ default: '2022-12-29', latest: '2023-01-31' });

    const entry = await s.ok('documents.issue', { yearId, type: 'annualReport', input: { parts: written }, date: '2023-01-05' });
    expect(entry).toMatchObject({ typeCode: 'BC', typeLabel: 'Báo cáo tổng kết năm', title: 'Tổng kết công tác thi đua, khen thưởng năm 2022 của Khối thi đua Văn hóa - Xã hội' });
  });

  it('the year-end conference’s minutes record the results under the agenda’s points, none twice', async () => {
    const { yearId } = await openCountedYear(s);
    const conference = (await s.ok('meetings.list', { yearId })).find((m) => m.kind === 'yearEndReview')!;
    const prepared = await s.ok('documents.prepare', { yearId, type: 'minutes', input: { meetingId: conference.id } });
    const content = prepared.data.content as { heading: string; paragraphs: string[] }[];
    // No point of their own: the demo's agenda has a point on each, then come the views and directions.
    expect(content.map((c) => c.heading)).toEqual([
      ...conference.agenda.map((a) => a.title),
      ...(conference.views.length > 0 ? ['Ý kiến thảo luận'] : []),
      ...(conference.directions.length > 0 ? ['Ý kiến chỉ đạo'] : []),
    ]);
    const paragraphs = content.flatMap((c) => c.paragraphs);
    expect(paragraphs).toContain('Kết quả kiểm phiếu (Có Biên bản kiểm phiếu kèm theo):');
    expect(paragraphs.filter((p) => p.includes('(Có Bảng tổng hợp kết quả chấm điểm kèm theo)'))).toHaveLength(1);
    expect(prepared.problems.filter((p) => p.field.startsWith('votes.'))).toEqual([]);
  });
});
