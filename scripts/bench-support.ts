// What the benchmark scripts share: their arguments, the median and its timing, and the synthetic bloc at its
// largest (30 units, a scale of 100 criteria of 1 point in four groups, scored through the services).
import { performance } from 'node:perf_hooks';
import type { Input, ScaleDefinition, ScaleDefinitionInput, ScoreChange } from '../main/contract/index.js';
import { scoredItems } from '../main/scoring/items.js';
import type { LocalServices } from '../main/services/local.js';

export const UNITS = 30;
export const GROUPS = 4;
export const PER_GROUP = 25;

/** `--name N` on the command line, else the default. */
export function numberArg(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** The median of `runs` timings of `work(0…runs-1)` in milliseconds, after one untimed warm-up, `work(-1)`. */
export async function time(work: (i: number) => unknown, runs: number): Promise<number> {
  await work(-1);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work(i);
    samples.push(performance.now() - start);
  }
  return median(samples);
}

export const syntheticBloc = (firstYear: number): Input<'blocs.create'> => ({
  blocName: 'Khối thi đua thử nghiệm',
  governingBody: 'UBND TỈNH THỬ NGHIỆM',
  issuingBody: 'KHỐI THI ĐUA THỬ NGHIỆM',
  symbol: 'KTĐTN',
  place: 'Thử Nghiệm',
  provincialBoard: 'Ban Thi đua - Khen thưởng tỉnh',
  firstYear,
});

/** The bloc's first year with its 30 units; answers the year and the units' ids. */
export async function syntheticYear(ok: LocalServices['ok'], firstYear: number) {
  const { blocId, yearId } = await ok('blocs.create', syntheticBloc(firstYear));
  const unitIds: number[] = [];
  for (let i = 1; i <= UNITS; i++) {
    unitIds.push((await ok('units.create', { yearId, name: `Sở Thử nghiệm số ${i}`, headName: `Nguyễn Văn ${i}`, headPosition: 'GIÁM ĐỐC' })).unitId);
  }
  return { blocId, yearId, unitIds };
}

const KINDS = [{ type: 'judgement' }, { type: 'passFail' }, { type: 'count', pointsEach: 0.25 }, { type: 'target', target: 100, unit: '%' }] as const;

/** 100 criteria of 1 point in four groups of 25 — of every kind in turn, or all scored by judgement — a bonus, a deduction, the usual bands and chain. */
export function syntheticScale(kinds: 'mixed' | 'judgement'): ScaleDefinitionInput {
  return {
    base: GROUPS * PER_GROUP,
    bonusCap: 10,
    groups: Array.from({ length: GROUPS }, (_, g) => ({
      key: `g${g + 1}`,
      code: ['I', 'II', 'III', 'IV'][g]!,
      name: `Nhóm tiêu chí thứ ${g + 1}`,
      max: PER_GROUP,
      criteria: Array.from({ length: PER_GROUP }, (_, c) => ({
        key: `c${g + 1}-${c + 1}`,
        code: `${g + 1}.${c + 1}`,
        name: `Tiêu chí ${g + 1}.${c + 1} về kết quả thực hiện nhiệm vụ`,
        max: 1,
        kind: kinds === 'mixed' ? KINDS[c % KINDS.length]! : KINDS[0],
      })),
    })),
    bonus: [{ key: 'b1', name: 'Sáng kiến cấp tỉnh', points: 1, maxCount: 3 }],
    deductions: [{ key: 'd1', name: 'Báo cáo chậm', points: 1 }],
    bands: [
      { min: 95, label: 'Hoàn thành xuất sắc nhiệm vụ' },
      { min: 85, label: 'Hoàn thành tốt nhiệm vụ' },
      { min: 70, label: 'Hoàn thành nhiệm vụ' },
      { min: 0, label: 'Không hoàn thành nhiệm vụ' },
    ],
    tieBreaks: [{ type: 'group', groupKey: 'g1' }, { type: 'bonusCount' }, { type: 'revote' }],
  };
}

/** A plausible figure for every unit and criterion. */
function figures(definition: ScaleDefinition, unitIds: number[]): ScoreChange[] {
  return scoredItems(definition).flatMap((item, i) =>
    unitIds.map((unitId, u) => {
      if (item.role !== 'criterion') return { unitId, itemKey: item.key, self: String((u + i) % 2) };
      const kind = item.kind.type;
      const self = kind === 'passFail' ? String((u + i) % 5 ? 1 : 0) : kind === 'count' ? String((u + i) % 5) : kind === 'target' ? String(80 + ((u * 7 + i) % 40)) : ((u + i) % 3 === 0 ? '0.5' : '1');
      return { unitId, itemKey: item.key, self };
    }),
  );
}

/** The mixed scale saved and locked on the year, every unit scored on every item; answers the scale. */
async function scoredYear(ok: LocalServices['ok'], yearId: number, unitIds: number[]): Promise<ScaleDefinition> {
  const { definition } = await ok('scoring.saveScale', { yearId, definition: syntheticScale('mixed') });
  await ok('scoring.lockScale', { yearId });
  const changes = figures(definition, unitIds);
  for (let i = 0; i < changes.length; i += 5000) await ok('scoring.setScores', { yearId, changes: changes.slice(i, i + 5000) });
  return definition;
}

/**
 * The bloc at its largest: `years` years up to `lastYear`, each created from the one before (its 30 units
 * and heads), each scored on the mixed scale. Answers the years' ids, oldest first, and the last scale.
 */
export async function scoredBloc(ok: LocalServices['ok'], years: number, lastYear: number) {
  const { blocId, yearId: firstYearId, unitIds } = await syntheticYear(ok, lastYear - years + 1);
  await ok('years.setLeadership', { yearId: firstYearId, headUnitId: unitIds[0]!, deputyUnitId: unitIds[1]! });
  const yearIds = [firstYearId];
  let definition = await scoredYear(ok, firstYearId, unitIds);
  for (let y = 1; y < years; y++) {
    const yearId = (await ok('years.create', { blocId, year: lastYear - years + 1 + y })).id;
    yearIds.push(yearId);
    definition = await scoredYear(ok, yearId, unitIds);
  }
  return { blocId, yearIds, unitIds, definition };
}
