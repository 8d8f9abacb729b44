// The rules card's form and the contract's VoteRules, both ways. The threshold is typed as a percentage
// ("50", "66,67") or a fraction ("2/3"); the contract keeps it as the text the documents print.
import type { VoteRules } from '../../main/contract/index.js';

export type ThresholdMode = 'percent' | 'fraction';

export interface RulesForm extends Omit<VoteRules, 'threshold'> {
  thresholdMode: ThresholdMode;
  /** "50" or "66,67", without the sign. */
  percent: string;
  /** "2/3". */
  fraction: string;
}

const isFraction = (text: string) => text.includes('/');

export function rulesToForm(rules: VoteRules): RulesForm {
  const { threshold, ...rest } = rules;
  const fraction = isFraction(threshold);
  return {
    ...rest,
    thresholdMode: fraction ? 'fraction' : 'percent',
    percent: fraction ? '50' : threshold.replace(/\s*%\s*$/, ''),
    fraction: fraction ? threshold : '2/3',
  };
}

export function rulesFromForm(form: RulesForm): VoteRules {
  const { thresholdMode, percent, fraction, ...rest } = form;
  const threshold = thresholdMode === 'fraction' ? fraction.trim() : `${percent.trim().replace('.', ',')}%`;
  return { ...rest, threshold };
}

/** The rule in words, as the officer checks it before saving: "Trên 50% tổng số đơn vị thành viên". */
export function ruleSentence(form: RulesForm): string {
  const { threshold } = rulesFromForm(form);
  const base = form.base === 'members' ? 'tổng số đơn vị thành viên' : 'số đơn vị có mặt';
  return form.comparison === 'gt' ? `Trúng cử khi số phiếu đồng ý trên ${threshold} ${base}` : `Trúng cử khi số phiếu đồng ý từ ${threshold} ${base} trở lên`;
}
