// Tờ trình đề nghị khen thưởng: the awards with units elected, "Kính gửi:" the province's council, the
// legal bases, the units with score, rank and share, the attached files, the collective signature; and
// what stops it from being issued.
import { describe, expect, it } from 'vitest';
import type { YearEnd } from '../../../../../main/contract/index.js';
import { checkDocument, checkDocx, kinds, renderDocx, type BodyBlock, type StateDocument } from '../../../../../main/documents/index.js';
import { defaultAddressee } from '../../../../../main/documents/kinds/proposal/index.js';
import { certificateAward, certificateBeforeReVote, conferenceMeeting, flagAward, flagRound, legalBases2022, uncounted, withYearEnd, yearEnd2022, yearEndSources } from '../../../../support/year-end.js';

const kind = kinds.proposal;

async function draft(raw: object = {}, yearEnd: YearEnd = yearEnd2022, meetings = [conferenceMeeting]) {
  const sources = yearEndSources(yearEnd, meetings);
  const input = kind.input.parse(raw);
  const { data, sourceMeetingId } = await kind.gather(input, sources);
  const date = (await kind.issueDate({ input, data, sources })).default;
  return { input, data, sources, sourceMeetingId, model: kind.build({ ...data, number: 5, date }) };
}

const plain = (text: unknown): string => (typeof text === 'string' ? text : (text as { text: string }[]).map((r) => r.text).join(''));
const texts = (model: StateDocument) =>
  model.body.flatMap((b: BodyBlock) => (b.kind === 'paragraph' || b.kind === 'bullet' ? [`${b.kind === 'bullet' ? '- ' : ''}${plain(b.text)}`] : []));

describe('the award proposal: wording', () => {
  it('TTr, numbered, “TỜ TRÌNH” / the awards with elected units and the year, no “V/v”', async () => {
    const { model, sourceMeetingId } = await draft();
    expect(model.header).toMatchObject({ typeCode: 'TTr', number: '5', date: '2022-12-20' });
    expect(model.title).toBe('TỜ TRÌNH');
    expect(model.subject).toEqual({
      placement: 'underTitle',
      lines: ['Đề nghị tặng Cờ thi đua của Ủy ban nhân dân tỉnh và Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh năm 2022'],
    });
    expect(kind.registerTitle(model)).toBe('Đề nghị tặng Cờ thi đua của Ủy ban nhân dân tỉnh và Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh năm 2022');
    expect(sourceMeetingId).toBe(7);
  });

  it('“Kính gửi:” the council through the year’s provincial board, or as the officer writes it', async () => {
    expect((await draft()).model.addressee).toEqual(['Hội đồng Thi đua - Khen thưởng tỉnh (qua Ban Thi đua - Khen thưởng tỉnh Bắc Kạn, Sở Nội vụ)']);
    expect(defaultAddressee('')).toBe('Hội đồng Thi đua - Khen thưởng tỉnh (qua Ban Thi đua - Khen thưởng, Sở Nội vụ)');
    const own = await draft({ addressee: ['Hội đồng Thi đua - Khen thưởng tỉnh Bắc Kạn'] });
    expect(own.model.addressee).toEqual(['Hội đồng Thi đua - Khen thưởng tỉnh Bắc Kạn']);
  });

  it('the year’s legal bases, “;” after each and “.” after the last', async () => {
    expect((await draft()).model.legalBases).toEqual(legalBases2022);
    const own = (await draft({ legalBases: ['Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022.', 'Căn cứ Quy chế hoạt động của Khối'] })).model;
    expect(own.legalBases).toEqual(['Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;', 'Căn cứ Quy chế hoạt động của Khối.']);
  });

  it('the conference’s result, each award with its elected units, score, rank and share; the files; the closing', async () => {
    expect(texts((await draft()).model)).toEqual([
      'Căn cứ kết quả chấm điểm và bình xét thi đua tại Hội nghị tổng kết công tác thi đua năm 2022 ngày 20/12/2022, Khối thi đua Văn hóa - Xã hội kính đề nghị Hội đồng Thi đua - Khen thưởng tỉnh xem xét, trình cấp có thẩm quyền tặng:',
      '1. Cờ thi đua của Ủy ban nhân dân tỉnh cho 01 đơn vị:',
      '- Trường Cao đẳng Cộng đồng Bắc Kạn (101 điểm, xếp thứ 1, đạt 80,00% số phiếu bầu);',
      '2. Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho 03 đơn vị:',
      '- Sở Y tế (98 điểm, xếp thứ 2, đạt 80,00% số phiếu bầu);',
      '- Sở Giáo dục và Đào tạo (95,75 điểm, xếp thứ 3, đạt 70,00% số phiếu bầu);',
      '- Ban Dân tộc (94 điểm, xếp thứ 4, đạt 60,00% số phiếu bầu).',
      '(Có hồ sơ kèm theo: Biên bản Hội nghị tổng kết, Biên bản kiểm phiếu, Bảng tổng hợp kết quả chấm điểm, Báo cáo thành tích của các đơn vị)',
      'Khối thi đua Văn hóa - Xã hội kính trình Hội đồng Thi đua - Khen thưởng tỉnh xem xét, trân trọng đề nghị./.',
    ]);
  });

  it('lists only units elected in counted rounds: an award still counting is left out', async () => {
    const counting = { ...certificateAward, rounds: [uncounted(certificateAward.rounds[0]!)], elected: [], decided: false };
    const { model } = await draft({}, withYearEnd({ awards: [flagAward, counting] }));
    expect(model.subject).toEqual({ placement: 'underTitle', lines: ['Đề nghị tặng Cờ thi đua của Ủy ban nhân dân tỉnh năm 2022'] });
    expect(texts(model).filter((t) => t.startsWith('- '))).toEqual(['- Trường Cao đẳng Cộng đồng Bắc Kạn (101 điểm, xếp thứ 1, đạt 80,00% số phiếu bầu).']);
  });

  it('“Nơi nhận”: “Như trên” first, not the board it goes through again, “Lưu: VT, …” last; signed TM. KHỐI', async () => {
    const { model } = await draft();
    expect(model.recipients).toEqual(['Như trên', 'Các đơn vị thành viên Khối', 'Lưu: VT, KTĐVHXH']);
    expect(model.signatures?.right).toMatchObject({ prefix: 'TM.', authority: ['KHỐI THI ĐUA VĂN HÓA - XÃ HỘI', 'TRƯỞNG KHỐI', 'HIỆU TRƯỞNG TRƯỜNG CAO ĐẲNG CỘNG ĐỒNG BẮC KẠN'] });
  });

  it('passes the Decree-30 checks on the model and the file', async () => {
    const { model } = await draft();
    expect(checkDocument(model)).toEqual([]);
    expect(await checkDocx(await renderDocx(model))).toEqual([]);
  });
});

describe('the award proposal: readiness and date', () => {
  it('nothing to fix once every award is decided and the conference dated', async () => {
    expect(await kind.readiness(await draft())).toEqual([]);
  });

  it('names each award whose vote is not final', async () => {
    const counting = { ...flagAward, rounds: [uncounted(flagRound)], elected: [], decided: false };
    const d = await draft({}, withYearEnd({ awards: [counting, certificateBeforeReVote] }));
    expect((await kind.readiness(d)).map((p) => p.message)).toEqual([
      'Kết quả bỏ phiếu “Cờ thi đua của Ủy ban nhân dân tỉnh” chưa cuối cùng: kiểm phiếu xong (và bầu lại, nếu có) trước khi lập tờ trình.',
      'Kết quả bỏ phiếu “Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh” chưa cuối cùng: kiểm phiếu xong (và bầu lại, nếu có) trước khi lập tờ trình.',
    ]);
  });

  it('refuses a proposal with nobody elected, and a conference not chosen or not dated', async () => {
    const none = await draft({}, withYearEnd({ awards: [], rules: { meetingId: null } }));
    expect((await kind.readiness(none)).map((p) => p.message)).toEqual([
      'Chưa chọn hội nghị tổng kết năm, nơi Khối bỏ phiếu: chọn ở trang Bình xét khen thưởng.',
      'Chưa có đơn vị nào trúng cử trong một vòng bầu đã kiểm phiếu xong: tờ trình chưa có gì để đề nghị.',
    ]);
    const undated = await draft({}, yearEnd2022, [{ ...conferenceMeeting, date: null }]);
    expect((await kind.readiness(undated)).map((p) => p.message)).toEqual(['“Hội nghị tổng kết công tác thi đua năm 2022” chưa có ngày họp: nhập ở trang hội nghị.']);
    expect(texts(undated.model)[0]).toContain('tại Hội nghị tổng kết công tác thi đua năm 2022 ngày …,');
  });

  it('dated the conference’s day, a year-end document', async () => {
    expect(await kind.issueDate(await draft())).toEqual({ default: '2022-12-20', yearEnd: true });
  });
});
