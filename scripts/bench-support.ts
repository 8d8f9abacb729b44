// What the benchmark scripts share: their arguments, the median, and the synthetic bloc at its largest
// (30 units, a scale of 100 criteria of 1 point in four groups).
import type { Input, ScaleDefinitionInput } from '../main/contract/index.js';
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
