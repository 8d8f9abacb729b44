// The scoring half of the year (domain.md §3): the year's scale, self and bloc scores, the ranking, evidence
// and the workbooks that travel to the units. Points are decimal strings ("7.5") wherever they are figures an
// officer typed or will see printed, so that no binary float ever reaches a total.
import { z } from 'zod';
import { channel } from './channel.js';
import { id, optionalText, requiredText } from './fields.js';

/** A figure in points on the scale: up to two decimals, never negative. */
export const points = z
  .number({ error: 'Điểm phải là một số' })
  .min(0, 'Điểm không được âm')
  .max(1000, 'Điểm không được quá 1000')
  .refine((v) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-6, 'Điểm có tối đa hai chữ số thập phân');

/** A stable key of an item of the scale (group, criterion, bonus, deduction): scores refer to it. */
export const itemKey = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$/, 'Mã nội bộ của mục không hợp lệ');

/**
 * How a criterion is scored (domain.md §3):
 * - judgement: the bloc's judgement, 0..max;
 * - passFail: max or 0;
 * - count: occurrences × pointsEach, capped at max (the entry is the count);
 * - target: an actual figure against a target — below: 0.5·max·actual/target; at target 0.5·max; the bloc's
 *   best: max; between: interpolated (the entry is the actual figure).
 */
export const criterionKind = z.discriminatedUnion('type', [
  z.object({ type: z.literal('judgement') }),
  z.object({ type: z.literal('passFail') }),
  z.object({ type: z.literal('count'), pointsEach: points.refine((v) => v > 0, 'Điểm mỗi lần phải lớn hơn 0') }),
  z.object({
    type: z.literal('target'),
    target: z.number({ error: 'Chỉ tiêu phải là một số' }).positive('Chỉ tiêu phải lớn hơn 0'),
    /** What the figure counts, e.g. "%" or "hồ sơ"; printed next to the actual figure. */
    unit: optionalText('Đơn vị tính', 30),
  }),
]);
export type CriterionKind = z.infer<typeof criterionKind>;

const criterionFields = {
  key: itemKey,
  /** "1.1", "1.1.a" */
  code: requiredText('Mã tiêu chí', 20),
  name: requiredText('Tên tiêu chí', 500),
  max: points,
  guidance: optionalText('Hướng dẫn chấm', 2000),
  kind: criterionKind.default({ type: 'judgement' }),
};
export const subCriterion = z.object(criterionFields);
/** A criterion; with sub-criteria it is scored through them and its maximum is theirs added up. */
export const criterion = z.object({ ...criterionFields, children: z.array(subCriterion).max(30).default([]) });
export type Criterion = z.infer<typeof criterion>;
export type SubCriterion = z.infer<typeof subCriterion>;

export const scaleGroup = z.object({
  key: itemKey,
  /** "I", "II" */
  code: requiredText('Mã nhóm', 10),
  name: requiredText('Tên nhóm', 500),
  /** What the group is worth on the declared base; its criteria must add up to it. */
  max: points,
  guidance: optionalText('Hướng dẫn chấm', 2000),
  criteria: z.array(criterion).max(200),
});
export type ScaleGroup = z.infer<typeof scaleGroup>;

export const bonusItem = z.object({
  key: itemKey,
  name: requiredText('Tên mục điểm thưởng', 500),
  points: points.refine((v) => v > 0, 'Điểm thưởng phải lớn hơn 0'),
  /** How many times a unit may earn it (e.g. up to 3 initiatives). */
  maxCount: z.number().int('Số lần phải là số nguyên').min(1, 'Số lần tối thiểu là 1').max(100).default(1),
});
export type BonusItem = z.infer<typeof bonusItem>;

export const deductionItem = z.object({
  key: itemKey,
  name: requiredText('Tên mục điểm trừ', 500),
  /** Points taken off per occurrence. */
  points: points,
  /** Any occurrence takes the unit out of the running (its scores are kept). */
  disqualifies: z.boolean().default(false),
});
export type DeductionItem = z.infer<typeof deductionItem>;

/** A classification band: a total at or above `min` (and below the next band up) earns `label`. */
export const band = z.object({ min: points, label: requiredText('Tên mức xếp loại', 200) });
export type Band = z.infer<typeof band>;

/** One link of the tie-break chain: the points of a group, the number of bonus items, or a re-vote. */
export const tieBreak = z.discriminatedUnion('type', [
  z.object({ type: z.literal('group'), groupKey: itemKey }),
  z.object({ type: z.literal('bonusCount') }),
  z.object({ type: z.literal('revote') }),
]);
export type TieBreak = z.infer<typeof tieBreak>;

export const scaleDefinition = z.object({
  /** The base the groups add up to, usually 100. */
  base: points.refine((v) => v > 0, 'Tổng điểm chuẩn phải lớn hơn 0'),
  /** Bonus points counted at most. */
  bonusCap: points,
  groups: z.array(scaleGroup).max(20, 'Tối đa 20 nhóm tiêu chí'),
  bonus: z.array(bonusItem).max(50).default([]),
  deductions: z.array(deductionItem).max(50).default([]),
  bands: z.array(band).max(10).default([]),
  tieBreaks: z.array(tieBreak).max(10).default([]),
});
export type ScaleDefinition = z.infer<typeof scaleDefinition>;
export type ScaleDefinitionInput = z.input<typeof scaleDefinition>;

/** Something that stops the scale from being locked; `path` names the item for the editor. */
export const scaleProblem = z.object({ path: z.string(), message: z.string() });
export type ScaleProblem = z.infer<typeof scaleProblem>;

export const scale = z.object({
  id,
  yearId: id,
  /** 1, 2… A new version keeps the older one's scores readable. */
  version: z.number().int(),
  status: z.enum(['draft', 'locked', 'superseded']),
  definition: scaleDefinition,
  /** sha-256 of the definition: a returned workbook must name it. */
  checksum: z.string(),
  /** Sum of the criteria's maximums per group and overall, for the editor. */
  sums: z.object({ groups: z.array(z.object({ key: z.string(), max: z.string() })), total: z.string() }),
  problems: z.array(scaleProblem),
  /** Number of units with at least one score on this version. */
  scoredUnits: z.number().int(),
});
export type Scale = z.infer<typeof scale>;

/** A typed figure: "7,5" or "7.5"; empty clears it. The service checks it against the item's kind. */
export const scoreText = z
  .string()
  .max(20, 'Điểm quá dài')
  .transform((v) => v.trim().replace(',', '.'))
  .pipe(z.union([z.literal(''), z.string().regex(/^\d+(\.\d+)?$/, 'Điểm phải là một số không âm, ví dụ 7,5')]))
  .transform((v): string | null => (v === '' ? null : v));

/** One unit's entry on one item (criterion, sub-criterion, bonus or deduction). */
export const scoreEntry = z.object({
  unitId: id,
  itemKey,
  /** The unit's own figure: points, a count or an actual figure, as the item's kind takes it. */
  self: z.string().nullable(),
  /** The bloc's figure where it disagrees; the final figure uses it where set. */
  bloc: z.string().nullable(),
  /** Why the bloc's figure differs from the unit's. */
  reason: z.string(),
  note: z.string(),
});
export type ScoreEntry = z.infer<typeof scoreEntry>;

/** A change to one cell: only the fields given change. */
export const scoreChange = z.object({
  unitId: id,
  itemKey,
  self: scoreText.optional(),
  bloc: scoreText.optional(),
  reason: optionalText('Lý do', 1000).optional(),
  note: optionalText('Ghi chú', 1000).optional(),
});
export type ScoreChange = z.input<typeof scoreChange>;

/** A line of a unit's card, explaining its total. */
export const explanationLine = z.object({ label: z.string(), points: z.string(), detail: z.string() });

/** One unit's computed standing: nothing here is stored, all of it follows from the scores. */
export const standing = z.object({
  unitId: id,
  unitName: z.string(),
  /** Σ criteria by the unit's own figures (bonus and deductions included). */
  selfTotal: z.string(),
  groups: z.array(z.object({ key: z.string(), code: z.string(), self: z.string(), final: z.string() })),
  /** Within the cap. */
  bonus: z.string(),
  bonusCount: z.number().int(),
  deductions: z.string(),
  total: z.string(),
  /** 1-based; null when out of the running. Units the chain cannot separate share a rank. */
  rank: z.number().int().nullable(),
  classification: z.string().nullable(),
  disqualified: z.object({ reason: z.string() }).nullable(),
  /** The chain could not separate it from the units named: the bloc re-votes. */
  revoteWith: z.array(id),
  /** How the tie-break placed it, in words: "xếp trên Sở Y tế nhờ điểm nhóm I cao hơn". */
  tieBreakNote: z.string().nullable(),
  /** Items still without any figure. */
  missing: z.number().int(),
  /** Items where the bloc's figure differs from the unit's and no reason is given. */
  missingReasons: z.number().int(),
  lines: z.array(explanationLine),
});
export type Standing = z.infer<typeof standing>;

export const ranking = z.object({
  scaleId: id.nullable(),
  standings: z.array(standing),
});
export type Ranking = z.infer<typeof ranking>;

export const evidenceFile = z.object({
  id,
  unitId: id,
  itemKey,
  fileName: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  addedAt: z.string(),
});
export type EvidenceFile = z.infer<typeof evidenceFile>;

/** A file travelling through the contract: its name and bytes. */
export const attachedFile = z.object({
  fileName: requiredText('Tên tệp', 255),
  base64: z.string().max(70_000_000, 'Tệp quá lớn'),
});

export const importMessage = z.object({
  /** "Sheet 'Tự chấm', hàng 12, cột D: …" */
  where: z.string(),
  message: z.string(),
});

/** What a returned workbook holds, checked, before anything is written. */
export const workbookPreview = z.object({
  fileName: z.string(),
  unitId: id.nullable(),
  unitName: z.string().nullable(),
  /** Number of criteria with a figure. */
  scored: z.number().int(),
  total: z.string().nullable(),
  errors: z.array(importMessage),
  warnings: z.array(importMessage),
  /** The figures to write when confirmed (self scores and notes), empty when there are errors. */
  changes: z.array(scoreChange.extend({ self: z.string().nullable(), note: z.string() }).omit({ bloc: true, reason: true })),
});
export type WorkbookPreview = z.infer<typeof workbookPreview>;

export const scoringChannels = {
  /**
   * The year's latest scale version, what the editor shows (null when none yet); the version in force, the
   * latest locked one, which scores are written on (a newer draft is prepared beside it); every version.
   */
  'scoring.scale': channel(
    z.object({ yearId: id }),
    z.object({ current: scale.nullable(), inForce: scale.nullable(), versions: z.array(scale.omit({ definition: true })) }),
  ),
  /** Saves the draft scale as a whole; a locked scale with scores is refused. */
  'scoring.saveScale': channel(z.object({ yearId: id, definition: scaleDefinition }), scale),
  /** Replaces the draft with last year's scale or the bloc's template. */
  'scoring.startScale': channel(z.object({ yearId: id, source: z.enum(['lastYear', 'template']) }), scale),
  /** Reads a scale from a workbook laid out as officers keep it (code, name, max, guidance). */
  'scoring.importScale': channel(z.object({ yearId: id, file: attachedFile }), scale),
  /** Locks the scale for scoring; refused while the problems list is not empty. */
  'scoring.lockScale': channel(z.object({ yearId: id }), scale),
  /** Unlocks a locked scale that has no scores yet. */
  'scoring.unlockScale': channel(z.object({ yearId: id }), scale),
  /** A new draft version of a locked scale with scores; the old version and its scores stay readable. */
  'scoring.newVersion': channel(z.object({ yearId: id }), scale),
  /** Every entry on a scale version (the current one by default). */
  'scoring.scores': channel(z.object({ yearId: id, scaleId: id.optional() }), z.array(scoreEntry)),
  /** Writes cells in one transaction (a paste is one call); answers the ranking after them. */
  'scoring.setScores': channel(z.object({ yearId: id, changes: z.array(scoreChange).min(1).max(5000) }), ranking),
  'scoring.ranking': channel(z.object({ yearId: id, scaleId: id.optional() }), ranking),
  'scoring.evidence': channel(z.object({ yearId: id, unitId: id.optional() }), z.array(evidenceFile)),
  'scoring.addEvidence': channel(z.object({ yearId: id, unitId: id, itemKey, file: attachedFile }), evidenceFile),
  'scoring.removeEvidence': channel(z.object({ evidenceId: id }), z.object({ removed: z.boolean() })),
  /** Opens the file with the system viewer (desktop), or answers its bytes to download (browser mode). */
  'scoring.openEvidence': channel(
    z.object({ evidenceId: id }),
    z.object({ opened: z.boolean(), fileName: z.string(), base64: z.string().nullable() }),
  ),
  /** One unit's self-scoring workbook. */
  'scoring.unitWorkbook': channel(z.object({ yearId: id, unitId: id }), z.object({ fileName: z.string(), base64: z.string() })),
  /** "Gửi tất cả": one workbook per member unit, written to a folder (desktop) or answered as one zip. */
  'scoring.allWorkbooks': channel(
    z.object({ yearId: id, to: z.enum(['dataFolder', 'zip']).default('dataFolder') }),
    z.object({ folder: z.string().nullable(), files: z.array(z.string()), zip: z.object({ fileName: z.string(), base64: z.string() }).nullable() }),
  ),
  /** Checks returned workbooks and shows what they hold; writes nothing. */
  'scoring.previewImport': channel(z.object({ yearId: id, files: z.array(attachedFile).min(1).max(100) }), z.array(workbookPreview)),
  /** Writes the returned workbooks that check out, one transaction per file. */
  'scoring.confirmImport': channel(
    z.object({ yearId: id, files: z.array(attachedFile).min(1).max(100) }),
    z.object({ imported: z.array(z.string()), refused: z.array(workbookPreview), ranking }),
  ),
  /** The score summary as a workbook, the same table as the DOCX. */
  'scoring.summaryWorkbook': channel(z.object({ yearId: id }), z.object({ fileName: z.string(), base64: z.string() })),
};
