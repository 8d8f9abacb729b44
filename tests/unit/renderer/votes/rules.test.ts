import { describe, expect, it } from 'vitest';
import type { VoteRules } from '../../../../main/contract/index.js';
import { contract } from '../../../../main/contract/index.js';
import { ruleSentence, rulesFromForm, rulesToForm } from '../../../../renderer/votes/rules';

const rules = (threshold: string): VoteRules => ({
  meetingId: 4,
  base: 'members',
  comparison: 'gt',
  threshold,
  ballotStyle: 'strike',
  ballotsPerPage: 2,
  tellers: [{ name: 'Nguyễn Văn A', position: 'Phó Giám đốc Sở Y tế', role: 'head' }],
});

describe('the rules form', () => {
  it('round-trips percentages and fractions as the contract keeps them', () => {
    for (const threshold of ['50%', '66,67%', '2/3']) expect(rulesFromForm(rulesToForm(rules(threshold)))).toEqual(rules(threshold));
  });

  it('splits the threshold into the mode and the figure the officer types', () => {
    expect(rulesToForm(rules('66,67%'))).toMatchObject({ thresholdMode: 'percent', percent: '66,67', fraction: '2/3' });
    expect(rulesToForm(rules('3/4'))).toMatchObject({ thresholdMode: 'fraction', percent: '50', fraction: '3/4' });
  });

  it('writes a typed percentage as the contract accepts it, a decimal point becoming a comma', () => {
    const form = { ...rulesToForm(rules('50%')), percent: ' 70.5 ' };
    const out = rulesFromForm(form);
    expect(out.threshold).toBe('70,5%');
    expect(contract['votes.saveRules'].input.safeParse({ yearId: 1, ...out }).success).toBe(true);
  });

  it('says the rule in words', () => {
    expect(ruleSentence(rulesToForm(rules('50%')))).toBe('Trúng cử khi số phiếu đồng ý trên 50% tổng số đơn vị thành viên');
    expect(ruleSentence({ ...rulesToForm(rules('2/3')), base: 'present', comparison: 'gte' })).toBe(
      'Trúng cử khi số phiếu đồng ý từ 2/3 số đơn vị có mặt trở lên',
    );
  });
});
