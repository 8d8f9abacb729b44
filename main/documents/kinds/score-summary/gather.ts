// The score summary's data: the year's standings on its locked scale, the minutes it goes with, the preparer.
import type { ScaleDefinition, Standing } from '../../../contract/index.js';
import { formatDocumentNumber } from '../../format.js';
import type { DocumentSources, Gathered, Problem } from '../shared/kind.js';
import { draftBase } from '../shared/text.js';
import type { ScoreSummaryInput } from './index.js';
import type { ScoreSummaryData, ScoreSummaryRow } from './wording.js';

/** The table's rows, one per standing; the workbook of the summary prints the same. */
export const summaryRows = (definition: ScaleDefinition, standings: Standing[]): ScoreSummaryRow[] =>
  standings.map((s) => rowOf(s, definition.groups.map((g) => g.key)));

function rowOf(s: Standing, groupKeys: string[]): ScoreSummaryRow {
  return {
    unitName: s.unitName,
    self: s.selfTotal,
    groups: groupKeys.map((key) => s.groups.find((g) => g.key === key)?.final ?? ''),
    bonus: s.bonus,
    deductions: s.deductions,
    total: s.total,
    rank: s.rank,
    // Out of the running is out of the classification too: its total would otherwise still earn a band.
    classification: s.disqualified ? null : s.classification,
    disqualifiedReason: s.disqualified?.reason ?? null,
    revote: s.revoteWith.length > 0,
  };
}

/**
 * The minutes' number as printed: "5" is the bloc's own minutes, "05/BB-KTĐVHXH"; anything else (the
 * whole symbol, another body's) is printed as the officer wrote it.
 */
const minutesNumber = (typed: string, issuerCode: string) => (/^\d+$/.test(typed) && Number(typed) > 0 ? formatDocumentNumber(typed, 'BB', issuerCode) : typed);

/** Without a locked scale the table is empty: readiness says why, and the preview shows the empty table. */
export async function gatherScoreSummary(input: ScoreSummaryInput, sources: DocumentSources): Promise<Gathered<ScoreSummaryData>> {
  const { settings, year } = sources;
  const scoring = await sources.scoring();
  const groups = scoring?.definition.groups ?? [];
  const number = minutesNumber(input.minutesNumber, settings.issuerCode);
  const data: ScoreSummaryData = {
    ...draftBase(settings),
    // It goes up with the year-end documents, signed for the bloc as a collective.
    signature: sources.collectiveSignature,
    year: year.year,
    groupCodes: groups.map((g) => g.code),
    classified: (scoring?.definition.bands.length ?? 0) > 0,
    rows: scoring ? summaryRows(scoring.definition, scoring.standings) : [],
    minutes: number || input.minutesDate ? { number, date: input.minutesDate } : null,
    preparerName: input.preparerName,
  };
  return { data, sourceMeetingId: null };
}

/** What stops the summary from being issued: no locked scale, units not fully scored, changes without reasons. */
export async function scoreSummaryProblems(sources: DocumentSources): Promise<Problem[]> {
  const scoring = await sources.scoring();
  if (!scoring) {
    return [{ field: 'scoring.scale', message: `Năm ${sources.year.year} chưa có thang điểm đã khóa: khóa thang điểm và chấm điểm trước khi lập bảng tổng hợp.` }];
  }
  if (scoring.standings.length === 0) {
    return [{ field: 'scoring.scores', message: `Năm ${sources.year.year} chưa có đơn vị thành viên nào để tổng hợp điểm.` }];
  }
  return scoring.standings.flatMap((s) => [
    ...(s.missing > 0 ? [{ field: `scoring.scores.${s.unitId}`, message: `${s.unitName} còn ${s.missing} tiêu chí chưa chấm.` }] : []),
    ...(s.missingReasons > 0
      ? [
          {
            field: `scoring.scores.${s.unitId}.reason`,
            message: `${s.unitName} có ${s.missingReasons} mục Khối chấm khác điểm tự chấm nhưng chưa ghi lý do.`,
          },
        ]
      : []),
  ]);
}
