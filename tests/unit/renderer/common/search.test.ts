import { describe, expect, it } from 'vitest';
import { optionMatches, vietnameseSearch } from '../../../../renderer/common/search.js';
import { refreshes } from '../../../../renderer/api/affects.js';

describe('the one Vietnamese search of the dropdowns', () => {
  const unit = { value: 7, label: 'Sở Y tế' };

  it('finds an option typed without diacritics, in any case', () => {
    expect(optionMatches('y te', unit)).toBe(true);
    expect(optionMatches('SO Y TE', unit)).toBe(true);
    expect(optionMatches('dai', { value: 3, label: 'Đài Phát thanh và Truyền hình tỉnh Bắc Kạn' })).toBe(true);
    expect(optionMatches('  sở   y ', unit)).toBe(true);
  });

  it('needs every typed word somewhere in the option', () => {
    expect(optionMatches('y te giao duc', unit)).toBe(false);
    expect(optionMatches('giao duc', unit)).toBe(false);
  });

  it('reads the value when the label is not text, as the position suggestions have', () => {
    expect(optionMatches('giam doc', { value: 'GIÁM ĐỐC' })).toBe(true);
    expect(optionMatches('giam doc', { value: 1, label: null })).toBe(false);
    expect(optionMatches('', undefined)).toBe(true);
  });

  it('is what a searchable Select spreads', () => {
    expect(vietnameseSearch.filterOption('y te', unit)).toBe(true);
  });
});

describe('the history across years', () => {
  it('is refreshed by the writes that change what it shows', () => {
    for (const write of ['units.merge', 'scoring.setScores', 'votes.enterTally', 'documents.issue', 'meetings.update', 'years.create'] as const) {
      expect(refreshes(write, 'reports.unitHistory'), write).toBe(true);
    }
    expect(refreshes('settings.update', 'reports.search')).toBe(false);
  });
});
