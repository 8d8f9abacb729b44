// The year end as the bloc's documents tell it (the ballots, the vote-count minutes, the proposal, the
// annual report and the year-end conference's minutes): the conference the vote is held at, whom the bloc
// chose for each award and with what share of the votes, which awards are not decided yet, and next year's
// head and deputy.
import type { Award, Meeting, Succession, YearEnd, YearUnit } from '../../../contract/index.js';
import type { DocumentSources, Problem } from './kind.js';

/** Counts of units are written with two digits in the bloc's documents: "01 đơn vị", "03 đơn vị". */
export const twoDigits = (n: number) => String(n).padStart(2, '0');

/** Points as printed, with a decimal comma whichever way they come ("97.5" or "97,5"). */
export const printedPoints = (total: string | null): string => (total ?? '').replace('.', ',');

/**
 * The conference the year's vote rules name (by default the year's latest year-end review); null while
 * none is chosen. Its day dates the ballots, the vote-count minutes and the proposal.
 */
export async function conference(sources: DocumentSources, meetingId?: number | null): Promise<Meeting | null> {
  const id = meetingId ?? (await sources.yearEnd()).rules.meetingId;
  return id === null ? null : sources.meeting(id);
}

export const conferenceDate = async (sources: DocumentSources, meetingId?: number | null): Promise<string | null> =>
  (await conference(sources, meetingId))?.date ?? null;

/** "A, B và C". */
export function joinAnd(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} và ${items.at(-1)}`;
}

/**
 * "đề nghị Ủy ban nhân dân tỉnh tặng Cờ thi đua" from "Cờ thi đua của Ủy ban nhân dân tỉnh", as Bắc Kạn's
 * report of 2022 puts it; an award's name without its giver reads "đề nghị tặng …".
 */
export function proposedFor(award: Award): string {
  const at = award.name.indexOf(' của ');
  return at < 0 ? `đề nghị tặng ${award.name}` : `đề nghị ${award.name.slice(at + 5)} tặng ${award.name.slice(0, at)}`;
}

/** "01 đơn vị tiêu biểu xuất sắc dẫn đầu phong trào thi đua đề nghị Ủy ban nhân dân tỉnh tặng Cờ thi đua". */
export function chosenUnits(award: Award): string {
  const count = twoDigits(award.elected.length);
  return award.kind === 'flag'
    ? `${count} đơn vị tiêu biểu xuất sắc dẫn đầu phong trào thi đua ${proposedFor(award)}`
    : `${count} đơn vị ${proposedFor(award)}`;
}

/**
 * "Sở Y tế (9/10 phiếu, đạt 90,00%)": the votes over the base of the round that elected the unit, which
 * says so when it was a re-vote ("bỏ phiếu lại: 6/10 phiếu, …").
 */
export function electedWithVotes(award: Award): string[] {
  return award.elected.map((e) => {
    const base = award.rounds.find((r) => r.number === e.roundNumber)?.result?.base;
    const again = e.roundNumber > 1 ? 'bỏ phiếu lại: ' : '';
    return `${e.unitName} (${again}${base ? `${e.votes}/${base}` : e.votes} phiếu, đạt ${e.percent})`;
  });
}

/** One line per award: who was elected, that no unit passed, or that the count is not final. */
export function awardResultLine(award: Award): string {
  if (!award.decided) return `${award.name}: chưa có kết quả kiểm phiếu cuối cùng.`;
  if (award.elected.length === 0) return `${award.name}: không có đơn vị đạt tỷ lệ phiếu bầu theo quy định.`;
  return `${award.name}: ${electedWithVotes(award).join('; ')}.`;
}

/** Where an award's vote stands, when it is not final. */
function pending(award: Award): string {
  const last = award.rounds.at(-1);
  if (!last) return 'chưa lập danh sách bầu';
  const round = last.number > 1 ? `vòng bỏ phiếu lại thứ ${last.number - 1}` : 'vòng bầu';
  if (last.status === 'candidates') return `${round} chưa nhập kết quả kiểm phiếu`;
  if (last.status === 'counting') {
    return last.entries.length < 2
      ? `${round} mới nhập kết quả kiểm phiếu một lần, cần nhập lần thứ hai để đối chiếu`
      : `hai lần nhập kết quả kiểm phiếu của ${round} chưa khớp nhau`;
  }
  return `còn ${twoDigits(last.result?.reVoteSeats ?? 0)} suất có số phiếu bằng nhau, cần bỏ phiếu lại`;
}

/** Every award whose vote is not final, named, with what is left to do. */
export function undecidedAwards(yearEnd: YearEnd): Problem[] {
  return yearEnd.awards
    .filter((a) => !a.decided)
    .map((a) => ({ field: `votes.awards.${a.id}`, message: `Chưa có kết quả bỏ phiếu cuối cùng cho “${a.name}”: ${pending(a)} (ở trang Bình xét khen thưởng).` }));
}

/**
 * "<lead> Sở Y tế được giao là đơn vị Trưởng khối, Sở Giáo dục và Đào tạo là đơn vị Phó khối."; null
 * while next year's head is not recorded. `leads` ("Năm 2023, theo …,") say where the choice came from.
 */
export function successionSentence(
  succession: Succession,
  members: YearUnit[],
  leads: Record<'vote' | 'rotation' | 'none', string>,
): string | null {
  const name = (unitId: number | null) => members.find((m) => m.unitId === unitId)?.name ?? null;
  const head = name(succession.nextHeadUnitId);
  if (!head) return null;
  const deputy = name(succession.nextDeputyUnitId);
  return `${leads[succession.source ?? 'none']} ${head} được giao là đơn vị Trưởng khối${deputy ? `, ${deputy} là đơn vị Phó khối` : ''}.`;
}
