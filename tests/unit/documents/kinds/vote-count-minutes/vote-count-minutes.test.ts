// Biên bản kiểm phiếu: the committee, the figures and shares of every round (the re-vote kept on record),
// the elected units, the committee's signatures, and what stops it from being issued.
import { describe, expect, it } from 'vitest';
import type { YearEnd } from '../../../../../main/contract/index.js';
import { checkDocument, checkDocx, kinds, renderDocx, type BodyBlock, type StateDocument, type TableBlock, type TableCell } from '../../../../../main/documents/index.js';
import {
  certificateAward, certificateBeforeReVote, flagAward, flagRound, tellers, uncounted, withYearEnd, yearEnd2022, yearEndSources,
} from '../../../../support/year-end.js';

const kind = kinds.voteCountMinutes;

async function draft(raw: object = { approvedAt: '11:15' }, yearEnd: YearEnd = yearEnd2022) {
  const sources = yearEndSources(yearEnd);
  const input = kind.input.parse(raw);
  const { data, sourceMeetingId } = await kind.gather(input, sources);
  const date = (await kind.issueDate({ input, data, sources })).default;
  return { input, data, sources, sourceMeetingId, model: kind.build({ ...data, number: 4, date }) };
}

const plain = (text: unknown): string => (typeof text === 'string' ? text : (text as { text: string }[]).map((r) => r.text).join(''));
const textOf = (cell: TableCell): string => (typeof cell === 'string' ? cell : plain(cell.text));
const texts = (model: StateDocument) =>
  model.body.flatMap((b: BodyBlock) => (b.kind === 'paragraph' || b.kind === 'heading' || b.kind === 'bullet' ? [plain(b.text)] : []));
const tables = (model: StateDocument) => model.body.filter((b): b is TableBlock => b.kind === 'table');

describe('the vote-count minutes: wording', () => {
  it('BB, numbered, “BIÊN BẢN KIỂM PHIẾU” / the vote of the year; drawn from the conference', async () => {
    const { model, sourceMeetingId } = await draft();
    expect(model.header).toMatchObject({ typeCode: 'BB', number: '4', date: '2022-12-20' });
    expect(model.title).toBe('BIÊN BẢN KIỂM PHIẾU');
    expect(model.subject).toEqual({ placement: 'underTitle', lines: ['Bầu chọn đơn vị đề nghị khen thưởng năm 2022'] });
    expect(sourceMeetingId).toBe(7);
    expect(texts(model)[0]).toBe(
      'Ngày 20/12/2022, tại Hội trường Trường Cao đẳng Cộng đồng Bắc Kạn, Hội nghị tổng kết công tác thi đua năm 2022 tiến hành bỏ phiếu bình xét, suy tôn đơn vị đề nghị khen thưởng năm 2022 (10 đơn vị thành viên, có mặt 9/10 đơn vị).',
    );
  });

  it('the committee, head first, and the secret ballot', async () => {
    const all = texts((await draft()).model);
    const at = all.indexOf('Ban kiểm phiếu chúng tôi gồm:');
    expect(all.slice(at, at + 5)).toEqual([
      'Ban kiểm phiếu chúng tôi gồm:',
      '1/ Đồng chí Hoàng Văn Dũng - Phó Giám đốc Sở Y tế - Trưởng ban;',
      '2/ Đồng chí Nông Thị Hà - Chánh Văn phòng Sở Giáo dục và Đào tạo - Ủy viên;',
      '3/ Đồng chí Triệu Văn Minh - Phó Trưởng Ban Dân tộc - Ủy viên.',
      'Hình thức: bỏ phiếu kín.',
    ]);
  });

  it('each round’s figures and table, percentages as the result gives them, the re-vote kept on record', async () => {
    const { model } = await draft();
    const all = texts(model);
    expect(all.filter((t) => t.startsWith('Số phiếu phát ra'))).toEqual([
      'Số phiếu phát ra: 9; Số phiếu thu vào: 9; Số phiếu hợp lệ: 9; Số phiếu không hợp lệ: 0.',
      'Số phiếu phát ra: 9; Số phiếu thu vào: 9; Số phiếu hợp lệ: 9; Số phiếu không hợp lệ: 0.',
      'Số phiếu phát ra: 9; Số phiếu thu vào: 9; Số phiếu hợp lệ: 8; Số phiếu không hợp lệ: 1.',
    ]);
    const [flag, first, second] = tables(model);
    expect(flag?.headerRows[0]?.map(textOf)).toEqual(['TT', 'Tên đơn vị', 'Số phiếu đồng ý / Số phiếu phát ra', 'Tỷ lệ %']);
    expect(flag?.rows.map((r) => r.map(textOf))).toEqual([
      ['1', 'Trường Cao đẳng Cộng đồng Bắc Kạn', '8/9', '80,00%'],
      ['2', 'Sở Y tế', '1/9', '10,00%'],
      ['3', 'Sở Giáo dục và Đào tạo', '0/9', '0,00%'],
    ]);
    expect(first?.rows.map((r) => textOf(r[1]!))).toEqual([
      'Sở Y tế', 'Sở Giáo dục và Đào tạo', 'Ban Dân tộc', 'Bảo hiểm xã hội tỉnh Bắc Kạn', 'Sở Văn hóa, Thể thao và Du lịch', 'Sở Thông tin và Truyền thông',
    ]);
    expect(second?.rows.map((r) => r.map(textOf))).toEqual([
      ['1', 'Ban Dân tộc', '6/9', '60,00%'],
      ['2', 'Bảo hiểm xã hội tỉnh Bắc Kạn', '2/9', '20,00%'],
    ]);
    expect(all).toContain('Lần bỏ phiếu thứ 2 (bầu lại 01 đơn vị)');
    expect(all).toContain('Các đơn vị Ban Dân tộc và Bảo hiểm xã hội tỉnh Bắc Kạn bằng số phiếu và bằng thứ hạng ở vị trí cuối: Hội nghị bỏ phiếu lại để chọn 01 đơn vị.');
  });

  it('the rule in words, the elected units per award, the approval with its time', async () => {
    const all = texts((await draft()).model);
    expect(all).toContain('Nguyên tắc: đơn vị trúng cử phải đạt tỷ lệ trên 50% tính trên tổng số 10 đơn vị thành viên, lấy theo số phiếu từ cao xuống thấp trong số lượng đề nghị.');
    expect(all).toContain('Kết quả: 01 đơn vị trúng cử đề nghị tặng Cờ thi đua của Ủy ban nhân dân tỉnh: Trường Cao đẳng Cộng đồng Bắc Kạn (80,00%).');
    expect(all).toContain(
      'Kết quả: 03 đơn vị trúng cử đề nghị tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh: Sở Y tế (80,00%); Sở Giáo dục và Đào tạo (70,00%); Ban Dân tộc (60,00%).',
    );
    expect(all.at(-1)).toBe('Biên bản được thông qua trước Hội nghị vào hồi 11 giờ 15 cùng ngày./.');
  });

  it('signed by the committee: its members as ỦY VIÊN, its head for it on the right of the row', async () => {
    const { model } = await draft();
    expect(model.signatures).toBeNull();
    const grid = model.body.at(-1);
    expect(grid).toMatchObject({
      kind: 'signatureGrid',
      perRow: 3,
      blocks: [
        { authority: ['ỦY VIÊN'], name: 'Nông Thị Hà' },
        { authority: ['ỦY VIÊN'], name: 'Triệu Văn Minh' },
        { prefix: 'TM.', authority: ['BAN KIỂM PHIẾU', 'TRƯỞNG BAN'], name: 'Hoàng Văn Dũng' },
      ],
    });
    // Two tellers sign as the minutes do: the member left, the head right.
    const two = (await draft(undefined, withYearEnd({ rules: { tellers: tellers.slice(0, 2) } }))).model;
    expect(two.signatures).toMatchObject({
      left: { authority: ['ỦY VIÊN'], name: 'Nông Thị Hà' },
      right: { prefix: 'TM.', authority: ['BAN KIỂM PHIẾU', 'TRƯỞNG BAN'], name: 'Hoàng Văn Dũng' },
    });
  });

  it('passes the Decree-30 checks on the model and the file; kept, not sent', async () => {
    const { model } = await draft();
    expect(model.recipients).toEqual([]);
    expect(checkDocument(model)).toEqual([]);
    expect(await checkDocx(await renderDocx(model))).toEqual([]);
    const two = (await draft(undefined, withYearEnd({ rules: { tellers: tellers.slice(0, 2) } }))).model;
    expect(checkDocument(two)).toEqual([]);
  });
});

describe('the vote-count minutes: readiness and date', () => {
  it('nothing to fix once the committee, every count and the approval time are there', async () => {
    expect(await kind.readiness(await draft())).toEqual([]);
  });

  it('asks for the committee and the approval time', async () => {
    const d = await draft({}, withYearEnd({ rules: { tellers: [] } }));
    expect((await kind.readiness(d)).map((p) => p.message)).toEqual([
      'Chưa ghi Ban kiểm phiếu (Trưởng ban và các ủy viên): nhập ở trang Bình xét khen thưởng.',
      'Nhập giờ Hội nghị thông qua biên bản kiểm phiếu (ví dụ 16:30).',
    ]);
  });

  it('names the award whose count is not final, or whose re-vote is pending, or that was never voted on', async () => {
    const counting = { ...flagAward, rounds: [uncounted(flagRound)], elected: [], decided: false };
    const d = await draft(undefined, withYearEnd({ awards: [counting, certificateBeforeReVote] }));
    expect((await kind.readiness(d)).map((p) => p.message)).toEqual([
      'Kết quả kiểm phiếu “Cờ thi đua của Ủy ban nhân dân tỉnh” (lần 1) chưa cuối cùng: hai lần nhập số liệu phải khớp nhau.',
      '“Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh” còn 1 suất phải bỏ phiếu lại giữa các đơn vị bằng phiếu: mở vòng bầu lại và kiểm phiếu.',
    ]);
    // The round not counted prints no figures yet.
    expect(texts(d.model)).toContain('Chưa có kết quả kiểm phiếu (hai lần nhập số liệu chưa khớp nhau).');
    const never = await draft(undefined, withYearEnd({ awards: [flagAward, { ...certificateAward, rounds: [], elected: [], decided: false }] }));
    expect((await kind.readiness(never)).map((p) => p.message)).toEqual(['“Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh” chưa bỏ phiếu.']);
  });

  it('refuses a clock that is not HH:MM; without a conference asks to choose one', async () => {
    expect(kind.input.safeParse({ approvedAt: '25:00' }).success).toBe(false);
    await expect(draft(undefined, withYearEnd({ rules: { meetingId: null } }))).rejects.toThrow('Chọn hội nghị tổng kết năm, nơi Khối bỏ phiếu.');
  });

  it('dated the conference’s day, a year-end document', async () => {
    expect(await kind.issueDate(await draft())).toEqual({ default: '2022-12-20', yearEnd: true });
  });
});
