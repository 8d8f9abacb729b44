// The year-end conference's minutes: after the agenda's points they record the scoring's results (the
// score summary attached), the vote per award (the vote-count minutes attached) and next year's head and
// deputy; the vote must be final before they are issued. Other meetings' minutes read no year end at all.
import { describe, expect, it } from 'vitest';
import type { Meeting, YearEnd } from '../../../../../main/contract/index.js';
import { checkDocument, checkDocx, kinds, renderDocx, type DocumentSources, type StateDocument } from '../../../../../main/documents/index.js';
import { certificateBeforeReVote, conferenceMeeting, flagAward, withYearEnd, yearEnd2022 } from '../../../../support/year-end.js';
import { annualSources, members } from '../annual-report/sources.js';

const kind = kinds.minutes;

const conference: Meeting = {
  ...conferenceMeeting,
  chair: 'Lê Thị C - Hiệu trưởng Trường Cao đẳng Cộng đồng Bắc Kạn, Trưởng khối',
  secretary: 'Hà Thị Q - chuyên viên Trường Cao đẳng Cộng đồng Bắc Kạn',
  attendance: members.map((m) => ({ unitId: m.unitId, unitName: m.name, status: m.unitId === 10 ? 'absent' : 'present', representedBy: '' })),
  agenda: [{ title: 'Báo cáo tổng kết công tác thi đua năm 2022', summary: 'Trưởng khối trình bày báo cáo tổng kết.', time: '', presenter: '' }],
  conclusions: 'Hội nghị thống nhất các nội dung trên.',
};
const signing: Meeting = { ...conference, id: 2, kind: 'signing', name: 'Hội nghị ký kết giao ước thi đua năm 2022' };

function sourcesWith(yearEnd: YearEnd, meeting: Meeting = conference): DocumentSources {
  return { ...annualSources(yearEnd), meeting: (id) => (id === meeting.id ? Promise.resolve(meeting) : Promise.reject(new Error(`no meeting ${id}`))) };
}

async function draft(meeting: Meeting = conference, sources = sourcesWith(yearEnd2022, meeting)) {
  const input = kind.input.parse({ meetingId: meeting.id });
  const { data } = await kind.gather(input, sources);
  return { input, data, sources, model: kind.build(data) };
}

/** The numbered points under "III. NỘI DUNG", up to "IV. KẾT LUẬN". */
function contentHeadings(model: StateDocument): string[] {
  const at = (text: string) => model.body.findIndex((b) => b.kind === 'heading' && b.text === text);
  return model.body.slice(at('III. NỘI DUNG') + 1, at('IV. KẾT LUẬN')).flatMap((b) => (b.kind === 'heading' ? [b.text] : []));
}

describe('the year-end conference’s minutes', () => {
  it('record, after the agenda’s points, the scores, the vote and next year’s head and deputy', async () => {
    const { data } = await draft();
    expect(data.content.map((c) => c.heading)).toEqual([
      'Báo cáo tổng kết công tác thi đua năm 2022',
      'Kết quả chấm điểm thi đua năm 2022',
      'Bình xét, suy tôn đơn vị đề nghị khen thưởng',
      'Đơn vị Trưởng khối, Phó khối năm 2023',
    ]);
    expect(data.content[1]?.paragraphs).toEqual([
      'Kết quả chấm điểm thi đua năm 2022 của 10 đơn vị thành viên (Có Bảng tổng hợp kết quả chấm điểm kèm theo). ' +
        'Các đơn vị dẫn đầu: Trường Cao đẳng Cộng đồng Bắc Kạn (101 điểm, xếp thứ 1); Sở Y tế (98 điểm, xếp thứ 2); Sở Giáo dục và Đào tạo (95,75 điểm, xếp thứ 3).',
    ]);
    expect(data.content[2]?.paragraphs).toEqual([
      'Kết quả kiểm phiếu (Có Biên bản kiểm phiếu kèm theo):',
      '- Cờ thi đua của Ủy ban nhân dân tỉnh: Trường Cao đẳng Cộng đồng Bắc Kạn (8/10 phiếu, đạt 80,00%).',
      '- Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh: Sở Y tế (8/10 phiếu, đạt 80,00%); Sở Giáo dục và Đào tạo (7/10 phiếu, đạt 70,00%); Ban Dân tộc (bỏ phiếu lại: 6/10 phiếu, đạt 60,00%).',
    ]);
    expect(data.content[3]?.paragraphs).toEqual([
      'Năm 2023, theo kết quả bầu tại Hội nghị, Sở Y tế được giao là đơn vị Trưởng khối, Sở Giáo dục và Đào tạo là đơn vị Phó khối.',
    ]);
    // Numbered in NỘI DUNG, before KẾT LUẬN, in the Decree 30 order.
    const { model } = await draft();
    expect(contentHeadings(model)).toEqual(data.content.map((c, i) => `${i + 1}. ${c.heading}`));
  });

  it('go under the agenda’s points on the scores, the vote and the succession, after the officer’s summary', async () => {
    const point = (title: string, summary: string) => ({ title, summary, time: '', presenter: '' });
    const agenda = [
      point('Báo cáo tổng kết công tác thi đua năm 2022', ''),
      point('Thông qua kết quả chấm điểm, xếp hạng thi đua năm 2022', 'Hội nghị thông qua Bảng tổng hợp kết quả chấm điểm.'),
      // The vote's point also names the scores: it is still the vote's.
      point('Bình xét, bỏ phiếu kín suy tôn trên cơ sở kết quả chấm điểm', 'Hội nghị bầu Ban kiểm phiếu và tiến hành bỏ phiếu kín.'),
      point('Bầu đơn vị Trưởng khối, Phó khối năm 2023', ''),
    ];
    const { data } = await draft({ ...conference, agenda });
    expect(data.content.map((c) => [c.heading, c.paragraphs.length])).toEqual([
      ['Báo cáo tổng kết công tác thi đua năm 2022', 0],
      ['Thông qua kết quả chấm điểm, xếp hạng thi đua năm 2022', 2],
      ['Bình xét, bỏ phiếu kín suy tôn trên cơ sở kết quả chấm điểm', 4],
      ['Bầu đơn vị Trưởng khối, Phó khối năm 2023', 1],
    ]);
    expect(data.content[1]?.paragraphs[0]).toBe('Hội nghị thông qua Bảng tổng hợp kết quả chấm điểm.');
    expect(data.content[1]?.paragraphs[1]).toMatch(/^Kết quả chấm điểm thi đua năm 2022 của 10 đơn vị thành viên/);
    expect(data.content[2]?.paragraphs.slice(0, 2)).toEqual([
      'Hội nghị bầu Ban kiểm phiếu và tiến hành bỏ phiếu kín.',
      'Kết quả kiểm phiếu (Có Biên bản kiểm phiếu kèm theo):',
    ]);
    expect(data.content[3]?.paragraphs[0]).toMatch(/^Năm 2023, theo kết quả bầu tại Hội nghị, Sở Y tế được giao là đơn vị Trưởng khối/);
    // A summary that already names next year's head is not said twice.
    const said = agenda.map((p, i) => (i === 3 ? { ...p, summary: 'Hội nghị thống nhất Sở Y tế làm Trưởng khối năm 2023.' } : p));
    expect((await draft({ ...conference, agenda: said })).data.content[3]?.paragraphs).toEqual(['Hội nghị thống nhất Sở Y tế làm Trưởng khối năm 2023.']);
  });

  it('leave out what is not recorded: no succession yet, no vote at a conference the vote was not held at', async () => {
    const noSuccession = withYearEnd({ succession: { nextHeadUnitId: null, nextDeputyUnitId: null, source: null } });
    expect((await draft(conference, sourcesWith(noSuccession))).data.content.map((c) => c.heading)).toEqual([
      'Báo cáo tổng kết công tác thi đua năm 2022',
      'Kết quả chấm điểm thi đua năm 2022',
      'Bình xét, suy tôn đơn vị đề nghị khen thưởng',
    ]);
    const elsewhere = withYearEnd({ rules: { meetingId: 99 } });
    expect((await draft(conference, sourcesWith(elsewhere))).data.content.map((c) => c.heading)).toEqual([
      'Báo cáo tổng kết công tác thi đua năm 2022',
      'Kết quả chấm điểm thi đua năm 2022',
    ]);
  });

  it('cannot be issued while a vote they record is not final, naming the award', async () => {
    const ready = await draft();
    expect(await kind.readiness(ready)).toEqual([]);
    const pending = await draft(conference, sourcesWith(withYearEnd({ awards: [flagAward, certificateBeforeReVote] })));
    expect(pending.data.content[2]?.paragraphs.at(-1)).toBe('- Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh: chưa có kết quả kiểm phiếu cuối cùng.');
    expect((await kind.readiness(pending)).map((p) => p.field)).toEqual(['votes.awards.2']);
  });

  it('pass the Decree 30 checks once numbered and dated', async () => {
    const { model } = await draft();
    const issued = { ...model, header: { ...model.header, number: '12', date: '2022-12-20' } };
    expect(checkDocument(issued)).toEqual([]);
    expect(await checkDocx(await renderDocx(issued))).toEqual([]);
  });
});

describe('other meetings’ minutes', () => {
  it('carry no year end and never read it', async () => {
    const sources = { ...sourcesWith(yearEnd2022, signing), yearEnd: () => Promise.reject(new Error('read the year end')) };
    const d = await draft(signing, sources);
    expect(d.data.content.map((c) => c.heading)).toEqual(['Báo cáo tổng kết công tác thi đua năm 2022']);
    expect(await kind.readiness(d)).toEqual([]);
  });
});
