// Báo cáo tổng kết năm: drafted part by part from the year's data (Bắc Kạn 2022's vote), each part replaced
// by the officer's text when written, the results table always generated; what stops it from being issued;
// the Decree-30 checks on the model and the DOCX.
import { describe, expect, it } from 'vitest';
import type { Pledge, YearEnd } from '../../../../../main/contract/index.js';
import { checkDocument, checkDocx, kinds, renderDocx, type StateDocument, type TableBlock } from '../../../../../main/documents/index.js';
import { annualReportInput } from '../../../../../main/documents/kinds/annual-report/index.js';
import { scoringOf, tenUnits } from '../../../../support/score-summary.js';
import { certificateBeforeReVote, flagAward, flagRound, uncounted, withYearEnd } from '../../../../support/year-end.js';
import { annualSources, pledge2022 } from './sources.js';

const kind = kinds.annualReport;

/** What an officer writes in the two parts no data can draft. */
const written = {
  assessment: '1. Ưu điểm\nCác đơn vị thực hiện nghiêm túc nội dung giao ước.\n2. Hạn chế\nMột số đơn vị gửi báo cáo chậm.',
  proposals: 'Đề nghị Ban Thi đua - Khen thưởng tỉnh tổ chức tập huấn nghiệp vụ thi đua cho cán bộ các đơn vị.',
};

const ready = { parts: written };

async function draft(raw: object = {}, sources = annualSources()) {
  const input = annualReportInput.parse(raw);
  const { data, sourceMeetingId } = await kind.gather(input, sources);
  return { input, data, sources, sourceMeetingId, model: kind.build(data) };
}

const texts = (model: StateDocument) =>
  model.body.flatMap((b) => (b.kind === 'paragraph' || b.kind === 'heading' || b.kind === 'bullet' ? [typeof b.text === 'string' ? b.text : ''] : []));
/** The blocks of a section, from its heading to the next section's. */
function section(model: StateDocument, roman: string) {
  const start = model.body.findIndex((b) => b.kind === 'heading' && b.level === 1 && b.text.startsWith(`${roman}. `));
  const end = model.body.findIndex((b, i) => i > start && b.kind === 'heading' && b.level === 1);
  return model.body.slice(start + 1, end < 0 ? undefined : end);
}
const sectionTexts = (model: StateDocument, roman: string) => texts({ ...model, body: section(model, roman) });

describe('the annual report: drafted from the year’s data', () => {
  it('a numbered BC “BÁO CÁO / Tổng kết … năm 2022 của Khối …”, sections I to VI, signed for the bloc, sent to the year’s recipients', async () => {
    const { model, data } = await draft();
    expect(kind.typeCode).toBe('BC');
    expect(kind.label).toBe('Báo cáo tổng kết năm');
    expect(kind.numbered(data)).toBe(true);
    expect(model.title).toBe('BÁO CÁO');
    expect(model.subject).toEqual({ placement: 'underTitle', lines: ['Tổng kết công tác thi đua, khen thưởng năm 2022 của Khối thi đua Văn hóa - Xã hội'] });
    expect(kind.registerTitle(model)).toBe('Tổng kết công tác thi đua, khen thưởng năm 2022 của Khối thi đua Văn hóa - Xã hội');
    expect(model.body.filter((b) => b.kind === 'heading' && b.level === 1).map((b) => (b.kind === 'heading' ? b.text : ''))).toEqual([
      'I. ĐẶC ĐIỂM TÌNH HÌNH',
      'II. KẾT QUẢ THỰC HIỆN',
      'III. ĐÁNH GIÁ',
      'IV. KẾT QUẢ CHẤM ĐIỂM, BÌNH XÉT THI ĐUA',
      'V. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2023',
      'VI. KIẾN NGHỊ, ĐỀ XUẤT',
    ]);
    expect(texts(model).at(-1)).toBe('Trên đây là báo cáo tổng kết công tác thi đua, khen thưởng năm 2022 của Khối thi đua Văn hóa - Xã hội, trân trọng báo cáo./.');
    expect(model.signatures?.right).toMatchObject({ prefix: 'TM.', authority: ['KHỐI THI ĐUA VĂN HÓA - XÃ HỘI', 'TRƯỞNG KHỐI', 'HIỆU TRƯỞNG TRƯỜNG CAO ĐẲNG CỘNG ĐỒNG BẮC KẠN'] });
    expect(model.addressee).toEqual([]);
    expect(model.recipients).toEqual(['Ban Thi đua - Khen thưởng tỉnh (b/c)', 'Các đơn vị thành viên Khối', 'Lưu: VT, KTĐVHXH']);
    const own = await draft({ recipients: ['Hội đồng Thi đua - Khen thưởng tỉnh'] });
    expect(own.model.recipients).toEqual(['Hội đồng Thi đua - Khen thưởng tỉnh', 'Lưu: VT, KTĐVHXH']);
  });

  it('I: the members, the head and the deputy', async () => {
    const [members, heads] = sectionTexts((await draft()).model, 'I');
    expect(members).toMatch(/^Năm 2022, Khối thi đua Văn hóa - Xã hội gồm 10 đơn vị thành viên: Ban Dân tộc, Bảo hiểm xã hội tỉnh Bắc Kạn, .* và Trường Cao đẳng Nghề Dân tộc Nội trú Bắc Kạn\.$/);
    expect(heads).toBe('Đơn vị Trưởng khối: Trường Cao đẳng Cộng đồng Bắc Kạn; đơn vị Phó khối: Sở Y tế.');
  });

  it('II: the meetings held, by date (one not held yet left out), the pledge signed, an opening on the movements', async () => {
    const { model } = await draft();
    expect(sectionTexts(model, 'II')).toEqual([
      '1. Công tác tổ chức, triển khai',
      'Ngày 15/3/2022, tổ chức Hội nghị ký kết giao ước thi đua năm 2022 tại Trường Cao đẳng Cộng đồng Bắc Kạn.',
      'Ngày 08/7/2022, tổ chức Hội nghị sơ kết công tác thi đua 6 tháng đầu năm 2022 tại Sở Y tế.',
      'Ngày 10/11/2022, tổ chức Đoàn kiểm tra chéo công tác thi đua năm 2022.',
      'Ngày 20/12/2022, tổ chức Hội nghị tổng kết công tác thi đua năm 2022 tại Hội trường Trường Cao đẳng Cộng đồng Bắc Kạn.',
      'Các đơn vị thành viên đã ký kết Bản giao ước thi đua năm 2022 gồm 5 nội dung thi đua.',
      '2. Kết quả thực hiện các phong trào thi đua',
      'Các đơn vị thành viên Khối đã triển khai thực hiện các phong trào thi đua do Ủy ban nhân dân tỉnh phát động và nội dung giao ước thi đua năm 2022, gắn với nhiệm vụ chính trị của từng đơn vị.',
    ]);
    expect(section(model, 'II').filter((b) => b.kind === 'bullet')).toHaveLength(5);
    // An unsaved pledge (the default draft) was not signed.
    const unsigned = (await draft({}, annualSources(undefined, { ...pledge2022, saved: false } as Pledge))).model;
    expect(sectionTexts(unsigned, 'II').join('\n')).not.toContain('giao ước thi đua năm 2022 gồm');
  });

  it('III: only the sub-headings the officer fills in', async () => {
    expect(sectionTexts((await draft()).model, 'III')).toEqual(['1. Ưu điểm', '2. Hạn chế', '3. Nguyên nhân của hạn chế']);
  });

  it('IV: the generated results table in ranking order, then the vote as Bắc Kạn wrote it, each unit with its votes', async () => {
    const { model } = await draft();
    const blocks = section(model, 'IV');
    const table = blocks.find((b): b is TableBlock => b.kind === 'table')!;
    expect(table.headerRows[0]).toEqual(['STT', 'Tên đơn vị', 'Tổng điểm', 'Xếp hạng', 'Xếp loại', 'Ghi chú']);
    expect(table.rows[0]).toEqual(['1', 'Trường Cao đẳng Cộng đồng Bắc Kạn', '101', '1', 'Hoàn thành xuất sắc nhiệm vụ', '']);
    expect(table.rows.at(-1)).toEqual(['10', 'Sở Khoa học và Công nghệ', '86,5', '—', '—', 'Tập thể hoặc người đứng đầu bị kỷ luật']);
    expect(sectionTexts(model, 'IV')).toEqual([
      'Kết quả chấm điểm thi đua năm 2022 của các đơn vị thành viên như sau:',
      'Tại Hội nghị tổng kết công tác thi đua năm 2022 ngày 20/12/2022, các đơn vị thành viên đã bỏ phiếu kín lựa chọn ' +
        '01 đơn vị tiêu biểu xuất sắc dẫn đầu phong trào thi đua đề nghị Ủy ban nhân dân tỉnh tặng Cờ thi đua ' +
        'và 03 đơn vị đề nghị Chủ tịch Ủy ban nhân dân tỉnh tặng Bằng khen. Kết quả cụ thể:',
      'Cờ thi đua của Ủy ban nhân dân tỉnh: Trường Cao đẳng Cộng đồng Bắc Kạn (8/10 phiếu, đạt 80,00%).',
      // The third seat was decided by a re-vote between the two units tied at the edge.
      'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh: Sở Y tế (8/10 phiếu, đạt 80,00%); Sở Giáo dục và Đào tạo (7/10 phiếu, đạt 70,00%); Ban Dân tộc (bỏ phiếu lại: 6/10 phiếu, đạt 60,00%).',
    ]);
  });

  it('IV: an award not final says so; no locked scale, no table', async () => {
    const pending = withYearEnd({ awards: [flagAward, certificateBeforeReVote] });
    const texts4 = sectionTexts((await draft({}, annualSources(pending))).model, 'IV');
    expect(texts4).toContain('Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh: chưa có kết quả kiểm phiếu cuối cùng.');
    expect(texts4[1]).toContain('lựa chọn 01 đơn vị tiêu biểu xuất sắc dẫn đầu phong trào thi đua đề nghị Ủy ban nhân dân tỉnh tặng Cờ thi đua. Kết quả cụ thể:');
    const unscored = { ...annualSources(), scoring: () => Promise.resolve(null) };
    const { model } = await draft({}, unscored);
    expect(section(model, 'IV').some((b) => b.kind === 'table')).toBe(false);
  });

  it('V: next year’s head and deputy as elected, or by rotation; VI: the proposal of the elected units', async () => {
    const { model } = await draft();
    expect(sectionTexts(model, 'V')[0]).toBe(
      'Năm 2023, theo kết quả bầu tại Hội nghị tổng kết, Sở Y tế được giao là đơn vị Trưởng khối, Sở Giáo dục và Đào tạo là đơn vị Phó khối.',
    );
    const rotation = withYearEnd({ succession: { nextHeadUnitId: 3, nextDeputyUnitId: null, source: 'rotation' } });
    expect(sectionTexts((await draft({}, annualSources(rotation))).model, 'V')[0]).toBe(
      'Năm 2023, theo nguyên tắc luân phiên của Khối, Sở Giáo dục và Đào tạo được giao là đơn vị Trưởng khối.',
    );
    // The closing sentence follows the last section.
    expect(sectionTexts(model, 'VI')[0]).toBe(
      'Đề nghị Hội đồng Thi đua - Khen thưởng tỉnh xem xét, trình cấp có thẩm quyền khen thưởng các đơn vị được Khối bình xét, suy tôn nêu tại mục IV.',
    );
  });

  it('drawn from the conference the bloc voted at; dated that day by default, a year-end document', async () => {
    const d = await draft();
    expect(d.sourceMeetingId).toBe(7);
    expect(await kind.issueDate(d)).toEqual({ default: '2022-12-20', yearEnd: true });
  });
});

describe('the annual report: the officer’s text', () => {
  it('replaces the draft of its part only: lines are paragraphs, “- ” bullets, “1. …” sub-headings', async () => {
    const { model, data } = await draft({
      parts: { situation: 'Khối có 10 đơn vị.\n- Trưởng khối: Trường Cao đẳng Cộng đồng Bắc Kạn', ...written },
    });
    expect(section(model, 'I')).toEqual([
      { kind: 'paragraph', text: 'Khối có 10 đơn vị.' },
      { kind: 'bullet', text: 'Trưởng khối: Trường Cao đẳng Cộng đồng Bắc Kạn' },
    ]);
    expect(section(model, 'III')).toEqual([
      { kind: 'heading', level: 2, text: '1. Ưu điểm' },
      { kind: 'paragraph', text: 'Các đơn vị thực hiện nghiêm túc nội dung giao ước.' },
      { kind: 'heading', level: 2, text: '2. Hạn chế' },
      { kind: 'paragraph', text: 'Một số đơn vị gửi báo cáo chậm.' },
    ]);
    expect(data.parts.proposals).toBe(written.proposals);
    // Other parts keep their drafts.
    expect(sectionTexts(model, 'II')[0]).toBe('1. Công tác tổ chức, triển khai');
  });

  it('never replaces the results table: the officer’s text on the vote comes after it', async () => {
    const { model } = await draft({ parts: { scoring: 'Hội nghị đã bỏ phiếu kín.' } });
    expect(section(model, 'IV').map((b) => b.kind)).toEqual(['paragraph', 'table', 'paragraph']);
    expect(sectionTexts(model, 'IV').at(-1)).toBe('Hội nghị đã bỏ phiếu kín.');
  });

  it('an empty or blank part prints the draft; lines are cleaned', async () => {
    const { data } = await draft({ parts: { intro: '  \n ', outlook: '  Tiếp tục   thi đua.  \n\n' } });
    expect(data.parts.intro).toBe('Khối thi đua Văn hóa - Xã hội báo cáo tổng kết công tác thi đua, khen thưởng năm 2022 như sau:');
    expect(data.parts.outlook).toBe('Tiếp tục thi đua.');
  });
});

describe('the annual report: readiness', () => {
  it('nothing to fix once the vote is final, next year’s head recorded and the officer wrote III and VI', async () => {
    expect(await kind.readiness(await draft(ready))).toEqual([]);
  });

  it('asks for the assessment and the proposals: the drafted headings alone are no assessment', async () => {
    expect(await kind.readiness(await draft())).toEqual([
      { field: 'input.parts.assessment', message: 'Mục “Đánh giá” chưa có nội dung: nhập ưu điểm, hạn chế và nguyên nhân.' },
      { field: 'input.parts.proposals', message: 'Mục “Kiến nghị, đề xuất” chưa có nội dung: nhập kiến nghị, đề xuất của Khối.' },
    ]);
    const headingsOnly = await draft({ parts: { ...written, assessment: '1. Ưu điểm\n2. Hạn chế\n3. Nguyên nhân' } });
    expect((await kind.readiness(headingsOnly)).map((p) => p.field)).toEqual(['input.parts.assessment']);
  });

  it('names every award whose vote is not final, and what is left to do', async () => {
    const pending = withYearEnd({
      awards: [{ ...flagAward, decided: false, elected: [], rounds: [uncounted(flagRound)] }, certificateBeforeReVote],
    });
    expect(await kind.readiness(await draft(ready, annualSources(pending)))).toEqual([
      {
        field: 'votes.awards.1',
        message: 'Chưa có kết quả bỏ phiếu cuối cùng cho “Cờ thi đua của Ủy ban nhân dân tỉnh”: hai lần nhập kết quả kiểm phiếu của vòng bầu chưa khớp nhau (ở trang Bình xét khen thưởng).',
      },
      {
        field: 'votes.awards.2',
        message: 'Chưa có kết quả bỏ phiếu cuối cùng cho “Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh”: còn 01 suất có số phiếu bằng nhau, cần bỏ phiếu lại (ở trang Bình xét khen thưởng).',
      },
    ]);
    const noList = withYearEnd({ awards: [{ ...flagAward, decided: false, elected: [], rounds: [] }] });
    expect((await kind.readiness(await draft(ready, annualSources(noList))))[0]?.message).toContain('chưa lập danh sách bầu');
    const none = withYearEnd({ awards: [] });
    expect(await kind.readiness(await draft(ready, annualSources(none)))).toEqual([
      { field: 'votes.awards', message: 'Năm 2022 chưa có hình thức khen thưởng nào được bình xét (mục IV): nhập ở trang Bình xét khen thưởng.' },
    ]);
  });

  it('asks for next year’s head, and for a locked scale with every unit scored', async () => {
    const noHead: YearEnd = withYearEnd({ succession: { nextHeadUnitId: null, nextDeputyUnitId: null, source: null } });
    const d = await draft(ready, annualSources(noHead));
    expect(await kind.readiness(d)).toEqual([{ field: 'votes.succession', message: 'Chưa ghi đơn vị Trưởng khối năm 2023 (mục V): nhập ở trang Bình xét khen thưởng.' }]);
    expect(sectionTexts(d.model, 'V')[0]).toBe('Đơn vị Trưởng khối, Phó khối năm 2023: chưa xác định.');

    const unscored = { ...annualSources(), scoring: () => Promise.resolve(null) };
    expect((await kind.readiness(await draft(ready, unscored))).map((p) => p.field)).toEqual(['scoring.scale']);
    const partly = tenUnits.map((s) => (s.unitId === 2 ? { ...s, missing: 2 } : s));
    const partlySources = { ...annualSources(), scoring: () => Promise.resolve(scoringOf(partly)) };
    expect((await kind.readiness(await draft(ready, partlySources))).map((p) => p.message)).toEqual(['Sở Y tế còn 2 tiêu chí chưa chấm.']);
  });
});

describe('the annual report: Decree 30', () => {
  it('the model and the DOCX pass the format checks once numbered and dated', async () => {
    const { model } = await draft(ready);
    const issued = { ...model, header: { ...model.header, number: '15', date: '2022-12-22' } };
    expect(checkDocument(issued)).toEqual([]);
    expect(await checkDocx(await renderDocx(issued))).toEqual([]);
  });
});
